"""The Övningar pages in Chromium: WCAG 2.1 A/AA at 1280 and 360 px, the mark, no sideways scroll."""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, PHONE, describe, run_axe

pytestmark = pytest.mark.browser


def _exercise_pages(site, folder: str) -> list[str]:
    pages = [p for p in site.pages() if p.startswith(f"{folder}/")]
    assert pages, f"no {folder}/ pages in the site"
    return pages + ["tackning/index.html" if folder == "ovningar" else "coverage/index.html"]


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_exercise_pages_have_no_axe_violations(browsing, site, english_site, width):
    page = browsing(width).new_page()
    found = {}
    for served, folder in ((site, "ovningar"), (english_site, "exercises")):
        for path in _exercise_pages(served, folder):
            page.goto(served.url(path))
            violations = run_axe(page)
            if violations:
                found[path] = describe(violations)
            if width == PHONE:
                wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
                assert not wide, f"{path} scrolls sideways at {width} px"
    assert not found, "\n".join(f"{path}: {what}" for path, what in found.items())


def test_plan_page_is_marked_and_links_the_pack(browsing, site):
    page = browsing(DESKTOP).new_page()
    plans = [p for p in site.pages() if p.startswith("ovningar/") and p.count("/") == 2 and p.endswith("/index.html")]
    assert plans
    for path in plans:
        page.goto(site.url(path))
        assert page.locator(".kh-exercise-mark").inner_text() == "ÖVNING"
        pdf = page.locator('a[type="application/pdf"]')
        assert pdf.count() == 1 and pdf.get_attribute("href").endswith(".pdf")
