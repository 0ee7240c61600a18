"""The binder on the site: a print page with the binder's sections, and links to its PDFs.

The PDFs are written beside the pages after the build (hooks/handbook.py,
on_post_build), so MkDocs does not know them: the links are raw HTML with a
URL relative to the page. Pages that link to them are `index.md` files, whose
URL is their folder with or without `use_directory_urls`.
"""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from ..binder import BINDER_FILE, CARDS_FILE, site_html
from ..binder.labels import BinderLabels
from .blocks import page
from .markup import html, md_text
from .site import Page, Site

# Material: the binder repeats every page, so search would find everything twice.
_NOT_IN_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"


def pdf_links(site: Site, path: str) -> str:
    """A paragraph of links to the binder and the pocket cards, from the page at `path`."""
    if not path.endswith("index.md"):
        raise ValueError(f"PDF links need an index.md page, not {path}")
    t = BinderLabels(site.handbook.language)
    folder = posixpath.dirname(path) or "."
    links = [
        html('<a href="{}" type="application/pdf">{}</a>', posixpath.relpath(file, folder), t(key))
        for file, key in ((BINDER_FILE, "print.pdf"), (CARDS_FILE, "print.cards"))
    ]
    return str(html('<p class="kh-print-links">{}</p>\n', Markup(" · ").join(links)))


def binder_page(site: Site) -> Page:
    """The print page: the PDFs first, then the binder's sections as HTML."""
    t = BinderLabels(site.handbook.language)
    path = t("page.binder")
    title = t("nav.binder")
    sections = site_html(site.handbook, site.contacts)  # contacts only in an internal build
    markdown = page(title, f"{md_text(t('print.intro'))}\n", pdf_links(site, path), f"{sections}\n")
    return Page(path, title, _NOT_IN_SEARCH + markdown)
