"""Every audience is reached and addressed (contract rule 4).

At least one channel lists the audience under `audiences`, and at least one
template is written for it.

FAIL: an audience `foretagare` that no channel or template names.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem

ID = "audience-coverage"


def check(handbook) -> Iterator[Problem]:
    reached = {a for channel in handbook.channels.values() for a in channel.audiences}
    addressed = {a for template in handbook.templates.values() for a in template.audiences}
    for audience_id, audience in handbook.audiences.items():
        where = handbook.where(audience, "id")
        if audience_id not in reached:
            yield Problem(where, handbook.say("audience-unreached", id=audience_id), ID)
        if audience_id not in addressed:
            yield Problem(where, handbook.say("audience-unaddressed", id=audience_id), ID)
