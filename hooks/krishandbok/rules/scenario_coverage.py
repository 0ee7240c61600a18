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


def by_scenario(entities) -> dict:
    """Scenario id → the entities that name it; the key None → those that apply to every scenario."""
    index: dict = {None: []}
    for entity in entities:
        for scenario_id in entity.scenarios if entity.scenarios is not None else (None,):
            index.setdefault(scenario_id, []).append(entity)
    return index


def check(handbook) -> Iterator[Problem]:
    checklists = by_scenario(handbook.checklists.values())
    templates = by_scenario(handbook.templates.values())
    general = {field: _named(templates[None], field) for field in ("channels", "audiences")}
    for scenario_id, scenario in handbook.scenarios.items():
        if not checklists[None] and scenario_id not in checklists:
            message = handbook.say("scenario-no-checklist", id=scenario_id)
            yield Problem(handbook.where(scenario, "id"), message, ID)
        specific = templates.get(scenario_id, [])
        for field, noun in (("channels", "channel"), ("audiences", "audience")):
            covered = general[field] | _named(specific, field)
            yield from _uncovered(handbook, scenario, covered, field, noun)


def _named(templates, field: str) -> set[str]:
    """Every channel or audience (`field`) that one of the templates names."""
    return {value for template in templates for value in getattr(template, field)}


def _uncovered(handbook, scenario, covered: set[str], field: str, noun: str) -> Iterator[Problem]:
    for index, value in enumerate(getattr(scenario, field)):
        if value not in covered:
            message = handbook.say(f"scenario-{noun}-no-template", id=scenario.id, **{noun: value})
            yield Problem(handbook.where(scenario, field, index), message, ID)
