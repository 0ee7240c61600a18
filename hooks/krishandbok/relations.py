"""Questions the pages and the binder ask of a handbook: who owns what, what applies where.

Pure functions over a validated `Handbook`; nothing here renders. Each question
scans the handbook; inside `with indexed(handbook):` the same answers come from
an index built once (a site asks them for every page: without it, a handbook ten
times larger takes a hundred times longer to render).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from typing import TypeVar

from .model import Checklist, ChecklistItem, Template
from .rules.scenario_coverage import applies

PHASES = ("before", "during", "after")
T = TypeVar("T")


@dataclass(frozen=True)
class AssignedItem:
    checklist_id: str
    index: int
    item: ChecklistItem


@dataclass(frozen=True)
class MatrixRow:
    """One template going out in one channel: a row of the communication matrix."""

    template_id: str
    template: Template
    channel_id: str


def item_role(checklist: Checklist, item: ChecklistItem) -> str:
    return item.role or checklist.owner


def owned_checklists(handbook, role_id: str) -> list[str]:
    if index := _index(handbook):
        return list(index.owned.get(role_id, ()))
    return [cid for cid, c in handbook.checklists.items() if c.owner == role_id]


def assigned_items(handbook, role_id: str) -> list[AssignedItem]:
    """Items that name the role explicitly in checklists the role does not own."""
    if known := _index(handbook):
        return list(known.assigned.get(role_id, ()))
    return [
        AssignedItem(cid, index, item)
        for cid, checklist in handbook.checklists.items()
        if checklist.owner != role_id
        for index, item in enumerate(checklist.items)
        if item.role == role_id
    ]


def channels_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    """(channel id, "owner" or "backup") for the channels the role is responsible for."""
    if index := _index(handbook):
        return list(index.channel_duties.get(role_id, ()))
    found = []
    for cid, channel in handbook.channels.items():
        if channel.owner == role_id:
            found.append((cid, "owner"))
        elif channel.backup == role_id:
            found.append((cid, "backup"))
    return found


def templates_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    if index := _index(handbook):
        return list(index.template_duties.get(role_id, ()))
    found = []
    for tid, template in handbook.templates.items():
        if template.sender == role_id:
            found.append((tid, "sender"))
        if template.approver == role_id:
            found.append((tid, "approver"))
    return found


def scenarios_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    if index := _index(handbook):
        return list(index.scenario_duties.get(role_id, ()))
    found = []
    for sid, scenario in handbook.scenarios.items():
        if scenario.lead == role_id:
            found.append((sid, "lead"))
        elif role_id in scenario.roles:
            found.append((sid, "part"))
    return found


def scenario_roles(scenario) -> list[str]:
    """The lead first, then the other roles involved, without repeats."""
    return list(dict.fromkeys([scenario.lead, *scenario.roles]))


def checklists_for(handbook, scenario_id: str) -> list[str]:
    index = _index(handbook)
    return sorted(
        index.checklists.applying(scenario_id) if index else
        (cid for cid, c in handbook.checklists.items() if applies(c, scenario_id)),
        key=lambda cid: (PHASES.index(handbook.checklists[cid].phase), cid),
    )


def templates_for(handbook, scenario_id: str) -> list[str]:
    """Templates that apply to the scenario, in order of use: by phase, specific ones first."""
    index = _index(handbook)
    return sorted(
        index.templates.applying(scenario_id) if index else
        (tid for tid, t in handbook.templates.items() if applies(t, scenario_id)),
        key=lambda tid: (
            PHASES.index(handbook.templates[tid].phase),
            handbook.templates[tid].scenarios is None,
        ),
    )


def templates_in_channel(handbook, channel_id: str) -> list[str]:
    if index := _index(handbook):
        return list(index.channel_templates.get(channel_id, ()))
    return [tid for tid, t in handbook.templates.items() if channel_id in t.channels]


def channels_reaching(handbook, audience_id: str) -> list[str]:
    if index := _index(handbook):
        return list(index.audience_channels.get(audience_id, ()))
    return [cid for cid, c in handbook.channels.items() if audience_id in c.audiences]


def templates_addressing(handbook, audience_id: str) -> list[str]:
    if index := _index(handbook):
        return list(index.audience_templates.get(audience_id, ()))
    return [tid for tid, t in handbook.templates.items() if audience_id in t.audiences]


def matrix_rows(handbook, template_ids: list[str] | None = None) -> list[MatrixRow]:
    """One row per template × channel, in template order."""
    ids = template_ids if template_ids is not None else list(handbook.templates)
    return [
        MatrixRow(tid, handbook.templates[tid], cid)
        for tid in ids
        for cid in handbook.templates[tid].channels
    ]


# --------------------------------------------------------------------------- the index


@contextmanager
def indexed(handbook) -> Iterator[None]:
    """Answer from an index of `handbook` built now; the handbook must not change meanwhile."""
    token = _ACTIVE.set(_Index(handbook))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def indexing(render: Callable[..., T]) -> Callable[..., T]:
    """Decorator: `render(handbook, ...)` runs `with indexed(handbook)`."""

    @wraps(render)
    def wrapper(handbook, *args, **kwargs):
        with indexed(handbook):
            return render(handbook, *args, **kwargs)

    return wrapper


_ACTIVE: ContextVar[_Index | None] = ContextVar("krishandbok_relations", default=None)


def _index(handbook) -> _Index | None:
    index = _ACTIVE.get()
    return index if index is not None and index.handbook is handbook else None


class _ByScenario:
    """Ids of templates or checklists (in handbook order) that apply to a scenario."""

    def __init__(self, entities: dict):
        self.order = {entity_id: position for position, entity_id in enumerate(entities)}
        self.general = [entity_id for entity_id, entity in entities.items() if entity.scenarios is None]
        self.named: dict[str, list[str]] = defaultdict(list)
        for entity_id, entity in entities.items():
            for scenario_id in dict.fromkeys(entity.scenarios or ()):
                self.named[scenario_id].append(entity_id)

    def applying(self, scenario_id: str) -> list[str]:
        return sorted({*self.general, *self.named.get(scenario_id, ())}, key=self.order.__getitem__)


class _Index:
    """Every answer of the functions above, grouped in one pass over each kind (same order)."""

    def __init__(self, handbook):
        self.handbook = handbook
        self.templates = _ByScenario(handbook.templates)
        self.checklists = _ByScenario(handbook.checklists)
        self.owned, self.assigned = defaultdict(list), defaultdict(list)
        for cid, checklist in handbook.checklists.items():
            self.owned[checklist.owner].append(cid)
            for position, item in enumerate(checklist.items):
                if item.role and item.role != checklist.owner:
                    self.assigned[item.role].append(AssignedItem(cid, position, item))
        self.channel_duties, self.audience_channels = defaultdict(list), defaultdict(list)
        for cid, channel in handbook.channels.items():
            self.channel_duties[channel.owner].append((cid, "owner"))
            if channel.backup != channel.owner:
                self.channel_duties[channel.backup].append((cid, "backup"))
            for audience_id in dict.fromkeys(channel.audiences):
                self.audience_channels[audience_id].append(cid)
        self.template_duties, self.channel_templates = defaultdict(list), defaultdict(list)
        self.audience_templates = defaultdict(list)
        for tid, template in handbook.templates.items():
            self.template_duties[template.sender].append((tid, "sender"))
            if template.approver:
                self.template_duties[template.approver].append((tid, "approver"))
            for channel_id in dict.fromkeys(template.channels):
                self.channel_templates[channel_id].append(tid)
            for audience_id in dict.fromkeys(template.audiences):
                self.audience_templates[audience_id].append(tid)
        self.scenario_duties = defaultdict(list)
        for sid, scenario in handbook.scenarios.items():
            self.scenario_duties[scenario.lead].append((sid, "lead"))
            for role_id in dict.fromkeys(scenario.roles):
                if role_id != scenario.lead:
                    self.scenario_duties[role_id].append((sid, "part"))
