"""What to do, in time order: a scenario's timeline and a role's first hour.

Pure questions over a validated `Handbook`, like `relations`: checklist items
with their time box (`within`) read as minutes (`timebox`), sorted by time,
unknown time boxes last and otherwise in handbook order.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import relations as rel
from .model import ChecklistItem
from .timebox import minutes

FIRST_HOUR = 60
# Timeline buckets: (key, the longest time box in minutes that falls in it)
BUCKETS = (("30min", 30), ("hour", 60), ("day", 1440))


@dataclass(frozen=True)
class Step:
    """One checklist item, where it comes from, who does it and when."""

    checklist_id: str
    index: int
    item: ChecklistItem
    role: str
    minutes: int | None
    scenarios: tuple[str, ...] | None  # the scenarios of its checklist; None: every scenario

    def sort_key(self) -> tuple[bool, int]:
        return (self.minutes is None, self.minutes or 0)


def _steps(handbook, checklist_ids) -> list[Step]:
    return [_step(handbook, cid, index, item) for cid in checklist_ids
            for index, item in enumerate(handbook.checklists[cid].items)]


def _step(handbook, cid: str, index: int, item: ChecklistItem) -> Step:
    checklist = handbook.checklists[cid]
    scenarios = tuple(checklist.scenarios) if checklist.scenarios else None
    return Step(cid, index, item, rel.item_role(checklist, item), minutes(item.within), scenarios)


def scenario_steps(handbook, scenario_id: str, phase: str = "during") -> list[Step]:
    """Items of the checklists in `phase` that apply to the scenario, in time order."""
    ids = [cid for cid in rel.checklists_for(handbook, scenario_id) if handbook.checklists[cid].phase == phase]
    return sorted(_steps(handbook, ids), key=Step.sort_key)


def timeline(handbook, scenario_id: str) -> list[tuple[str, list[Step]]]:
    """The scenario's during-phase steps in buckets: first 30 minutes, first hour, first day,
    then the rest (later, or no time box we can read) with the after-phase checklists' items."""
    buckets: dict[str, list[Step]] = {key: [] for key, _ in BUCKETS}
    later: list[Step] = []
    for step in scenario_steps(handbook, scenario_id):
        key = next((key for key, limit in BUCKETS if step.minutes is not None and step.minutes <= limit), None)
        (buckets[key] if key else later).append(step)
    later += scenario_steps(handbook, scenario_id, "after")
    return [*buckets.items(), ("later", later)]


def role_steps(handbook, role_id: str) -> tuple[list[Step], list[Step]]:
    """A role's items in during-phase checklists: (within the first hour, the rest).

    Sorted by time; an item written the same way in several checklists is listed
    once, with the scenarios of all of them.
    """
    # The role's own items, grouped once per handbook: every role page, card and binder
    # section asks, and reading every checklist's time boxes for each role would be quadratic.
    items = rel.relations(handbook).during_items.get(role_id, ())
    mine = sorted((_step(handbook, a.checklist_id, a.index, a.item) for a in items), key=Step.sort_key)
    unique: dict[str, Step] = {}
    for step in mine:
        key = " ".join(step.item.text.casefold().split())
        seen = unique.get(key)
        if seen is None:
            unique[key] = step
        elif seen.scenarios is not None:
            merged = None if step.scenarios is None else tuple(dict.fromkeys(seen.scenarios + step.scenarios))
            unique[key] = Step(seen.checklist_id, seen.index, seen.item, seen.role, seen.minutes, merged)
    steps = list(unique.values())
    first = [s for s in steps if s.minutes is not None and s.minutes <= FIRST_HOUR]
    return first, [s for s in steps if s not in first]


def next_level(handbook, level_id: str) -> str | None:
    """The level above `level_id` (levels are listed lowest first), None at the top."""
    ids = list(handbook.levels)
    if level_id not in ids:
        return None
    position = ids.index(level_id)
    return ids[position + 1] if position + 1 < len(ids) else None


def first_message(handbook, scenario_id: str) -> str | None:
    """The scenario's `first_message`, else its first during-phase template that we send first."""
    scenario = handbook.scenarios[scenario_id]
    if scenario.first_message in handbook.templates:
        return scenario.first_message
    during = [tid for tid in rel.templates_for(handbook, scenario_id) if handbook.templates[tid].phase == "during"]
    proactive = [tid for tid in during if handbook.templates[tid].mode != "reactive"]
    return (proactive or during or [None])[0]


def organisations_for(handbook, scenario_id: str) -> list[str]:
    """Organisations to alert in the scenario (those without `scenarios` concern every scenario)."""
    return [oid for oid, o in handbook.organisations.items() if o.scenarios is None or scenario_id in o.scenarios]
