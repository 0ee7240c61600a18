"""Questions the pages and the binder ask of a handbook: who owns what, what applies where.

Pure functions over a validated `Handbook`; nothing here renders.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Checklist, ChecklistItem, Template
from .rules.scenario_coverage import applies

PHASES = ("before", "during", "after")


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
    return [cid for cid, c in handbook.checklists.items() if c.owner == role_id]


def assigned_items(handbook, role_id: str) -> list[AssignedItem]:
    """Items that name the role explicitly in checklists the role does not own."""
    return [
        AssignedItem(cid, index, item)
        for cid, checklist in handbook.checklists.items()
        if checklist.owner != role_id
        for index, item in enumerate(checklist.items)
        if item.role == role_id
    ]


def channels_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    """(channel id, "owner" or "backup") for the channels the role is responsible for."""
    found = []
    for cid, channel in handbook.channels.items():
        if channel.owner == role_id:
            found.append((cid, "owner"))
        elif channel.backup == role_id:
            found.append((cid, "backup"))
    return found


def templates_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
    found = []
    for tid, template in handbook.templates.items():
        if template.sender == role_id:
            found.append((tid, "sender"))
        if template.approver == role_id:
            found.append((tid, "approver"))
    return found


def scenarios_of_role(handbook, role_id: str) -> list[tuple[str, str]]:
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
    return sorted(
        (cid for cid, c in handbook.checklists.items() if applies(c, scenario_id)),
        key=lambda cid: (PHASES.index(handbook.checklists[cid].phase), cid),
    )


def templates_for(handbook, scenario_id: str) -> list[str]:
    """Templates that apply to the scenario, in order of use: by phase, specific ones first."""
    return sorted(
        (tid for tid, t in handbook.templates.items() if applies(t, scenario_id)),
        key=lambda tid: (
            PHASES.index(handbook.templates[tid].phase),
            handbook.templates[tid].scenarios is None,
        ),
    )


def templates_in_channel(handbook, channel_id: str) -> list[str]:
    return [tid for tid, t in handbook.templates.items() if channel_id in t.channels]


def channels_reaching(handbook, audience_id: str) -> list[str]:
    return [cid for cid, c in handbook.channels.items() if audience_id in c.audiences]


def templates_addressing(handbook, audience_id: str) -> list[str]:
    return [tid for tid, t in handbook.templates.items() if audience_id in t.audiences]


def matrix_rows(handbook, template_ids: list[str] | None = None) -> list[MatrixRow]:
    """One row per template × channel, in template order."""
    ids = template_ids if template_ids is not None else list(handbook.templates)
    return [
        MatrixRow(tid, handbook.templates[tid], cid)
        for tid in ids
        for cid in handbook.templates[tid].channels
    ]
