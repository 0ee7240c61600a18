"""`python -m krishandbok changes`: a scripted git history reports exactly the edits made."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ENGLISH, edit, run_cli, use_swedish

from krishandbok.tools.changes import MARKER, Change, changes_between, changes_markdown, compare

NEW_ROLE = """\
  - id: spokesperson
    name: Spokesperson
    summary: Speaks for the council.
    deputy: press-officer
    during:
      - Meet the press.
"""


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
               "-c", "commit.gpgsign=false", "-C", str(repo), *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose first commit holds the small English handbook in data/."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(ENGLISH, root / "data")
    commit(root, "base")
    return root


def facts(changes: list[Change]) -> set[tuple]:
    return {(c.kind, c.id, c.action, c.field, c.old, c.new, c.item) for c in changes}


def make_the_four_edits(data: Path) -> None:
    # add a role, remove an audience, change a channel's backup, move a role and a list item
    roles = data / "roles.yaml"
    text = roles.read_text(encoding="utf-8")
    start = text.index("  - id: press-officer")
    press_officer = text[start:]
    text = text[:start]
    planner_at = text.index("  - id: planner")
    roles.write_text(text[:planner_at] + press_officer + text[planner_at:] + NEW_ROLE, encoding="utf-8")
    edit(data / "audiences.yaml", "  - id: staff\n    name: Staff\n", "")
    edit(data / "channels.yaml", "    backup: planner\n", "    backup: chief-executive\n")
    edit(data / "scenarios.yaml", "roles: [press-officer, planner]", "roles: [planner, press-officer]")


EXPECTED = {
    ("role", "spokesperson", "added", "", None, None, None),
    ("role", "press-officer", "moved", "", 3, 2, None),
    ("audience", "staff", "removed", "", None, None, None),
    ("channel", "website", "changed", "backup", "planner", "chief-executive", None),
    ("scenario", "flood", "item-moved", "roles", 2, 1, "planner"),
}


def test_the_edits_and_nothing_else(repo: Path):
    make_the_four_edits(repo / "data")
    commit(repo, "edit")
    assert facts(changes_between(repo, "HEAD~1", "HEAD", "data")) == EXPECTED


def test_head_defaults_to_the_working_tree(repo: Path):
    make_the_four_edits(repo / "data")
    assert facts(changes_between(repo, "HEAD", None, "data")) == EXPECTED


def test_no_edit_no_change(repo: Path):
    assert changes_between(repo, "HEAD", None, "data") == []


def test_layout_and_comments_are_not_changes(repo: Path):
    data = repo / "data"
    edit(data / "roles.yaml", "roles:\n", "# Who does what.\nroles:\n\n")
    edit(data / "channels.yaml", "audiences: [residents, staff]", "audiences:\n      - residents\n      - staff")
    edit(data / "checklists/first-hour.yaml", "  - Confirm the facts with the incident commander.",
         "  - text: Confirm the facts with the incident commander.")
    assert changes_between(repo, "HEAD", None, "data") == []


def test_a_rewritten_text_is_one_change_not_a_removal_and_an_addition(repo: Path):
    data = repo / "data"
    edit(data / "roles.yaml", "Keep the log and the situation picture.", "Keep the log.")
    edit(data / "checklists/first-hour.yaml", "    role: planner\n", "    role: press-officer\n")
    assert facts(changes_between(repo, "HEAD", None, "data")) == {
        ("role", "planner", "item-changed", "during", "Keep the log and the situation picture.", "Keep the log.",
         None),
        ("checklist", "first-hour", "changed", "items.role", "planner", "press-officer", "Start the log."),
    }


def test_placeholders_and_optional_values(repo: Path):
    data = repo / "data"
    edit(data / "templates/first-message.yaml", "example: a flood in the town centre", "example: a flood")
    edit(data / "templates/first-message.yaml", "approver: chief-executive\n", "")
    edit(data / "audiences.yaml", "    name: Staff\n", "    name: Staff\n    description: Everyone employed.\n")
    assert facts(changes_between(repo, "HEAD", None, "data")) == {
        ("template", "first-message", "changed", "placeholders.example", "a flood in the town centre", "a flood",
         "event"),
        ("template", "first-message", "changed", "approver", "chief-executive", None, None),
        ("audience", "staff", "changed", "description", None, "Everyone employed.", None),
    }


def test_files_added_and_removed(repo: Path):
    data = repo / "data"
    shutil.copy(data / "checklists/first-hour.yaml", data / "checklists/second-hour.yaml")
    (data / "templates/first-message.yaml").unlink()
    commit(repo, "files")
    assert facts(changes_between(repo, "HEAD~1", "HEAD", "data")) == {
        ("checklist", "second-hour", "added", "", None, None, None),
        ("template", "first-message", "removed", "", None, None, None),
    }


def test_markdown_in_english_names_roles_by_name(repo: Path):
    make_the_four_edits(repo / "data")
    comparison = compare(repo, "HEAD", None, "data")
    text = changes_markdown(comparison.changes, comparison.language, base="main")
    assert text.startswith(MARKER)
    assert "## Changes to the handbook" in text
    assert "- **Website** (`website`): new backup chief executive (was emergency planner)" in text
    assert "- **Press officer** (`press-officer`) moved from position 3 to 2" in text
    assert "- **Spokesperson** (`spokesperson`) was added" in text
    assert "- **Staff** (`staff`) was removed" in text
    assert "- **Flood** (`flood`): roles: moved emergency planner from position 2 to 1" in text


def test_markdown_in_swedish(repo: Path):
    use_swedish(repo / "data")
    commit(repo, "swedish")
    edit(repo / "data/channels.yaml", "    backup: planner\n", "    backup: chief-executive\n")
    comparison = compare(repo, "HEAD", None, "data")
    text = changes_markdown(comparison.changes, comparison.language, base="main")
    assert "## Ändringar i handboken" in text
    assert "Från `main` till arbetskopian." in text
    assert "- **Website** (`website`): ny ersättare chief executive (var emergency planner)" in text


def test_a_short_text_is_quoted_and_a_long_one_shown_as_a_diff(repo: Path):
    template = repo / "data/templates/first-message.yaml"
    edit(template, "Stay away from the area.", "Keep away from the river.")
    short = changes_markdown(changes_between(repo, "HEAD", None, "data"), "en")
    assert "- **First message** (`first-message`): new text “We are dealing with {event}. Keep away" in short
    edit(template, "Next update at {next}.\n", "Next update at {next}.\n  Call 113 13 for questions.\n")
    long = changes_markdown(changes_between(repo, "HEAD", None, "data"), "en")
    assert "- **First message** (`first-message`):\n  - new text:\n" in long
    assert "    -We are dealing with {event}. Stay away from the area. Next update at {next}." in long
    assert "    +We are dealing with {event}. Keep away from the river. Next update at {next}." in long
    assert "    +Call 113 13 for questions." in long


def test_nothing_changed_says_so():
    assert "Inga ändringar i handbokens innehåll." in changes_markdown([], "sv")


def test_cli_prints_markdown_and_refuses_an_unknown_revision(repo: Path):
    make_the_four_edits(repo / "data")
    commit(repo, "edit")
    result = run_cli("changes", "HEAD~1", "HEAD", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "new backup chief executive (was emergency planner)" in result.stdout
    bad = run_cli("changes", "no-such-branch", cwd=repo)
    assert bad.returncode == 2
    assert '"no-such-branch" is not a known git revision' in bad.stderr


def test_cli_outside_a_repository_is_a_usage_error(tmp_path: Path):
    shutil.copytree(ENGLISH, tmp_path / "data")
    result = run_cli("changes", "HEAD", cwd=tmp_path)
    assert result.returncode == 2
    assert "is not in a git repository" in result.stderr


def test_an_exercise_held_and_its_findings_are_changes(repo: Path):
    data = repo / "data"
    edit(data / "exercises" / "flood-simulation.yaml", "held: 2026-10-14",
         "held: 2026-10-15\nfindings:\n  - text: Nobody knew the deputy.\n    action: Name a deputy.\n"
         "    owner: planner")
    found = changes_between(repo, "HEAD", None, "data")
    assert {(c.kind, c.id) for c in found} == {("exercise", "flood-simulation")}
    fields = {c.field for c in found}
    assert {"held", "findings"} <= fields
    markdown = changes_markdown(found, "en")
    assert "### Exercises" in markdown and "Flood – simulation exercise" in markdown


def test_mode_and_channel_texts_are_named_in_words(repo: Path):
    template = repo / "data/templates/first-message.yaml"
    edit(template, "mode: proactive", "mode: reactive")
    edit(template, "  text-alert: 'Town council:", "  text-alert: 'Council:")
    edit(template, "variants:\n", "variants:\n  website: We are dealing with {event}. Next update at {next}.\n")
    text = changes_markdown(changes_between(repo, "HEAD", None, "data"), "en")
    assert "now when reactive (we answer) (was proactive (we speak first))" in text
    assert "new text for channel text-alert “Council: {event}." in text
    assert "added text for channel website “We are dealing with {event}. Next update at {next}.”" in text
    use_swedish(repo / "data")
    swedish = changes_markdown(changes_between(repo, "HEAD", None, "data"), "sv")
    assert "ny text för kanalen text-alert ”Council: {event}." in swedish
