"""`python -m krishandbok reviews`: overdue reviews, named by the role that should do them.

A stale `reviewed` date is only a warning in a pull request (it must never block
an urgent edit), so a weekly job runs this check instead and fails loudly, naming
who is responsible: the role itself for a role, the owner of a channel, the lead
of a scenario, the sender of a template.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..dates import months_before
from ..handbook import Handbook
from ..messages import say
from ..model import REVIEWED_KINDS
from .inert import code, inert

# The field of each reviewed kind that names the responsible role (None: the role itself).
RESPONSIBLE = {"role": None, "channel": "owner", "scenario": "lead", "template": "sender"}


@dataclass(frozen=True)
class Overdue:
    kind: str
    id: str
    reviewed: datetime.date
    owner: str  # role id


def overdue(handbook: Handbook) -> list[Overdue]:
    """Entries whose `reviewed` date is older than the handbook's review interval."""
    oldest = months_before(handbook.today, _interval(handbook))
    late = []
    for kind in REVIEWED_KINDS:
        field = RESPONSIBLE[kind]
        for entity_id, entity in handbook.of_kind(kind).items():
            if entity.reviewed is not None and entity.reviewed < oldest:
                owner = entity_id if field is None else getattr(entity, field)
                late.append(Overdue(kind, entity_id, entity.reviewed, owner))
    return late


def overdue_report(handbook: Handbook, late: list[Overdue], path: str) -> tuple[str, str]:
    """(Markdown grouped by responsible role, a one-line summary) in the handbook's language.

    The Markdown is empty when nothing is overdue; it reads well both in a terminal
    and in a GitHub job summary, where names stay text (`inert`). The summary is
    plain text: the caller escapes it for where it goes (a terminal, a workflow command).
    """
    language, months = handbook.language, _interval(handbook)
    if not late:
        return "", say(language, "reviews-ok", path=path, months=months)
    oldest = months_before(handbook.today, months)
    intro = say(language, "reviews-intro", months=months, oldest=oldest)
    lines = [f"## {say(language, 'reviews-title')}", "", intro, ""]
    owners = list(dict.fromkeys(item.owner for item in late))
    for owner in owners:
        lines.append(f"- **{inert(_role_name(handbook, owner))}** ({code(owner)})")
        for item in (i for i in late if i.owner == owner):
            entity = say(language, f"entity-{item.kind}", id=item.id)
            lines.append(f"  - {say(language, 'reviews-entry', entity=entity, date=item.reviewed)}")
    names = ", ".join(_role_name(handbook, owner) for owner in owners)
    summary = say(language, "reviews-summary", path=path, count=len(late), owners=names)
    return "\n".join(lines) + "\n", summary


def _interval(handbook: Handbook) -> int:
    return handbook.settings.review_interval_months if handbook.settings else 12


def _role_name(handbook: Handbook, role_id: str) -> str:
    role = handbook.roles.get(role_id)
    return role.name if role else role_id
