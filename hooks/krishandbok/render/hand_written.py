"""Which hand-written pages of `docs/` go under "About the handbook", and in what order.

Shared by the MkDocs hook and `render --out`, so both sites have the same navigation.
"""

from __future__ import annotations

from collections.abc import Iterable

ORDER = (
    "strategi.md", "vardagsdialog.md", "troll-och-kritik.md", "redigera.md",
    "referens.md", "tillganglighet.md", "om.md",
)


def hand_written_pages(names: Iterable[str]) -> list[str]:
    """The known pages in ORDER, then any others alphabetically; index.md is the start page."""
    present = sorted(name for name in names if name != "index.md")
    ordered = [name for name in ORDER if name in present]
    return ordered + [name for name in present if name not in ordered]


# Pages for those who edit the handbook: under "For editors", and left out of the staff's search.
EDITOR_PAGES = ("redigera.md", "referens.md")
# Pages about the handbook itself; every other hand-written page is guidance for the staff.
ABOUT_PAGES = ("tillganglighet.md", "om.md")


def split_pages(pages: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(guidance for the staff, about the handbook, for editors), each in `pages`' order."""
    editors = [name for name in pages if name in EDITOR_PAGES]
    about = [name for name in pages if name in ABOUT_PAGES]
    return [name for name in pages if name not in editors and name not in about], about, editors
