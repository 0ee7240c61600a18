"""Questions the pages, the binder and the rules ask of a handbook: who owns what, what applies where.

One `Relations` object per handbook answers them all from an index built once, on
first use, in one pass over each kind (a site asks them for every page: scanning
instead, a handbook ten times larger takes a hundred times longer to render).
`relations(handbook)` gives it; the functions below are its answers by name. The
handbook must not change once asked (it does not after loading). Nothing here renders.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Checklist, ChecklistItem, Template

PHASES = ("before", "during", "after")


def applies(entity, scenario_id: str) -> bool:
    """True when a template or checklist applies to the scenario (no `scenarios`: every one)."""
    return entity.scenarios is None or scenario_id in entity.scenarios


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


def relations(handbook) -> Relations:
    """The handbook's relations, built on first use and kept with the handbook."""
    found = handbook.__dict__.get("_relations")
    if found is None:
        found = handbook.__dict__["_relations"] = Relations(handbook)
    return found


def owned_checklists(handbook, role_id: str) -> list[str]:
    return list(relations(handbook).owned.get(role_id, ()))


def assigned_items(handbook, role_id: str) -> list[AssignedItem]:
    """Items that name the role explicitly in checklists the role does not own."""
    return list(relations(handbook).assigned.get(role_id, ()))


def channels_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    """(channel id, "owner" or "backup") for the channels the role is responsible for."""
    return list(relations(handbook).channel_duties.get(role_id, ()))


def templates_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    return list(relations(handbook).template_duties.get(role_id, ()))


def scenarios_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    return list(relations(handbook).scenario_duties.get(role_id, ()))


def scenario_roles(scenario) -> list[str]:
    """The lead first, then the other roles involved, without repeats."""
    return list(dict.fromkeys([scenario.lead, *scenario.roles]))


def checklists_for(handbook, scenario_id: str) -> list[str]:
    return sorted(
        relations(handbook).checklists.applying(scenario_id),
        key=lambda cid: (PHASES.index(handbook.checklists[cid].phase), cid),
    )


def templates_for(handbook, scenario_id: str) -> list[str]:
    """Templates that apply to the scenario, in order of use: by phase, specific ones first."""
    return sorted(
        relations(handbook).templates.applying(scenario_id),
        key=lambda tid: (
            PHASES.index(handbook.templates[tid].phase),
            handbook.templates[tid].scenarios is None,
        ),
    )


def templates_in_channel(handbook, channel_id: str) -> list[str]:
    return list(relations(handbook).channel_templates.get(channel_id, ()))


def channels_reaching(handbook, audience_id: str) -> list[str]:
    return list(relations(handbook).audience_channels.get(audience_id, ()))


def templates_addressing(handbook, audience_id: str) -> list[str]:
    return list(relations(handbook).audience_templates.get(audience_id, ()))


def matrix_rows(handbook, template_ids: list[str] | None = None) -> list[MatrixRow]:
    """One row per template × channel, in template order."""
    ids = template_ids if template_ids is not None else list(handbook.templates)
    return [
        MatrixRow(tid, handbook.templates[tid], cid)
        for tid in ids
        for cid in handbook.templates[tid].channels
    ]


# --------------------------------------------------------------------------- the index


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


class Relations:
    """Every answer of the functions above, grouped in one pass over each kind (handbook order)."""

    def __init__(self, handbook):
        self.templates = _ByScenario(handbook.templates)
        self.checklists = _ByScenario(handbook.checklists)
        self.owned, self.assigned = defaultdict(list), defaultdict(list)
        self.during_items = defaultdict(list)  # role id -> its items in during-phase checklists
        for cid, checklist in handbook.checklists.items():
            self.owned[checklist.owner].append(cid)
            for position, item in enumerate(checklist.items):
                if item.role and item.role != checklist.owner:
                    self.assigned[item.role].append(AssignedItem(cid, position, item))
                if checklist.phase == "during":
                    self.during_items[item_role(checklist, item)].append(AssignedItem(cid, position, item))
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

    def named_on_checklists(self) -> set[str]:
        """Roles that own a checklist or are named on an item of one."""
        return {role_id for role_id, ids in self.owned.items() if ids} | set(self.assigned)


def last_exercised(handbook) -> tuple[dict[str, object], dict[str, object]]:
    """(role id → last held date, scenario id → last held date) over held exercises
    not in the future; roles and scenarios never exercised are absent."""
    roles: dict[str, object] = {}
    scenarios: dict[str, object] = {}
    for exercise in handbook.exercises.values():
        held = exercise.held
        if held is None or held > handbook.today:
            continue
        for role_id in {*exercise.participants}:
            if role_id not in roles or roles[role_id] < held:
                roles[role_id] = held
        if exercise.scenario not in scenarios or scenarios[exercise.scenario] < held:
            scenarios[exercise.scenario] = held
    return roles, scenarios
