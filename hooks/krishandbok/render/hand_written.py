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
