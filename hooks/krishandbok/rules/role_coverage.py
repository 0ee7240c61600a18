"""Every role has something to do on a checklist (contract rule 2).

A role must own at least one checklist or be named as `role` on at least one
checklist item (an item without `role` belongs to the checklist's owner).

PASS:

    owner: informator
    items:
      - text: Publicera första beskedet.
        role: webbredaktor        # webbredaktor is covered too

FAIL: a role that no checklist names.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..relations import relations

ID = "role-coverage"


def check(handbook) -> Iterator[Problem]:
    named = relations(handbook).named_on_checklists()
    for role_id, role in handbook.roles.items():
        if role_id not in named:
            yield Problem(handbook.where(role, "id"), handbook.say("role-uncovered", id=role_id), ID)
