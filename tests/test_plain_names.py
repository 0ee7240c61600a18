"""Names and titles are plain text: markup in one is a warning at its character (rule plain-names)."""

from __future__ import annotations

from pathlib import Path

from conftest import edit, line_of

from krishandbok import validate


def test_markup_in_a_name_or_title_is_a_warning_where_it_starts(handbook_dir: Path):
    edit(handbook_dir / "roles.yaml", "name: Emergency planner", "name: Emergency **planner**")
    edit(handbook_dir / "templates/first-message.yaml", "title: ", "title: See [the map](https://x.example) ")
    report = validate(handbook_dir)
    assert report.ok  # a warning: the handbook still builds
    found = [p for p in report.problems if p.rule == "plain-names"]
    assert [(Path(p.where.path).name, p.where.line) for p in found] == [
        ("roles.yaml", line_of(handbook_dir / "roles.yaml", "**planner**")),
        ("first-message.yaml", line_of(handbook_dir / "templates/first-message.yaml", "[the map]")),
    ]
    role = found[0]
    line = (handbook_dir / "roles.yaml").read_text(encoding="utf-8").splitlines()[role.where.line - 1]
    assert line[role.where.column - 1:].startswith("**planner**")
    assert '"planner"' in role.format("en") and "warning" in role.format("en")


def test_plain_names_give_no_warning(handbook_dir: Path):
    assert not [p for p in validate(handbook_dir).problems if p.rule == "plain-names"]


def test_a_mark_with_nothing_to_keep_is_suggested_away(handbook_dir: Path):
    edit(handbook_dir / "roles.yaml", "name: Emergency planner", "name: Emergency <b>planner")
    found = [p for p in validate(handbook_dir).problems if p.rule == "plain-names"]
    assert len(found) == 1 and 'write "Emergency planner"' in found[0].format("en")
