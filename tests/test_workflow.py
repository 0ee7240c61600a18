"""The GitHub Actions workflows parse, and run only commands that exist in the Makefile and CLI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from krishandbok.cli import build_parser

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+\.\d+\.\d+\s*$")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true


def run_lines(workflow: dict) -> list[str]:
    lines = []
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            lines += [line.strip() for line in step.get("run", "").splitlines() if line.strip()]
    return lines


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.MULTILINE))


def krishandbok_commands(lines: list[str]) -> list[list[str]]:
    """The arguments of every `python -m krishandbok ...` call, up to a pipe or redirection."""
    found = []
    for line in lines:
        match = re.search(r"python -m krishandbok ([^|>;&]*)", line)
        if match:
            arguments = re.sub(r"\s+\d+$", "", match.group(1).strip())  # the 2 of a `2>` redirection
            found.append(shlex.split(arguments))
    return found


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"handbook.yml", "reviews.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_make_target_exists(path: Path):
    used = {m for line in run_lines(load(path)) for m in re.findall(r"\bmake (\w[\w-]*)", line)}
    assert used, "the workflow should run the Makefile's targets"
    assert used <= make_targets()


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_krishandbok_command_parses(path: Path):
    parser = build_parser()
    commands = krishandbok_commands(run_lines(load(path)))
    assert commands
    for arguments in commands:
        parser.parse_args(arguments)  # exits (SystemExit) on an unknown command or option


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"^\s*(?:-\s+)?uses:", line):
            assert PINNED.match(line), line


def test_pull_requests_are_validated_tested_built_and_summarised():
    workflow = load(ROOT / ".github/workflows/handbook.yml")
    assert {"pull_request", "push"} <= set(triggers(workflow))
    lines = run_lines(workflow)
    assert "make test" in lines and "make build" in lines
    assert any("krishandbok validate data --format github" in line for line in lines)
    assert any("krishandbok changes" in line for line in lines)
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    artifacts = [s["with"]["path"] for s in steps if "upload-artifact" in s.get("uses", "")]
    assert artifacts[0] == "site/"
    assert artifacts[1].split() == ["site/krishandbok*.pdf", "site/kriskort*.pdf"]  # the binder and pocket cards
    setup = [s for s in steps if "setup-python" in s.get("uses", "")]
    assert setup and all(s["with"]["python-version"] == "3.11" for s in setup)


def test_main_is_deployed_to_pages():
    jobs = load(ROOT / ".github/workflows/handbook.yml")["jobs"]
    deploy = jobs["deploy"]
    assert deploy["needs"] == "check"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "deploy-pages" in deploy["steps"][0]["uses"]
    assert any("upload-pages-artifact" in s.get("uses", "") for s in jobs["check"]["steps"])


def test_reviews_run_weekly_and_never_on_pull_requests():
    on = triggers(load(ROOT / ".github/workflows/reviews.yml"))
    assert "schedule" in on and "pull_request" not in on and "push" not in on


def test_the_pre_commit_hook_runs_the_validator():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    entries = [hook["entry"] for hook in hooks]
    assert any("krishandbok validate" in entry for entry in entries)
    for arguments in krishandbok_commands(entries):
        build_parser().parse_args(arguments)
