"""The handbook in data/, whatever a municipality has written there: it validates, builds
strictly, gets its binder, and every entity has its page (tests/handbook_checks.py).

Nothing here names the example's content. The content lane of CI runs only these
(`make test-handbook`, `pytest -m handbook`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT
from handbook_checks import check_binder, check_site

from krishandbok import validate

pytestmark = [pytest.mark.handbook, pytest.mark.slow]


@pytest.fixture(scope="module")
def handbook():
    return validate(EXAMPLE).handbook


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The site built strictly from data/ with its PDFs; KRISHANDBOK_BUILT_SITE names one
    that `make build` already wrote (CI's content lane builds once)."""
    given = os.environ.get("KRISHANDBOK_BUILT_SITE")
    if given:
        return (ROOT / given).resolve()
    site = tmp_path_factory.mktemp("handbook") / "site"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    env.update(NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return site


def test_the_handbook_has_no_errors():
    report = validate(EXAMPLE, display_dir="data")
    assert report.ok, "\n".join(problem.format(report.handbook.language) for problem in report.problems)


def test_every_entity_has_its_page(built, handbook):
    check_site(built, handbook, ROOT / "docs")


def test_the_binder_and_pocket_cards_are_written(built, handbook):
    check_binder(built, handbook)
