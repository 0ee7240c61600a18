"""What the workflows print into a GitHub Actions log: data never starts a line.

The runner acts on every log line that starts with `::` (a workflow command). Each
command below is run through the real CLI on data that tries to start one (names and
file names with line breaks), and every line it prints must be one of ours.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import edit, run_cli

from krishandbok.problems import Position, Problem

INJECTED = "::error title=pwned::owned"
OURS = re.compile(r"^::(error|warning|notice) (file|title)=[^\n:]*::")


def _unescape_message(message: str) -> str:
    return message.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def test_validate_escapes_file_names_and_messages(handbook_dir: Path):
    source = handbook_dir / "templates" / "first-message.yaml"
    (handbook_dir / "templates" / f"x\n{INJECTED}\n.yaml").write_bytes(source.read_bytes())
    (handbook_dir / "templates" / "a,line=1:b.yaml").write_bytes(source.read_bytes())
    result = run_cli("validate", "data", "--format", "github", cwd=handbook_dir.parent)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) >= 2
    for line in lines:
        assert OURS.match(line), line
    assert not any(line.startswith(INJECTED) for line in lines)


@pytest.mark.parametrize("path", ["data/x\n::error::y.yaml", "data/a,line=9,col=9:b.yaml", "data/50%0A.yaml"])
def test_a_property_round_trips_as_github_decodes_it(path):
    line = Problem(Position(path, 3, 4), "message\n::warning::x 100%", "rule").format_github()
    assert "\n" not in line and "\r" not in line
    properties, _, message = line[len("::error "):].partition("::")
    fields = dict(part.split("=", 1) for part in properties.split(","))
    assert set(fields) == {"file", "line", "col"}
    decoded = fields["file"].replace("%3A", ":").replace("%2C", ",")
    assert _unescape_message(decoded) == path
    assert _unescape_message(message) == "message\n::warning::x 100% [rule]"


def test_reviews_for_github_prints_only_escaped_commands(handbook_dir: Path):
    edit(handbook_dir / "roles.yaml", "name: Chief executive", f'name: "Chief\\n{INJECTED}\\n"')
    result = run_cli("reviews", str(handbook_dir), "--format", "github", "--today", "2027-10-01")
    assert result.returncode == 1
    log = result.stderr.splitlines()
    assert len(log) == 1 and OURS.match(log[0]), result.stderr
    assert f"%0A{INJECTED}" in log[0]  # the name is still there, as text
    assert not any(line.startswith("::") for line in result.stdout.splitlines())  # the job summary


def test_reviews_in_a_terminal_shows_a_line_break_as_an_escape(handbook_dir: Path):
    edit(handbook_dir / "roles.yaml", "name: Chief executive", f'name: "Chief\\n{INJECTED}"')
    result = run_cli("reviews", str(handbook_dir), "--today", "2027-10-01")
    assert result.returncode == 1
    assert not any(line.startswith("::") for line in (result.stdout + result.stderr).splitlines())


def test_workflows_neither_paste_values_into_scripts_nor_write_commands_themselves():
    """`${{ … }}` inside `run:` is pasted into the script before the shell sees it; a script
    that echoes `::error …::$(…)` puts data into a workflow command. Only the CLI writes
    workflow commands, escaped."""
    root = Path(__file__).resolve().parent.parent / ".github" / "workflows"
    for workflow in root.glob("*.yml"):
        script = False
        for line in workflow.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith("run:"):
                script = True
                indent = len(line) - len(line.lstrip())
                assert "${{" not in stripped, f"{workflow.name}: {stripped}"
                assert "::" not in stripped, f"{workflow.name}: {stripped}"
                continue
            if script and stripped and len(line) - len(line.lstrip()) <= indent:
                script = False
            if script:
                assert "${{" not in line, f"{workflow.name}: {stripped}"
                assert not re.search(r"""(echo|printf)\s+["']?::""", line), f"{workflow.name}: {stripped}"
