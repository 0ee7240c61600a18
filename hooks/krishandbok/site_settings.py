"""What the site's configuration takes from the handbook: its name, address, language and
navigation. One function for the MkDocs hook and for `render --out` (export.py), so that
the two configure the same site."""

from __future__ import annotations

from dataclasses import dataclass

from .render import navigation, unlisted
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


def site_settings(handbook, hand_written: list[str], internal: bool = False) -> SiteSettings:
    settings = handbook.settings
    return SiteSettings(
        site_name=str(theme_text(settings.title)),  # the theme prints it unescaped
        site_url=settings.site_url,
        language=handbook.language,
        nav=navigation(handbook, hand_written, internal=internal),
        unlisted=unlisted(handbook),
        internal_banner=Labels(handbook.language)("internal.banner") if internal else None,
    )
