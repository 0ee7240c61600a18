"""Handbook text that tries to become script, in real Chromium: it stays text on every page.

The handbook's title becomes the site's name, which the theme prints inside attributes;
entity names become page titles, navigation entries and search results. A hostile
value must neither run (window.pwned stays unset) nor add an event-handler attribute
anywhere, on any page, the 404 page and the search results included; and it must still
read as written.
"""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import ENGLISH, edit

from .conftest import Site, build_site, search

pytestmark = pytest.mark.browser

TITLE = 'Crisis & "Handbook" onfocus="window.pwned=1" autofocus="\' onmouseover=\'window.pwned=2'
ROLE = 'Planner" onmouseover="window.pwned=3" x="'
AUDIENCE = "Staff' autofocus onfocus='window.pwned=4"
# Entities that a filter on the way might decode into markup.
CHANNEL = "Web &lt;/title&gt;&lt;img src=x onerror=window.pwned=5&gt; &#60;b&#62;"

HANDLERS = """() => [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => element.tagName + ' ' + a.name))"""


@pytest.fixture(scope="module")
def hostile_site(browser, serve, tmp_path_factory) -> Site:
    data = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(ENGLISH, data)
    quoted = TITLE.replace("'", "''")  # YAML's single-quoted style
    edit(data / "handbook.yaml", "title: Crisis Handbook of Sampletown", f"title: '{quoted}'")
    edit(data / "roles.yaml", "name: Emergency planner", f"name: '{ROLE}'")
    edit(data / "audiences.yaml", "name: Staff", f"name: \"{AUDIENCE}\"")
    edit(data / "channels.yaml", "name: Website", f"name: '{CHANNEL}'")
    root = build_site(tmp_path_factory.mktemp("hostile-site") / "site", data)
    return Site(root, serve(root))


def _check(page) -> None:
    page.wait_for_load_state("load")
    page.wait_for_timeout(50)  # autofocus and focus events fire after load
    assert page.evaluate("window.pwned") is None
    assert page.evaluate(HANDLERS) == []


def test_no_page_runs_script_from_the_handbook(hostile_site, page):
    pages = [p for p in hostile_site.pages() if not p.startswith("assets/")]
    assert "404.html" in pages and len(pages) > 10
    for path in pages:
        page.goto(hostile_site.url(path))
        _check(page)
        page.mouse.move(5, 5)  # over the header's logo and title
        page.mouse.move(200, 30)
        assert page.evaluate("window.pwned") is None, path


def test_the_title_reads_as_written(hostile_site, page):
    page.goto(hostile_site.url())
    _check(page)
    assert page.title().endswith(TITLE)
    header = page.locator(".md-header__topic").first.text_content()
    assert re.sub(r"\s+", " ", header).strip() == TITLE
    assert page.locator("a.md-header__button.md-logo").get_attribute("aria-label") == TITLE


def test_names_read_as_written_in_titles_and_search(hostile_site, page):
    page.goto(hostile_site.url("roles/planner/"))
    _check(page)
    assert page.title().startswith(ROLE)
    page.goto(hostile_site.url("channels/website/"))
    _check(page)
    assert page.locator("h1").first.text_content().rstrip("¶").strip() == CHANNEL  # ¶: the permalink
    results = search(page, "Planner")
    _check(page)
    assert any("roles/planner" in result for result in results)
