"""Which field of which kind names an entity of which kind: the handbook's references, as data.

The contract's map of references, read by the reference rule (rules/references.py), the
change summary (which names to show for an id) and the benchmark's scaler (which ids to
rename in a copy). Fields holding a list are walked item by item.
"""

from __future__ import annotations

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
    ("scenario", "first_message", "template"),
    ("organisation", "alert_at", "level"),
    ("organisation", "alerted_by", "role"),
    ("organisation", "scenarios", "scenario"),
    ("exercise", "scenario", "scenario"),
    ("exercise", "lead", "role"),
    ("exercise", "evaluator", "role"),
    ("exercise", "participants", "role"),
)
ITEM_REFERENCES = (("role", "role"), ("template", "template"))
# References inside lists of sub-objects: (kind, list field, field in each element, target kind).
NESTED_REFERENCES = (
    ("scenario", "first_actions", "role", "role"),
    ("exercise", "injects", "to", "role"),
    ("exercise", "injects", "channel", "channel"),
    ("exercise", "findings", "owner", "role"),
)
# Per goal: tests.<field> lists; per finding: affects.<field> lists.
GOAL_TESTS = (("roles", "role"), ("channels", "channel"), ("templates", "template"), ("checklists", "checklist"))
FINDING_AFFECTS = (
    ("roles", "role"), ("audiences", "audience"), ("channels", "channel"), ("levels", "level"),
    ("scenarios", "scenario"), ("templates", "template"), ("checklists", "checklist"),
    ("organisations", "organisation"),
)
