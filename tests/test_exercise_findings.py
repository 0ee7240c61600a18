"""`exercise findings ID`: the findings as inert Markdown for a pull request."""

from __future__ import annotations

from conftest import edit, run_cli

from krishandbok import model as m
from krishandbok import validate
from krishandbok.exercises.findings import findings_markdown


def test_findings_on_the_command_line(handbook_dir):
    edit(handbook_dir / "exercises" / "flood-simulation.yaml", "held: 2026-10-14",
         "held: 2026-10-14\nfindings:\n  - text: \"Nobody knew the deputy (nights) - see #12.\"\n"
         "    action: Name a deputy for nights.\n    owner: planner\n    due: 2027-01-15\n"
         "    affects: {roles: [press-officer], channels: [website]}")
    result = run_cli("exercise", "findings", "flood-simulation", "--data", str(handbook_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## Findings of the exercise Flood – simulation exercise")
    row = next(line for line in result.stdout.splitlines() if "Name a deputy" in line)
    assert "Emergency planner" in row and "2027\\-01\\-15" in row and "Press officer, Website" in row
    assert "\\(nights\\) \\- see \\#12\\." in row


def test_data_the_validator_would_refuse_is_still_inert(handbook_dir):
    # Defence in depth: text that bypassed validation must not come alive in a PR comment.
    handbook = validate(handbook_dir).handbook
    hostile = "<script>alert(1)</script> **loud** [link](https://evil.example) @team | pipe"
    finding = m.Finding(text=hostile, action="Act.", owner="planner")
    handbook.exercises["flood-simulation"] = handbook.exercises["flood-simulation"].model_copy(
        update={"findings": [finding]})
    out = findings_markdown(handbook, "flood-simulation")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "**loud**" not in out and "[link](" not in out and "@team" not in out
    row = next(line for line in out.splitlines() if "loud" in line)
    assert row.count(" | ") == 4  # the pipe in the text makes no new cell


def test_an_exercise_without_findings_says_so(handbook_dir):
    result = run_cli("exercise", "findings", "flood-simulation", "--data", str(handbook_dir))
    assert result.returncode == 0 and "no findings yet" in result.stdout
    unknown = run_cli("exercise", "findings", "nope", "--data", str(handbook_dir))
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr
