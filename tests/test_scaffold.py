"""`python -m krishandbok new`: every kind gives an entry that validates, and bad ids are refused."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, edit, run_cli, use_swedish

from krishandbok import validate
from krishandbok.tools.scaffold import NEW_KINDS, ScaffoldError, new_entry

# Coverage rules a new entry cannot satisfy on its own: other files must name it.
NEEDS_OTHERS = {"role": {"role-coverage"}, "audience": {"audience-coverage"}, "channel": {"channel-coverage"}}
# A new role or scenario has not been exercised yet: in a handbook with exercises, that is a warning.
NOT_YET_EXERCISED = {"role": {"exercise-recency"}, "scenario": {"exercise-recency"}}
EXISTING = {"role": "planner", "audience": "residents", "channel": "website", "level": "normal",
            "scenario": "flood", "template": "first-message", "checklist": "first-hour",
            "exercise": "flood-simulation", "organisation": "county-council"}
LIST_FILE = {"role": "roles.yaml", "audience": "audiences.yaml", "channel": "channels.yaml",
             "level": "levels.yaml", "scenario": "scenarios.yaml"}


def assert_only_expected_errors(data_dir: Path, kind: str, new_id: str) -> None:
    report = validate(data_dir)
    assert new_id in report.handbook.of_kind(kind)
    for problem in report.errors:
        assert problem.rule in NEEDS_OTHERS.get(kind, set()), problem.format()
        assert f'"{new_id}"' in problem.message
    expected = NOT_YET_EXERCISED.get(kind, set())
    assert not [p for p in report.warnings if new_id in p.message and p.rule not in expected]


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_new_entry_validates_in_the_english_handbook(handbook_dir: Path, kind: str):
    created = new_entry(handbook_dir, kind, f"new-{kind}")
    assert created.path.is_file()
    assert_only_expected_errors(handbook_dir, kind, f"new-{kind}")
    assert {p.rule for p in created.new_errors} == NEEDS_OTHERS.get(kind, set())


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    """A copy of the handbook in data/, which must validate as it stands (a skip would hide it)."""
    target = tmp_path / "data"
    shutil.copytree(EXAMPLE, target)
    report = validate(target)
    assert report.ok, [problem.format() for problem in report.errors]
    return target


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_new_entry_validates_in_the_example_handbook(example_dir: Path, kind: str):
    new_entry(example_dir, kind, f"ny-{kind}")
    assert_only_expected_errors(example_dir, kind, f"ny-{kind}")


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_every_kind_can_be_added_after_another(handbook_dir: Path, kind: str):
    for other in NEW_KINDS:
        new_entry(handbook_dir, other, f"first-{other}")
    new_entry(handbook_dir, kind, f"second-{kind}")
    assert_only_expected_errors_for_all(handbook_dir)


def assert_only_expected_errors_for_all(data_dir: Path) -> None:
    allowed = set().union(*NEEDS_OTHERS.values())
    assert {p.rule for p in validate(data_dir).errors} <= allowed


@pytest.mark.parametrize("kind", sorted(LIST_FILE))
def test_appending_keeps_every_existing_byte(handbook_dir: Path, kind: str):
    path = handbook_dir / LIST_FILE[kind]
    before = path.read_bytes()
    new_entry(handbook_dir, kind, f"new-{kind}")
    after = path.read_bytes()
    assert after.startswith(before)
    assert f"- id: new-{kind}" in after[len(before):].decode()


def test_appending_matches_the_indentation_and_spacing_of_the_file(example_dir: Path):
    path = example_dir / "roles.yaml"
    spaced = "\n\n  - id:" in path.read_text(encoding="utf-8")  # the file's own habit
    new_entry(example_dir, "role", "ny-roll")
    text = path.read_text(encoding="utf-8")
    before = text[: text.index("\n  - id: ny-roll\n    name: ")]
    # The new entry's comment line, after a blank line exactly when the file has them between entries.
    assert bool(re.search(r"\n\n  # [^\n]*$", before)) == spaced
    assert re.search(r"\n  # [^\n]*$", before)


def test_a_file_without_a_final_newline_still_gets_a_valid_entry(handbook_dir: Path):
    path = handbook_dir / "levels.yaml"
    path.write_bytes(path.read_bytes().rstrip(b"\n"))
    new_entry(handbook_dir, "level", "new-level")
    assert_only_expected_errors(handbook_dir, "level", "new-level")


def test_crlf_files_get_crlf_lines(handbook_dir: Path):
    path = handbook_dir / "levels.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    new_entry(handbook_dir, "level", "new-level")
    assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")
    assert_only_expected_errors(handbook_dir, "level", "new-level")


@pytest.mark.parametrize("kind", ["template", "checklist"])
def test_new_files_start_with_the_schema_line_of_their_folder(handbook_dir: Path, kind: str):
    created = new_entry(handbook_dir, kind, f"new-{kind}")
    sibling = handbook_dir / created.path.parent.name / f"{EXISTING[kind]}.yaml"
    first_line = created.path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == sibling.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=")


def test_comments_follow_the_handbook_language(handbook_dir: Path):
    use_swedish(handbook_dir)
    created = new_entry(handbook_dir, "template", "nytt-besked")
    text = created.path.read_text(encoding="utf-8")
    assert "# Ny mall: byt ut texterna." in text
    assert "New template" not in text
    assert_only_expected_errors(handbook_dir, "template", "nytt-besked")


def test_a_new_scenario_borrows_covered_channels_and_audiences(handbook_dir: Path):
    created = new_entry(handbook_dir, "scenario", "storm")
    assert created.new_errors == []
    scenario = validate(handbook_dir).handbook.scenarios["storm"]
    assert scenario.channels == ["website"] and scenario.audiences == ["residents"]
    assert scenario.lead == "planner"  # the handbook's owner role


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_an_existing_id_is_refused_and_nothing_changes(handbook_dir: Path, kind: str):
    before = {p: p.read_bytes() for p in handbook_dir.rglob("*.yaml")}
    with pytest.raises(ScaffoldError, match="already exists"):
        new_entry(handbook_dir, kind, EXISTING[kind])
    assert {p: p.read_bytes() for p in handbook_dir.rglob("*.yaml")} == before


@pytest.mark.parametrize("bad", ["Bad_Id", "-x", "x-", "å", "two words", ""])
def test_an_invalid_id_is_refused(handbook_dir: Path, bad: str):
    with pytest.raises(ScaffoldError, match="not a valid id"):
        new_entry(handbook_dir, "role", bad)


def test_a_list_written_on_one_line_is_refused(handbook_dir: Path):
    path = handbook_dir / "levels.yaml"
    path.write_text(
        "levels: [{id: normal, name: Normal, decided_by: press-officer},"
        " {id: major-incident, name: Major incident, decided_by: chief-executive}]\n",
        encoding="utf-8",
    )
    before = path.read_bytes()
    with pytest.raises(ScaffoldError, match="written on one line"):
        new_entry(handbook_dir, "level", "new-level")
    assert path.read_bytes() == before


def test_cli_creates_and_names_the_next_step(handbook_dir: Path):
    env = dict(os.environ, HANDBOOK_DATA=str(handbook_dir))
    result = run_cli("new", "channel", "radio", env=env)
    assert result.returncode == 0, result.stderr
    assert 'added channel "radio"' in result.stdout
    assert "channels.yaml" in result.stdout and "[channel-coverage]" in result.stdout
    assert "next step:" in result.stdout


def test_cli_refuses_an_existing_id_with_exit_1(handbook_dir: Path):
    result = run_cli("new", "role", "planner", "--data", str(handbook_dir))
    assert result.returncode == 1
    assert 'role "planner" already exists' in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_rejects_an_unknown_kind(handbook_dir: Path):
    result = run_cli("new", "person", "anna", "--data", str(handbook_dir))
    assert result.returncode == 2


def test_swedish_refusal(handbook_dir: Path):
    use_swedish(handbook_dir)
    edit(handbook_dir / "handbook.yaml", "title: Crisis Handbook", "title: Krishandbok")
    result = run_cli("new", "role", "planner", "--data", str(handbook_dir))
    assert result.returncode == 1
    assert 'rollen "planner" finns redan' in result.stderr


@pytest.mark.parametrize(("first", "then"), [("channel", "template"), ("role", "checklist")])
def test_the_suggested_next_step_makes_the_handbook_valid_again(handbook_dir: Path, first: str, then: str):
    created = new_entry(handbook_dir, first, "radio")
    assert created.new_errors
    assert new_entry(handbook_dir, then, "radio-things").new_errors == []
    assert validate(handbook_dir).ok
