"""The offline build (`make offline`) opened from file:// with every other request blocked:
navigation, search, the filler and the checklists work, and nothing leaves the machine."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from krishandbok import validate
from krishandbok.render import Site as Pages
from krishandbok.text import outgoing_text

from .conftest import IFRAME_WORKER, PHONE, SITE_DATA, search

pytestmark = pytest.mark.browser


def test_the_vendored_iframe_worker_is_the_npm_package(browser):  # browser: skips or fails without npm ci
    vendored = ROOT / "docs" / "assets" / "vendor" / "iframe-worker" / "shim.js"
    assert vendored.read_bytes() == IFRAME_WORKER.read_bytes(), "copy node_modules/iframe-worker/shim/index.js again"


def test_no_page_loads_anything_from_outside(offline_site):
    pattern = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.I)
    for path in offline_site.pages():
        html = (offline_site.root / path).read_text(encoding="utf-8")
        for match in pattern.finditer(html):
            tag = html[match.start(): html.find(">", match.start()) + 1]
            assert 'rel="canonical"' in tag or 'rel="alternate"' in tag, f"{path}: {tag}"


@pytest.mark.parametrize("width", [1280, PHONE])
def test_navigation_search_filler_and_checklists_from_file(browsing, offline_site, width):
    handbook = validate(SITE_DATA).handbook
    session = browsing(width)
    page = session.new_page()
    page.goto(offline_site.url("index.html"))
    assert page.url.startswith("file://")

    # navigation: follow links the way a reader does, to a checklist and a template
    checklist_id = next(iter(handbook.checklists))
    link = page.locator(f"a[href$='{checklist_id}.html']").first
    if not link.is_visible():  # on a phone the link sits in the drawer
        page.goto(offline_site.url(Pages(handbook).path("checklist").replace(".md", ".html")))
        link = page.locator(f"article a[href$='{checklist_id}.html']").first
    link.click()
    page.wait_for_url(f"**/{checklist_id}.html")
    assert page.locator("article h1").inner_text().startswith(handbook.checklists[checklist_id].title)

    # checklists: tick by keyboard, and the tick is still there after reloading
    page.locator("input.kh-check").first.focus()
    page.keyboard.press("Space")
    page.reload()
    assert page.locator("input.kh-check").first.is_checked()
    assert page.locator("time.kh-ticked").count() == 1

    # the filler
    template_id, template = next((i, t) for i, t in handbook.templates.items() if t.placeholders)
    page.goto(offline_site.url(Pages(handbook).path("template", template_id).replace(".md", ".html")))
    page.locator(".kh-field-input").first.fill("offline")
    values = {next(iter(template.placeholders)): "offline"}  # the other fields stay empty: {name}
    shown = page.eval_on_selector(".kh-channel-text:not([hidden])", "b => [b.dataset.channel, b.dataset.out]")
    assert shown[1] == outgoing_text(template.text_for(shown[0]), values)

    # search, in Material's worker run through iframe-worker, with the stems added
    results = search(page, "vattenläckorna")
    assert results, "search finds nothing offline"
    page.locator("a.md-search-result__link").first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and ".html" in page.url

    assert session.external == [], f"requests left the machine: {session.external}"
