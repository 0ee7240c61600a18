"""The page `mkdocs serve` shows while the handbook has errors: WCAG 2.1 AA on a desktop and
on a phone, and every problem readable (tests/test_serve.py runs the server itself)."""

from __future__ import annotations

import shutil

import pytest
from conftest import ENGLISH, edit

from krishandbok import validate
from krishandbok.render.problem_page import problem_page

from .conftest import DESKTOP, PHONE, describe, run_axe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_the_problem_page_is_accessible(browsing, tmp_path, width):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "roles.yaml", "deputy: planner", "deputy: planer")
    edit(data / "channels.yaml", "    kind: web", "    kind: web\n    knd: web")
    report = validate(data, display_dir="data")
    assert not report.ok
    page_file = tmp_path / "index.html"
    page_file.write_text(problem_page(report.problems, report.handbook.language, "data"), encoding="utf-8")
    page = browsing(width).new_page()
    page.goto(page_file.as_uri())
    items = page.locator("ol.kh-problems > li")
    assert items.count() == len(report.errors)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
    violations = run_axe(page)
    assert not violations, describe(violations)
