"""Every audience is reached and addressed (contract rule 4).

At least one channel lists the audience under `audiences`, and at least one
template is written for it.

FAIL: an audience `foretagare` that no channel or template names.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..relations import relations

ID = "audience-coverage"


def check(handbook) -> Iterator[Problem]:
    known = relations(handbook)
    reached, addressed = known.audience_channels, known.audience_templates
    for audience_id, audience in handbook.audiences.items():
        where = handbook.where(audience, "id")
        if not reached.get(audience_id):
            yield Problem(where, handbook.say("audience-unreached", id=audience_id), ID)
        if not addressed.get(audience_id):
            yield Problem(where, handbook.say("audience-unaddressed", id=audience_id), ID)
