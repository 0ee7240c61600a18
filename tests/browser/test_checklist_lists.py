"""A checklist item whose text holds a Markdown list (the contract allows lists in text):
valid list HTML, a labelled checkbox, and no axe violation at either width."""

from __future__ import annotations

import shutil

import pytest
from conftest import ENGLISH, edit

from .conftest import DESKTOP, PHONE, Site, build_site, describe, run_axe

pytestmark = pytest.mark.browser

ITEMS = (
    "items:\n"
    "  - |\n    Confirm the facts:\n\n    - what happened\n    - where *exactly*\n"
    "  - |\n    - only a list\n    - second\n"
)


@pytest.fixture(scope="module")
def list_site(browser, serve, tmp_path_factory) -> Site:
    data = tmp_path_factory.mktemp("lists") / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "checklists" / "first-hour.yaml", "items:\n", ITEMS)
    root = build_site(tmp_path_factory.mktemp("lists-site") / "site", data)
    return Site(root, serve(root))


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_an_item_with_a_list_is_a_list_in_a_list_item(list_site, browsing, width):
    page = browsing(width).new_page()
    page.goto(list_site.url("checklists/first-hour/"))
    assert page.evaluate("document.querySelectorAll('ul.kh-checklist > :not(li)').length") == 0
    assert page.evaluate("document.querySelectorAll('ul.kh-checklist li.kh-item ul > li').length") == 4
    for index, name in ((1, "Confirm the facts:"), (2, "only a list second")):
        box = page.locator(f"#kh-first-hour-{index}")
        assert " ".join(page.evaluate("(box) => box.labels[0].textContent", box.element_handle()).split()) == name
        box.check()
        assert box.is_checked()
    violations = run_axe(page)
    assert not violations, describe(violations)
