"""Warning: a scenario without a "do this now" block or key messages, or with too many.

A playbook's first screen is its `first_actions` (what to do now, in order, each
with a role and a time box) and its `key_messages` (kärnbudskap). A scenario
without them still builds, but the person on duty has to read every checklist
to find where to start. Three to seven first actions fit one phone screen and
are enough to start; more belong in a checklist. At most three key messages
(message maps: three short sentences are what people remember).

PASS:

    first_actions:
      - {text: Bekräfta vad som hänt med VA-chefen., role: informator, within: 10 min}
      - {text: Publicera första beskedet., role: webbredaktor, within: 30 min}
      - {text: Boka kontaktcenter för samtalen., role: kontaktcenter, within: 30 min}
    key_messages: [Koka vattnet före användning.]

WARNING:

    - id: dricksvatten               # no first_actions, no key_messages
      name: Förorenat dricksvatten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Level, Problem

ID = "playbook"
FIRST_ACTIONS = (3, 7)
KEY_MESSAGES = 3


def check(handbook) -> Iterator[Problem]:
    low, high = FIRST_ACTIONS
    for scenario_id, scenario in handbook.scenarios.items():
        count = len(scenario.first_actions)
        if count == 0:
            yield _warn(handbook, scenario, (), "first-actions-missing", id=scenario_id)
        elif not low <= count <= high:
            yield _warn(handbook, scenario, ("first_actions",), "first-actions-count",
                        id=scenario_id, count=count, low=low, high=high)
        if not scenario.key_messages:
            yield _warn(handbook, scenario, (), "key-messages-missing", id=scenario_id)
        elif len(scenario.key_messages) > KEY_MESSAGES:
            yield _warn(handbook, scenario, ("key_messages",), "key-messages-count",
                        id=scenario_id, count=len(scenario.key_messages), limit=KEY_MESSAGES)


def _warn(handbook, scenario, path: tuple, key: str, **params) -> Problem:
    where = handbook.where(scenario, *path) if path else handbook.where_key(scenario, "id")
    return Problem(where, handbook.say(key, **params), ID, Level.WARNING)
