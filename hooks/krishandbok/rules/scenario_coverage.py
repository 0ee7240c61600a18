"""Every scenario has a checklist and a template for each channel and audience (rule 5).

A checklist or template without `scenarios` applies to every scenario. For
each channel and each audience the scenario lists, at least one template that
applies to the scenario must name that channel or audience. (That `lead` and
`level` exist is checked by `unknown-reference`.)

FAIL:

    - id: drev
      channels: [facebook, x]     # but no template for drev goes out on x
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem

ID = "scenario-coverage"


def applies(entity, scenario_id: str) -> bool:
    """True when a template or checklist applies to the scenario."""
    return entity.scenarios is None or scenario_id in entity.scenarios


def check(handbook) -> Iterator[Problem]:
    for scenario_id, scenario in handbook.scenarios.items():
        if not any(applies(c, scenario_id) for c in handbook.checklists.values()):
            message = handbook.say("scenario-no-checklist", id=scenario_id)
            yield Problem(handbook.where(scenario, "id"), message, ID)
        templates = [t for t in handbook.templates.values() if applies(t, scenario_id)]
        yield from _uncovered(handbook, scenario, templates, "channels", "channel")
        yield from _uncovered(handbook, scenario, templates, "audiences", "audience")


def _uncovered(handbook, scenario, templates, field: str, noun: str) -> Iterator[Problem]:
    covered = {value for template in templates for value in getattr(template, field)}
    for index, value in enumerate(getattr(scenario, field)):
        if value not in covered:
            message = handbook.say(f"scenario-{noun}-no-template", id=scenario.id, **{noun: value})
            yield Problem(handbook.where(scenario, field, index), message, ID)
