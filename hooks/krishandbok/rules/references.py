"""Every reference resolves (contract rule 7, with rules 1, 5 and 6).

A role, audience, channel, level, scenario or template named anywhere must
exist. The message suggests the closest existing id.

PASS:

    deputy: personalchef          # roles.yaml has - id: personalchef

FAIL:

    deputy: personalchefen        # no role has this id
"""

from __future__ import annotations

from collections.abc import Iterator

from ..links import FINDING_AFFECTS, GOAL_TESTS, ITEM_REFERENCES, NESTED_REFERENCES, REFERENCES
from ..messages import suggestion
from ..problems import Problem

ID = "unknown-reference"


def check(handbook) -> Iterator[Problem]:
    if handbook.settings is not None:
        yield from _settings(handbook)
    for kind, field, target in REFERENCES:
        existing = handbook.of_kind(target)
        for entity_id, entity in handbook.of_kind(kind).items():
            value = getattr(entity, field)
            values = value if isinstance(value, list) else [value]
            for index, item in enumerate(values):
                if item is None or item in existing:  # the common case: nothing to say, no label to write
                    continue
                path = (field, index) if isinstance(value, list) else (field,)
                yield from _check_value(handbook, entity, handbook.label(kind, entity_id), path, item, target)
    for checklist_id, checklist in handbook.checklists.items():
        for index, item in enumerate(checklist.items):
            for field, target in ITEM_REFERENCES:
                value = getattr(item, field)
                if value is None or value in handbook.of_kind(target):
                    continue
                label = handbook.label("checklist", checklist_id)
                yield from _check_value(handbook, checklist, label, ("items", index, field), value, target)
    yield from _nested(handbook)
    yield from _exercise_lists(handbook)


def _settings(handbook) -> Iterator[Problem]:
    settings = handbook.settings
    label = handbook.say("entity-handbook")
    yield from _check_value(handbook, settings, label, ("owner",), settings.owner, "role")
    for index, role_id in enumerate(settings.vma_requesters):
        yield from _check_value(handbook, settings, label, ("vma_requesters", index), role_id, "role")


def _nested(handbook) -> Iterator[Problem]:
    for kind, list_field, field, target in NESTED_REFERENCES:
        for entity_id, entity in handbook.of_kind(kind).items():
            for index, element in enumerate(getattr(entity, list_field)):
                value = getattr(element, field)
                path = (list_field, index, field)
                yield from _check_value(handbook, entity, handbook.label(kind, entity_id), path, value, target)


def _exercise_lists(handbook) -> Iterator[Problem]:
    for exercise_id, exercise in handbook.exercises.items():
        label = handbook.label("exercise", exercise_id)
        for g, goal in enumerate(exercise.goals):
            if goal.tests is not None:
                yield from _lists(handbook, exercise, label, ("goals", g, "tests"), goal.tests, GOAL_TESTS)
        for f, finding in enumerate(exercise.findings):
            if finding.affects is not None:
                base = ("findings", f, "affects")
                yield from _lists(handbook, exercise, label, base, finding.affects, FINDING_AFFECTS)


def _lists(handbook, entity, label, base, holder, fields) -> Iterator[Problem]:
    for field, target in fields:
        for index, value in enumerate(getattr(holder, field)):
            yield from _check_value(handbook, entity, label, (*base, field, index), value, target)


def _check_value(handbook, entity, label, path, value, target) -> Iterator[Problem]:
    problem = unknown_reference(handbook, entity, label, path, value, target)
    if problem is not None:
        yield problem


def unknown_reference(handbook, entity, label, path, value, target) -> Problem | None:
    """The problem when `value` names no `target` entity (None when it does, or can't be known)."""
    if value is None or target in handbook.unreadable or value in handbook.broken[target]:
        return None
    existing = handbook.of_kind(target)
    if value in existing:
        return None
    message = handbook.say(
        ID,
        entity=label,
        field=".".join(str(p) for p in path if isinstance(p, str)),
        value=value,
        plural=handbook.say(f"plural-{target}"),
        suggestion=suggestion(handbook.language, value, existing),
    )
    return Problem(handbook.where(entity, *path), message, ID)
