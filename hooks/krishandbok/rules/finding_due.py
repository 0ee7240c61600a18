"""Warning: a finding of an exercise whose `due` date has passed.

A finding (erfarenhet) stays in the exercise file as the record of what the
exercise showed; while its `due` date is in the past, the validator and the
coverage page remind its owner role. Move `due` or, once the action is done
and the handbook changed, remove `due` from the finding.

PASS (today 2027-04-01):

    findings:
      - text: Ingen visste vem som ersätter informatören nattetid.
        action: Ange ersättare för nattbemanningen.
        owner: kommunikationschef
        due: 2027-05-01

FAIL (warning): the same with `due: 2027-03-01`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Level, Problem

ID = "finding-overdue"


def overdue_findings(handbook):
    """(exercise id, index, finding) for every finding past its due date, in file order."""
    for exercise_id, exercise in handbook.exercises.items():
        for index, finding in enumerate(exercise.findings):
            if finding.due is not None and finding.due < handbook.today:
                yield exercise_id, index, finding


def check(handbook) -> Iterator[Problem]:
    for exercise_id, index, finding in overdue_findings(handbook):
        exercise = handbook.exercises[exercise_id]
        message = handbook.say(
            "finding-overdue", entity=handbook.label("exercise", exercise_id),
            number=index + 1, due=finding.due, owner=finding.owner,
        )
        yield Problem(handbook.where(exercise, "findings", index, "due"), message, ID, Level.WARNING)
