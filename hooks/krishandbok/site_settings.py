"""What the site's configuration takes from the handbook: its name, address, language and
navigation. One function for the MkDocs hook and for `render --out` (export.py), so that
the two configure the same site."""

from __future__ import annotations

from dataclasses import dataclass

from .binder.labels import BinderLabels
from .edition import Edition
from .render import navigation, unlisted
from .render.guidance import footer_phones
from .render.labels import Labels
from .render.theme import theme_text


@dataclass(frozen=True)
class SiteSettings:
    site_name: str
    site_url: str | None  # used only when mkdocs.yml sets none
    language: str
    nav: list
    unlisted: list[str]  # not_in_nav patterns: folders the navigation leaves out on purpose
    internal_banner: str | None  # the words on every page of an internal build
    edition: str  # "Utgåva 2026-12-06.2" in the footer (overrides/partials/copyright.html), as on paper
    phones: str  # the public numbers as HTML for the footer, after the project's own copyright text

    def copyright(self, configured: str | None) -> str | None:
        """The project's footer text with the handbook's public numbers after it."""
        if not self.phones:
            return configured
        return f"{configured} {self.phones}" if configured else self.phones


def site_settings(handbook, hand_written: list[str], edition: Edition, internal: bool = False) -> SiteSettings:
    settings = handbook.settings
    return SiteSettings(
        site_name=str(theme_text(settings.title)),  # the theme prints it unescaped
        site_url=settings.site_url,
        language=handbook.language,
        nav=navigation(handbook, hand_written, internal=internal),
        unlisted=unlisted(handbook),
        internal_banner=Labels(handbook.language)("internal.banner") if internal else None,
        edition=f"{BinderLabels(handbook.language)('edition')} {edition.label}",
        phones=footer_phones(handbook),
    )
