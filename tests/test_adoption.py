"""A municipality adopts Krishandbok: its own handbook in data/ of a copy of the project
(docs/ kept) builds strictly and passes the generic checks; and a new upstream version
merges without conflicts in its data/ and docs/*.md (scripts/merge-upstream).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT, TEST_HANDBOOKS
from handbook_checks import check_binder, check_site

from krishandbok import validate

pytestmark = pytest.mark.slow

# What a fork of the project holds besides data/ (tests and CI are not needed to build).
PROJECT = ("mkdocs.yml", "docs", "hooks", "overrides", "schemas", "scripts", "Makefile", "pyproject.toml")


def copy_project(target: Path, data: Path) -> Path:
    target.mkdir(parents=True)
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        elif source.is_file():
            shutil.copy2(source, target / name)
    shutil.copytree(data, target / "data")
    return target


def mkdocs_build(project: Path, site: Path, pdf: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    env.update(NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="1" if pdf else "0")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=project, timeout=600,
    )


# --------------------------------------------------------------------------- another handbook in data/


@pytest.mark.parametrize("name", ["sodertuna", "minimal"])
def test_another_handbook_in_data_builds_strictly_with_docs_kept(tmp_path, name):
    project = copy_project(tmp_path / "project", TEST_HANDBOOKS[name])
    pdf = name == "sodertuna"  # the binder once: it takes seconds
    result = mkdocs_build(project, tmp_path / "site", pdf)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    handbook = validate(project / "data").handbook
    check_site(tmp_path / "site", handbook, project / "docs")
    if pdf:
        check_binder(tmp_path / "site", handbook)


# --------------------------------------------------------------------------- taking a new upstream version


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="T",
               GIT_COMMITTER_EMAIL="t@example.org", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert result.returncode == 0, (args, result.stderr)
    return result


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_new_upstream_version_merges_without_touching_the_municipalitys_handbook(tmp_path):
    # Upstream: the project with its example handbook.
    upstream = copy_project(tmp_path / "upstream", EXAMPLE)
    git(upstream, "init", "-q", "-b", "main")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "upstream 1")

    # The municipality's fork: its own handbook (other files, other ids), its own words on a
    # hand-written page, its own edit_uri.
    fork = tmp_path / "fork"
    git(tmp_path, "clone", "-q", "-o", "upstream", str(upstream), str(fork))
    shutil.rmtree(fork / "data")
    shutil.copytree(TEST_HANDBOOKS["sodertuna"], fork / "data")
    append(fork / "docs" / "om.md", "\nSödertuna kommun äger den här handboken.\n")
    mkdocs = fork / "mkdocs.yml"
    lines = mkdocs.read_text(encoding="utf-8").splitlines(keepends=True)
    mkdocs.write_text("".join("edit_uri: https://git.sodertuna.example/kris/edit/main/docs/\n"
                              if line.startswith("edit_uri:") else line for line in lines), encoding="utf-8")
    git(fork, "add", "-A")
    git(fork, "commit", "-q", "-m", "Södertuna's handbook")
    ours_before = git(fork, "rev-parse", "HEAD:data").stdout.strip()

    # Upstream moves on: the engine, the assets, the config, its example data and its pages.
    append(upstream / "hooks" / "krishandbok" / "__init__.py", "\n# upstream 2\n")
    append(upstream / "docs" / "assets" / "krishandbok.css", "\n/* upstream 2 */\n")
    append(upstream / "mkdocs.yml", "\n# upstream 2\n")
    append(upstream / "data" / "roles.yaml", "\n# upstream 2\n")
    append(upstream / "docs" / "om.md", "\nNytt stycke från upstream.\n")
    template = next((upstream / "data" / "templates").glob("*.yaml"))
    shutil.copy(template, template.with_name("upstream-new.yaml"))
    next((upstream / "data" / "checklists").glob("*.yaml")).unlink()
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "upstream 2")

    git(fork, "fetch", "-q", "upstream")
    plain = git(fork, "merge-tree", "--write-tree", "HEAD", "upstream/main", check=False)
    assert plain.returncode == 1, "a plain git merge should conflict here, or this test shows nothing"

    merged = subprocess.run([str(fork / "scripts" / "merge-upstream"), "upstream/main"], cwd=fork,
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.org",
                                     GIT_COMMITTER_NAME="T", GIT_COMMITTER_EMAIL="t@example.org"))
    assert merged.returncode == 0, merged.stderr
    assert git(fork, "status", "--porcelain").stdout == ""
    assert len(git(fork, "rev-list", "--parents", "-n", "1", "HEAD").stdout.split()) == 3  # a merge commit
    assert git(fork, "rev-parse", "HEAD:data").stdout.strip() == ours_before
    assert git(fork, "diff", "HEAD~1", "HEAD", "--", "docs/om.md").stdout == ""
    assert "/* upstream 2 */" in (fork / "docs" / "assets" / "krishandbok.css").read_text(encoding="utf-8")
    assert "# upstream 2" in (fork / "hooks" / "krishandbok" / "__init__.py").read_text(encoding="utf-8")
    config = mkdocs.read_text(encoding="utf-8")
    assert "# upstream 2" in config and "git.sodertuna.example" in config

    result = mkdocs_build(fork, tmp_path / "site", pdf=False)
    assert result.returncode == 0, result.stderr
    check_site(tmp_path / "site", validate(fork / "data").handbook, fork / "docs")
