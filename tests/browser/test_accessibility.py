"""WCAG 2.1 A and AA on every page of the built site, on a desktop and on a phone.

axe-core (npm) runs in Chromium after the page's own scripts; its rules are never switched
off here: what it finds is fixed in the renderers and the CSS.
"""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, PHONE, describe, run_axe

pytestmark = pytest.mark.browser

# Pages people read on a phone in a crisis: they must fit 360 px without sideways scrolling.
PHONE_FOLDERS = ("roller/", "scenarier/", "checklistor/", "mallar/")  # the test handbook is Swedish
KINDS = ("role", "audience", "channel", "scenario", "template", "checklist")


@pytest.mark.parametrize("which", ["site", "example_site"])
@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_every_page_has_no_axe_violations(request, browsing, which, width):
    """On the test handbook and on the handbook in data/ (whatever it holds)."""
    site = request.getfixturevalue(which)
    page = browsing(width).new_page()
    pages = site.pages()
    assert len(pages) > len(KINDS), "a page per entity, per kind and the hand-written ones"
    found = {}
    for path in pages:
        page.goto(site.url(path))
        violations = run_axe(page)
        if violations:
            found[path] = describe(violations)
    print(f"axe checked {len(pages)} pages at {width} px: {len(found)} with violations")
    assert not found, "\n".join(f"{path}: {what}" for path, what in found.items())


def test_no_sideways_scrolling_on_a_phone(browsing, site):
    page = browsing(PHONE).new_page()
    pages = [p for p in site.pages() if p.startswith(PHONE_FOLDERS) or p == "index.html"]
    assert any(p.startswith("roller/") for p in pages) and any(p.startswith("checklistor/") for p in pages)
    too_wide = {}
    for path in pages:
        page.goto(site.url(path))
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1]:
            too_wide[path] = width
    assert not too_wide, too_wide


def test_wide_tables_scroll_by_keyboard(browsing, site):
    """A table wider than the phone scrolls in a region that takes focus and has a name."""
    page = browsing(PHONE).new_page()
    page.goto(site.url("tackning/index.html"))  # the coverage grids; the matrix turns into cards
    regions = page.locator("article [role=region][tabindex='0']")
    assert regions.count() > 0, "the coverage grid is wider than a phone"
    region = regions.first
    region.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"
    assert region.get_attribute("aria-labelledby") or region.get_attribute("aria-label")
    before = region.evaluate("el => el.scrollLeft")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("el => el.scrollLeft > 0", arg=region.element_handle())
    assert region.evaluate("el => el.scrollLeft") > before


def test_offline_build_has_no_axe_violations_on_its_tools(browsing, offline_site):
    """The same checks from file:// on a template page and a checklist (the tools are scripts)."""
    page = browsing(PHONE).new_page()
    pages = offline_site.pages()
    template = next(p for p in pages if p.startswith("mallar/") and p != "mallar/index.html")
    checklist = next(p for p in pages if p.startswith("checklistor/") and p != "checklistor/index.html")
    for path in (template, checklist, "index.html"):
        page.goto(offline_site.url(path))
        violations = run_axe(page)
        assert not violations, f"{path}: {describe(violations)}"


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_english_handbook_has_no_axe_violations(browsing, english_site, width):
    page = browsing(width).new_page()
    found = {}
    for path in english_site.pages():
        page.goto(english_site.url(path))
        violations = run_axe(page)
        if violations:
            found[path] = describe(violations)
    assert not found, "\n".join(f"{path}: {what}" for path, what in found.items())
