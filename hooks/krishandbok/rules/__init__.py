"""The validation rules, in an explicit registry.

Each rule module has a kebab-case `ID` and `check(handbook)`, a generator of
problems; its docstring is the user documentation of the rule. Rules never
raise or print. Coverage rules need the whole handbook and are skipped (with
the shape errors already reported) when some file or entity could not be read.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    audience_coverage,
    channel_coverage,
    exercise_plan,
    exercise_recency,
    finding_due,
    first_message,
    message_length,
    outgoing_text,
    placeholders,
    plain_names,
    playbook,
    print_fonts,
    readability,
    references,
    review_date,
    role_coverage,
    role_deputy,
    scenario_coverage,
    scenario_guides,
    text_safety,
    vma_requesters,
)

# Rules that are valid on any subset of the handbook.
LOCAL_RULES: tuple[ModuleType, ...] = (
    references,
    role_deputy,
    placeholders,
    message_length,
    outgoing_text,
    text_safety,
    plain_names,
    review_date,
    readability,
    print_fonts,
    exercise_plan,
    finding_due,
    first_message,
    playbook,
    scenario_guides,
    vma_requesters,
)
# Rules that claim something about the whole handbook ("every X has a Y").
COVERAGE_RULES: tuple[ModuleType, ...] = (
    role_coverage,
    channel_coverage,
    audience_coverage,
    scenario_coverage,
    exercise_recency,
)
