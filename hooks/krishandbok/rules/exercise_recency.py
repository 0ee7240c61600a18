"""Warning: roles and scenarios that no held exercise has exercised lately.

A role is exercised when it is a participant of an exercise that was `held`; a
scenario when an exercise of it was held. Anything not exercised within
`exercise_interval_months` (default 24) of today is listed in one warning, on
`handbook.yaml`. A handbook without any exercise gets no warning: the exercise
kit is optional.

PASS (today 2027-06-01, interval 24 months):

    # exercises/dricksvatten-simulering.yaml
    held: 2027-03-10
    scenario: dricksvatten
    participants: [kommunchef, informator]     # and every other role, in some held exercise

FAIL (warning):

    held: 2024-03-10                           # more than 24 months ago
"""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import months_before
from ..problems import Level, Position, Problem
from ..relations import last_exercised

ID = "exercise-recency"


def stale(handbook) -> tuple[list[str], list[str]]:
    """Role ids and scenario ids (in file order) not exercised within the interval."""
    months = handbook.settings.exercise_interval_months if handbook.settings else 24
    oldest = months_before(handbook.today, months)
    roles, scenarios = last_exercised(handbook)
    old_roles = [r for r in handbook.roles if r not in roles or roles[r] < oldest]
    old_scenarios = [s for s in handbook.scenarios if s not in scenarios or scenarios[s] < oldest]
    return old_roles, old_scenarios


def check(handbook) -> Iterator[Problem]:
    if not handbook.exercises or handbook.settings is None:
        return
    old_roles, old_scenarios = stale(handbook)
    if not old_roles and not old_scenarios:
        return
    settings = handbook.settings
    none = handbook.say("exercise-recency-none")
    message = handbook.say(
        "exercise-recency",
        months=settings.exercise_interval_months,
        roles=", ".join(old_roles) or none,
        scenarios=", ".join(old_scenarios) or none,
    )
    yield Problem(_where(handbook), message, ID, Level.WARNING)


def _where(handbook) -> Position:
    settings = handbook.settings
    if "exercise_interval_months" in settings.model_fields_set:
        return handbook.where_key(settings, "exercise_interval_months")
    return handbook.where(settings)
