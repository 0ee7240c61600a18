"""Every role has a deputy that is another role (contract rule 1).

Whether the deputy exists is checked by `unknown-reference`; `during` must
not be empty, which the role's shape already requires.

PASS:

    - id: kommunchef
      deputy: personalchef

FAIL:

    - id: kommunchef
      deputy: kommunchef          # a role cannot stand in for itself
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem

ID = "role-deputy"


def check(handbook) -> Iterator[Problem]:
    for role_id, role in handbook.roles.items():
        if role.deputy == role_id:
            yield Problem(handbook.where(role, "deputy"), handbook.say("role-deputy-self", id=role_id), ID)
