"""The validator's words, as an editor reads them: the whole output of `krishandbok validate`
on broken copies of the test handbooks, compared with tests/golden/ (a diff on failure;
`pytest --update-goldens` rewrites them, to be reviewed in git)."""

from __future__ import annotations

import shutil

import pytest
from conftest import ENGLISH, SODERTUNA, edit, run_cli

# (name, handbook, edits): each case breaks the handbook in ways an editor does.
CASES = [
    ("sodertuna-references", SODERTUNA, [
        ("roles.yaml", "deputy: kundtjanstchef", "deputy: kundtjanstchefen"),
        ("channels.yaml", "    fallback: kundtjanst-telefon", "    fallback: kundtjanst"),
        ("scenarios.yaml", "    first_message: forsta-besked", "    first_message: forsta-beskedet"),
    ]),
    ("sodertuna-shape", SODERTUNA, [
        ("channels.yaml", "    kind: sms", "    kind: sms\n    maxlength: 160"),
        ("handbook.yaml", "review_interval_months: 6", "review_interval_months: sex"),
        ("templates/svar-pa-fraga.yaml", "Tack för din fråga.", "Tack för din fråga, {namn}."),
    ]),
    ("english-coverage", ENGLISH, [
        ("templates/first-message.yaml", "channels: [website, text-alert]", "channels: [website]"),
        ("checklists/first-hour.yaml", "    role: planner\n", ""),
    ]),
]


@pytest.mark.parametrize(("name", "source", "edits"), CASES, ids=[case[0] for case in CASES])
def test_validator_output(tmp_path, golden, name, source, edits):
    data = tmp_path / "data"
    shutil.copytree(source, data)
    for file, old, new in edits:
        edit(data / file, old, new)
    result = run_cli("validate", "data", cwd=tmp_path)
    assert result.returncode == 1
    # The errors only: warnings depend on today's date (reviews, exercises), the summary counts them.
    errors = [line for line in result.stdout.splitlines() if line.split(": ")[1:2] in (["error"], ["fel"])]
    assert errors
    golden(f"validate/{name}.txt", "\n".join(errors) + "\n")
