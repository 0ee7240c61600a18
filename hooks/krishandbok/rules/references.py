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

from ..messages import suggestion
from ..problems import Problem

ID = "unknown-reference"

# (kind of the entity, field, kind the field points to); list fields are walked.
REFERENCES = (
    ("role", "deputy", "role"),
    ("role", "reports_to", "role"),
    ("channel", "owner", "role"),
    ("channel", "backup", "role"),
    ("channel", "escalate_to", "role"),
    ("channel", "audiences", "audience"),
    ("channel", "fallback", "channel"),
    ("level", "decided_by", "role"),
    ("scenario", "level", "level"),
    ("scenario", "lead", "role"),
    ("scenario", "roles", "role"),
    ("scenario", "channels", "channel"),
    ("scenario", "audiences", "audience"),
    ("template", "scenarios", "scenario"),
    ("template", "channels", "channel"),
    ("template", "audiences", "audience"),
    ("template", "sender", "role"),
    ("template", "approver", "role"),
    ("checklist", "owner", "role"),
    ("checklist", "scenarios", "scenario"),
)
ITEM_REFERENCES = (("role", "role"), ("template", "template"))


def check(handbook) -> Iterator[Problem]:
    if handbook.settings is not None:
        label = handbook.say("entity-handbook")
        yield from _check_value(handbook, handbook.settings, label, ("owner",), handbook.settings.owner, "role")
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
