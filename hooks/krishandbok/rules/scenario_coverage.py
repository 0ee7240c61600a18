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
from ..relations import relations

ID = "scenario-coverage"


def check(handbook) -> Iterator[Problem]:
    known = relations(handbook)
    templates = known.templates
    general = [handbook.templates[tid] for tid in templates.general]  # they apply to every scenario
    covered_by_general = {field: _named(general, field) for field in ("channels", "audiences")}
    for scenario_id, scenario in handbook.scenarios.items():
        if not (known.checklists.general or known.checklists.named.get(scenario_id)):
            message = handbook.say("scenario-no-checklist", id=scenario_id)
            yield Problem(handbook.where(scenario, "id"), message, ID)
        specific = [handbook.templates[tid] for tid in templates.named.get(scenario_id, ())]
        for field, noun in (("channels", "channel"), ("audiences", "audience")):
            covered = covered_by_general[field] | _named(specific, field)
            yield from _uncovered(handbook, scenario, covered, field, noun)


def _named(templates, field: str) -> set[str]:
    """Every channel or audience (`field`) that one of the templates names."""
    return {value for template in templates for value in getattr(template, field)}


def _uncovered(handbook, scenario, covered: set[str], field: str, noun: str) -> Iterator[Problem]:
    for index, value in enumerate(getattr(scenario, field)):
        if value not in covered:
            message = handbook.say(f"scenario-{noun}-no-template", id=scenario.id, **{noun: value})
            yield Problem(handbook.where(scenario, field, index), message, ID)
