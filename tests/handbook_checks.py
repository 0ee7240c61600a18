"""Checks that hold for the built site of every valid handbook: no expectation is written
down here, each one is derived from the handbook that was built.

Used on data/ (tests/test_handbook.py, the content lane of CI) and on the test handbooks
built in a copy of the project (tests/test_adoption.py, the acceptance scenario).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from krishandbok.handbook import Handbook
from krishandbok.render import Site

PAGE_KINDS = ("role", "audience", "channel", "scenario", "template", "checklist")
NAME_FIELD = {"template": "title", "checklist": "title"}


def html_of(site: Path, markdown_path: str) -> Path:
    """Where MkDocs (directory URLs) writes the page of a docs path such as roller/a.md."""
    stem = markdown_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / f"{stem}.html"
    return site / stem / "index.html"


def visible_text(page: Path) -> str:
    """The article's text, tags dropped and entities decoded, whitespace squashed."""
    source = page.read_text(encoding="utf-8")
    start, end = source.find("<article"), source.find("</article>")
    article = source[start:end] if start >= 0 and end > start else source
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


def squash(text: str) -> str:
    return " ".join(text.split())


def check_site(site: Path, handbook: Handbook, docs_dir: Path) -> None:
    """Every entity has its page with its name, every kind its index, the levels their
    anchors; the hand-written pages are there; the search index knows every page; the
    start page speaks the handbook's language."""
    pages = Site(handbook)
    for kind in PAGE_KINDS:
        assert html_of(site, pages.path(kind)).is_file(), f"no index page for {kind}"
        for entity_id, entity in handbook.of_kind(kind).items():
            page = html_of(site, pages.path(kind, entity_id))
            assert page.is_file(), f"{kind} {entity_id!r} has no page ({page})"
            name = squash(getattr(entity, NAME_FIELD.get(kind, "name")))
            assert name in visible_text(page), f"{kind} {entity_id!r}: its name is not on its page"
    levels = html_of(site, pages.path("level")).read_text(encoding="utf-8")
    for level_id in handbook.levels:
        assert f'id="{level_id}"' in levels, f"level {level_id!r} has no anchor on the levels page"
    for source in docs_dir.glob("*.md"):
        assert html_of(site, source.name).is_file(), f"the hand-written page {source.name} is missing"
    start = (site / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{handbook.language}"' in start
    assert html.escape(handbook.settings.title, quote=False) in start
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    located = {doc["location"].split("#")[0] for doc in index["docs"]}
    for kind in PAGE_KINDS:
        for entity_id in handbook.of_kind(kind):
            url = str(html_of(site, pages.path(kind, entity_id)).relative_to(site).parent) + "/"
            assert url in located, f"{kind} {entity_id!r} is not in the search index"


def check_binder(site: Path, handbook: Handbook) -> None:
    """The binder and the pocket cards are written, are PDFs that parse, carry the title and
    every role's name."""
    from pypdf import PdfReader

    binder, cards = site / "krishandbok.pdf", site / "kriskort.pdf"
    for pdf in (binder, cards):
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), f"{pdf.name} is not written"
    binder_text = squash(" ".join(page.extract_text() or "" for page in PdfReader(binder).pages))
    cards_text = squash(" ".join(page.extract_text() or "" for page in PdfReader(cards).pages))
    assert squash(handbook.settings.title) in binder_text
    for role in handbook.roles.values():
        assert squash(role.name) in binder_text, f"role {role.id!r} is not in the binder"
        assert squash(role.name) in cards_text, f"role {role.id!r} has no pocket card"
