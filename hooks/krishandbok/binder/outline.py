"""The binder's order: its sections and their entries, one source for the pages,
the table of contents and the PDF bookmarks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from ..handbook import Handbook
from ..render.site import Site
from .labels import BinderLabels

# section key → the kind of entity listed as its entries (None: no entries in the contents)
SECTIONS = (
    ("howto", None), ("levels", "level"), ("scenarios", "scenario"), ("roles", "role"),
    ("checklists", "checklist"), ("templates", "template"), ("channels", None),
    ("contacts", None), ("changes", None),
)


@dataclass(frozen=True)
class Entry:
    anchor: str
    title: str


@dataclass(frozen=True)
class Section:
    key: str
    anchor: str
    title: str
    entries: list[Entry] = field(default_factory=list)
    html: Markup = Markup("")  # pre-rendered content (contacts, change log)


def anchor(kind: str, entity_id: str) -> str:
    """The id of an entity's part of the binder, e.g. "kh-role-kommunchef"."""
    return f"kh-{kind}-{entity_id}"


def outline(handbook: Handbook, extra: dict[str, Markup] | None = None) -> list[Section]:
    """Every section in print order; `extra` holds the html of optional sections
    (contacts, changes), which are left out when empty."""
    t = BinderLabels(handbook.language)
    extra = extra or {}
    name = Site(handbook).name
    sections = []
    for key, kind in SECTIONS:
        if key in ("contacts", "changes") and not extra.get(key):
            continue
        entries = [
            Entry(anchor(kind, entity_id), name(kind, entity_id))
            for entity_id in (handbook.of_kind(kind) if kind else ())
        ]
        sections.append(Section(key, f"kh-section-{key}", t(f"section.{key}"), entries, extra.get(key, Markup(""))))
    return sections
