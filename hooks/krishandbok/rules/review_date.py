"""Warning: a `reviewed` date older than `review_interval_months` (or in the future).

Reviews keep the handbook current: a stale entry is shown on the coverage
page and printed by the validator, but never stops the build.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import months_before
from ..model import REVIEWED_KINDS
from ..problems import Level, Problem

ID = "review-date"


def check(handbook) -> Iterator[Problem]:
    today = handbook.today
    months = handbook.settings.review_interval_months if handbook.settings else 12
    oldest = months_before(today, months)
    for kind in REVIEWED_KINDS:
        for entity_id, entity in handbook.of_kind(kind).items():
            reviewed = entity.reviewed
            if reviewed is None or oldest <= reviewed <= today:
                continue
            key = "review-stale" if reviewed < oldest else "review-future"
            message = handbook.say(key, entity=handbook.label(kind, entity_id), date=reviewed, months=months)
            yield Problem(handbook.where(entity, "reviewed"), message, ID, Level.WARNING)
