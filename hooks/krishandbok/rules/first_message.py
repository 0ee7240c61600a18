"""A scenario's `first_message` is a template that applies to it (contract rule 10).

The first message is what the playbook puts straight into the filler: it must be
a template for this scenario – one without `scenarios` (it applies to every
scenario) or one whose `scenarios` names it. (That the template exists is checked
by `unknown-reference`.)

PASS:

    # scenarios.yaml
    - id: dricksvatten
      first_message: kokningsrekommendation
    # templates/kokningsrekommendation.yaml
    scenarios: [dricksvatten]

FAIL:

    - id: dricksvatten
      first_message: ursakt          # templates/ursakt.yaml has scenarios: [fortroendekris]
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..relations import applies

ID = "first-message"


def check(handbook) -> Iterator[Problem]:
    for scenario_id, scenario in handbook.scenarios.items():
        template = handbook.templates.get(scenario.first_message) if scenario.first_message else None
        if template is None or applies(template, scenario_id):
            continue  # none given, or unknown (reported by unknown-reference)
        message = handbook.say(
            "first-message-elsewhere", id=scenario_id, template=scenario.first_message,
            scenarios=", ".join(template.scenarios or ()),
        )
        yield Problem(handbook.where(scenario, "first_message"), message, ID)
