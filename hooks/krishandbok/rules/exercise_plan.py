"""An exercise holds together (contract rule 12).

An exercise (`exercises/<id>.yaml`) is checked as a plan that can be run:

- goal ids and persona ids are unique within the exercise;
- an inject's `goals` name goals of the same exercise;
- an inject's `from` is a persona id or free text; something written like an id
  (`orolig-foralder`) that is not a persona, role or organisation is an error, with
  the closest persona suggested;
- an inject `via: social` names its `channel`, one of the scenario's channels;
- injects are in time order (`at`, hours:minutes after the start);
- a `simulation` has injects, every goal is named by at least one inject, and every
  participant receives at least one inject;
- a `seminar` has discussion `questions`;
- `findings` are written only once the exercise has been `held`.

(That the scenario, roles, channels and goal `tests` exist is checked by
`unknown-reference`.)

PASS:

    format: simulation
    participants: [informator]
    goals:
      - id: forsta-beskedet
        text: Första beskedet är ute inom 30 minuter.
    injects:
      - at: "0:05"
        from: SVT Västmanland
        to: informator
        via: press
        text: Stämmer det att vattnet är förorenat?
        expect: Hänvisa till första beskedet.
        goals: [forsta-beskedet]

FAIL:

    format: simulation
    participants: [informator, webbredaktor]   # webbredaktor receives no inject
    injects:
      - at: "0:20"
        ...
      - at: "0:05"                             # earlier than the inject before it
        from: orolig-foralder                  # no such persona
        via: social                            # no channel
        goals: [forsta-beskedt]                # no such goal
    findings: [...]                            # the exercise has no `held` date
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..messages import suggestion
from ..problems import Level, Problem

ID = "exercise-plan"
_ID_LIKE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check(handbook) -> Iterator[Problem]:
    for exercise_id, exercise in handbook.exercises.items():
        yield from _check_exercise(handbook, exercise_id, exercise)


def _check_exercise(handbook, exercise_id, exercise) -> Iterator[Problem]:
    label = handbook.label("exercise", exercise_id)

    def problem(path, key, level=Level.ERROR, **params) -> Problem:
        message = handbook.say(key, entity=label, **params)
        return Problem(handbook.where(exercise, *path), message, ID, level)

    def key_problem(field, key) -> Problem:
        return Problem(handbook.where_key(exercise, field), handbook.say(key, entity=label), ID)

    yield from _unique(exercise.goals, "goals", "exercise-goal-twice", problem)
    yield from _unique(exercise.personas, "personas", "exercise-persona-twice", problem)
    yield from _injects(handbook, exercise, problem)
    if exercise.format == "simulation":
        yield from _simulation(exercise, problem)
    elif not exercise.questions:
        yield problem(("format",), "exercise-seminar-no-questions")
    if exercise.findings and exercise.held is None:
        yield key_problem("findings", "exercise-findings-not-held")


def _unique(items, field, key, problem) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item.id in first:
            yield problem((field, index, "id"), key, id=item.id, number=first[item.id] + 1)
        else:
            first[item.id] = index


def _injects(handbook, exercise, problem) -> Iterator[Problem]:
    goals = {goal.id for goal in exercise.goals}
    personas = {persona.id for persona in exercise.personas}
    scenario = handbook.scenarios.get(exercise.scenario)
    latest = None
    for index, inject in enumerate(exercise.injects):
        path = ("injects", index)
        at = inject.minutes
        if latest is not None and at < latest[0]:
            yield problem((*path, "at"), "exercise-inject-order", at=inject.at, before=latest[1])
        else:
            latest = (at, inject.at)
        for g, goal_id in enumerate(inject.goals):
            if goal_id not in goals:
                yield problem((*path, "goals", g), "exercise-unknown-goal", value=goal_id,
                              suggestion=suggestion(handbook.language, goal_id, goals))
        if _undeclared_persona(handbook, inject.from_, personas):
            yield problem((*path, "from"), "exercise-unknown-persona", value=inject.from_,
                          suggestion=suggestion(handbook.language, inject.from_, personas))
        yield from _channel(handbook, inject, path, scenario, problem)


def _undeclared_persona(handbook, sender: str, personas: set[str]) -> bool:
    """Free text is any sender; written like an id, it must name a persona (or a role or
    an organisation of the handbook, which speak for themselves)."""
    if sender in personas or not _ID_LIKE.match(sender):
        return False
    return sender not in handbook.roles and sender not in handbook.organisations


def _channel(handbook, inject, path, scenario, problem) -> Iterator[Problem]:
    if inject.via == "social" and inject.channel is None:
        yield problem((*path, "via"), "exercise-social-no-channel")
        return
    if inject.channel is None or inject.channel not in handbook.channels or scenario is None:
        return  # an unknown channel is reported by unknown-reference
    if inject.channel not in scenario.channels:
        yield problem((*path, "channel"), "exercise-channel-outside-scenario", Level.WARNING,
                      channel=inject.channel, scenario=scenario.id)


def _simulation(exercise, problem) -> Iterator[Problem]:
    if not exercise.injects:
        yield problem(("format",), "exercise-simulation-no-injects")
        return
    named = {goal_id for inject in exercise.injects for goal_id in inject.goals}
    for index, goal in enumerate(exercise.goals):
        if goal.id not in named:
            yield problem(("goals", index, "id"), "exercise-goal-untested", id=goal.id)
    receivers = {inject.to for inject in exercise.injects}
    for index, role_id in enumerate(exercise.participants):
        if role_id not in receivers:
            yield problem(("participants", index), "exercise-participant-idle", id=role_id)
