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


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def _runs(job: dict) -> list[str]:
    return [line.strip() for step in _steps(job) for line in step.get("run", "").splitlines() if line.strip()]


def test_the_content_lane_validates_builds_checks_and_previews():
    workflow = load(ROOT / ".github/workflows/handbook.yml")
    assert {"pull_request", "push"} <= set(triggers(workflow))
    content = workflow["jobs"]["content"]
    assert "if" not in content and "needs" not in content  # every pull request, every push to main
    lines = _runs(content)
    assert any("krishandbok validate data --format github" in line for line in lines)
    assert "make build" in lines and "make test-handbook" in lines and "make test" not in lines
    assert "make venv-checks" in lines  # no Playwright, no npm, no Chromium
    artifacts = [s["with"]["path"] for s in _steps(content) if "upload-artifact" in s.get("uses", "")]
    assert artifacts[0] == "site/"
    assert artifacts[1].split() == ["site/krishandbok*.pdf", "site/kriskort*.pdf"]  # the binder and pocket cards
    assert any("krishandbok changes" in line for line in _runs(workflow["jobs"]["changes"]))


def test_the_engine_lane_runs_everything_unless_only_the_handbook_changed():
    jobs = load(ROOT / ".github/workflows/handbook.yml")["jobs"]
    engine = jobs["engine"]
    assert engine["needs"] == "scope" and "needs.scope.outputs.engine == 'true'" in engine["if"]
    assert "make test" in _runs(engine) and "npm ci --no-audit --no-fund" in _runs(engine)
    decide = next(s for s in _steps(jobs["scope"]) if s.get("id") == "paths")["run"]
    pattern = re.search(r"grep -qvE '([^']+)'", decide).group(1)
    content_only = ["data/roles.yaml", "data/templates/a.yaml", "docs/om.md"]
    engine_too = ["hooks/krishandbok/model.py", "docs/assets/krishandbok.js", "tests/test_site.py",
                  "pyproject.toml", ".github/workflows/handbook.yml", "mkdocs.yml"]
    assert all(re.search(pattern, path) for path in content_only)
    assert not any(re.search(pattern, path) for path in engine_too)


def test_every_checkout_has_the_whole_history():
    """The edition label counts the data's commits: a shallow clone would count wrong."""
    for name in ("handbook.yml",):
        for job in load(ROOT / ".github/workflows" / name)["jobs"].values():
            for step in _steps(job):
                if "actions/checkout" in step.get("uses", ""):
                    assert step["with"]["fetch-depth"] == 0, job.get("name")


def test_every_lane_uses_the_projects_python():
    workflow = load(ROOT / ".github/workflows/handbook.yml")
    setup = [s for job in workflow["jobs"].values() for s in _steps(job) if "setup-python" in s.get("uses", "")]
    assert setup and all(s["with"]["python-version"] == "3.11" for s in setup)


def test_main_is_deployed_to_pages():
    jobs = load(ROOT / ".github/workflows/handbook.yml")["jobs"]
    deploy = jobs["deploy"]
    assert deploy["needs"] == "content"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "deploy-pages" in deploy["steps"][0]["uses"]
    assert any("upload-pages-artifact" in s.get("uses", "") for s in jobs["content"]["steps"])


def test_ci_run_runs_the_readmes_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and re.search(r"^make test$", script, re.M)


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
