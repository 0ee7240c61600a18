"""Sections that other parts of the project fill in: contacts and the change log.

Both are optional: an empty result leaves the section out of the binder.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from ..contacts import Contacts
from ..handbook import Handbook
from .document import PageOf, contacts_html
from .edition import git


def contacts_section(handbook: Handbook, contacts: Contacts | None = None, page_of: PageOf | None = None) -> Markup:
    """The contact list of an internal build; empty (left out) in a public one.
    `page_of`: the page numbers of its links to the role cards (see `binder_html`)."""
    return Markup("") if contacts is None else contacts_html(handbook, contacts, page_of)


def change_log(data_dir: Path, language: str) -> Markup:
    """What changed since the previous version (tag, else commit touching the data), as HTML.

    The binder prints the working tree, so the change log runs up to it. Empty when
    the changes module is not there, or git knows no previous version.
    """
    data_dir = Path(data_dir).resolve()
    changes = _changes_module()
    base = previous_version(data_dir) if changes else None
    if not base:
        return Markup("")
    try:
        found = changes.changes_between(data_dir, base, None, data_dir)
    except changes.ChangesError:
        return Markup("")
    text = changes.changes_markdown(found, language, base=base)
    return markdown_html(_without_title(text, getattr(changes, "MARKER", None)))


def previous_version(data_dir: Path) -> str | None:
    """The version before the one printed: the newest tag that is not this very state,
    else the newest commit that changed the data and is not this very state."""
    dirty = bool(git(data_dir, "status", "--porcelain", "--", "."))
    tagged_here = git(data_dir, "describe", "--tags", "--exact-match", "HEAD")
    before = "HEAD^" if tagged_here and not dirty else "HEAD"
    tag = git(data_dir, "describe", "--tags", "--abbrev=0", before)
    if tag:
        return tag
    commits = (git(data_dir, "log", "-n", "2", "--format=%h", "--", ".") or "").split()
    wanted = 0 if dirty else 1
    return commits[wanted] if len(commits) > wanted else None


def _changes_module():
    try:
        return importlib.import_module("krishandbok.tools.changes")
    except ModuleNotFoundError as error:
        if error.name != "krishandbok.tools.changes":
            raise
        return None


def _without_title(text: str, marker: str | None) -> str:
    """Drop the pull-request marker and the title: the binder's section has its own."""
    lines = [line for line in text.splitlines() if line.strip() != marker]
    while lines and (not lines[0].strip() or lines[0].startswith("## ")):
        lines.pop(0)
    return "\n".join(lines)


class _PlainLinks(Treeprocessor):
    """On paper a link is its text: every link becomes a span."""

    def run(self, root) -> None:
        for element in root.iter("a"):
            element.attrib.clear()
            element.tag = "span"


def markdown_html(text: str) -> Markup:
    """Markdown written by our own code (which quotes data text) as HTML with no raw HTML passed through."""
    md = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    for name in ("html", "image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)
    md.treeprocessors.register(_PlainLinks(md), "krishandbok_plain_links", 0)
    return Markup(md.convert(text))
