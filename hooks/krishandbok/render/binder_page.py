"""The binder on the site: a print page that links to its PDFs and says what is in them.

The PDFs are written beside the pages after the build (hooks/handbook.py,
on_post_build), so MkDocs does not know them: the links are raw HTML with a
URL relative to the page. Pages that link to them are `index.md` files, whose
URL is their folder with or without `use_directory_urls`. Only the file names
come from the binder's side (`krishandbok.printed`): the site never imports the
binder, the binder reads the site's names and words.
"""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from ..printed import BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE
from .blocks import page
from .markup import html, md_text
from .site import Page, Site

_LINKS = ((BINDER_FILE, "print.pdf"), (CARDS_FILE, "print.cards"), (CARDS_SHEET_FILE, "print.sheet"))


def pdf_links(site: Site, path: str) -> str:
    """A paragraph of links to the binder and the pocket cards, from the page at `path`."""
    if not path.endswith("index.md"):
        raise ValueError(f"PDF links need an index.md page, not {path}")
    folder = posixpath.dirname(path) or "."
    links = [
        html('<a href="{}" type="application/pdf">{}</a>', posixpath.relpath(file, folder), site.t(key))
        for file, key in _LINKS
    ]
    return str(html('<p class="kh-print-links">{}</p>\n', Markup(" · ").join(links)))


def binder_page(site: Site) -> Page:
    """The print page: the PDFs, what the binder holds, and how to write the PDFs by hand."""
    t = site.t
    path = t("page.binder")
    title = t("nav.binder")
    markdown = page(
        title, f"{md_text(t('print.intro'))}\n", pdf_links(site, path),
        f"{md_text(t('print.contents'))}\n", f"{md_text(t('print.how'))}\n",
    )
    return Page(path, title, markdown)
