"""Checklists you can tick: by keyboard, kept per checklist in localStorage with the time,
reset, and printed with empty boxes."""

from __future__ import annotations

import json

import pytest

from krishandbok import validate
from krishandbok.render import Site as Pages
from krishandbok.render.labels import Labels

from .conftest import SITE_DATA

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def handbook():
    return validate(SITE_DATA).handbook


def _checklists(handbook, count: int = 2) -> list[str]:
    ids = [cid for cid, c in handbook.checklists.items() if len(c.items) >= 2][:count]
    assert len(ids) == count, "the example handbook needs checklists with two items or more"
    return ids


def _url(site, handbook, checklist_id: str) -> str:
    path = Pages(handbook).path("checklist", checklist_id)[: -len(".md")]
    return site.url(f"{path}.html" if site.base.startswith("file:") else f"{path}/index.html")


def _ticked(page) -> list[bool]:
    return page.eval_on_selector_all("input.kh-check", "boxes => boxes.map(b => b.checked)")


def test_ticks_persist_with_their_time_per_checklist(page, site, handbook):
    first, second = _checklists(handbook)
    t = Labels(handbook.language)
    total = len(handbook.checklists[first].items)
    page.goto(_url(site, handbook, first))
    progress = page.locator(".kh-progress")
    assert progress.get_attribute("aria-live") == "polite"
    assert progress.text_content() == t("checklist.progress", done="0", total=str(total))

    page.locator("input.kh-check").nth(1).focus()
    page.keyboard.press("Space")  # keyboard only
    assert _ticked(page)[:2] == [False, True]
    time = page.locator("li.kh-item").nth(1).locator("time.kh-ticked")
    ticked_at = time.get_attribute("datetime")
    assert time.count() == 1 and ticked_at
    assert t("checklist.ticked", time="").strip() in time.text_content()
    assert progress.text_content() == t("checklist.progress", done="1", total=str(total))

    page.reload()
    assert _ticked(page)[:2] == [False, True]
    assert time.get_attribute("datetime") == ticked_at, "the time it was ticked, not the time of loading"
    stored = json.loads(page.evaluate(f"localStorage.getItem('krishandbok:checklist:{first}')"))
    assert list(stored) == [f"kh-{first}-2"] and stored[f"kh-{first}-2"]["at"]

    page.goto(_url(site, handbook, second))
    assert not any(_ticked(page)), "another checklist keeps its own ticks"

    page.goto(_url(site, handbook, first))
    page.locator("input.kh-check").nth(1).focus()
    page.keyboard.press("Space")  # untick
    assert not any(_ticked(page)) and page.locator("time.kh-ticked").count() == 0
    assert page.evaluate(f"localStorage.getItem('krishandbok:checklist:{first}')") is None


def test_reset_asks_then_clears_the_checklist(page, site, handbook):
    (checklist_id,) = _checklists(handbook, 1)
    page.goto(_url(site, handbook, checklist_id))
    boxes = page.locator("input.kh-check")
    boxes.nth(0).check()
    boxes.nth(1).check()
    reset = page.locator(".kh-reset-checklist")
    assert reset.is_visible()

    page.once("dialog", lambda dialog: dialog.dismiss())
    reset.focus()
    page.keyboard.press("Enter")
    assert _ticked(page)[:2] == [True, True], "cancelling keeps the ticks"

    page.once("dialog", lambda dialog: dialog.accept())
    page.keyboard.press("Enter")
    assert not any(_ticked(page))
    assert page.locator("time.kh-ticked").count() == 0
    page.reload()
    assert not any(_ticked(page))


def test_printing_shows_empty_boxes(page, site, handbook):
    (checklist_id,) = _checklists(handbook, 1)
    page.goto(_url(site, handbook, checklist_id))
    boxes = page.locator("input.kh-check")
    boxes.nth(0).check()
    boxes.nth(0).blur()  # a focus ring is the screen's, not the paper's
    page.emulate_media(media="print")
    assert page.locator("time.kh-ticked").first.is_hidden()
    assert page.locator(".kh-checklist-tools").is_hidden()
    # The same box ticked and then not: one place on the page, so the pixels compare exactly
    # (two different boxes can differ at sub-pixel positions).
    ticked = boxes.nth(0).screenshot()
    boxes.nth(0).evaluate("box => { box.checked = false; box.blur(); }")
    assert ticked == boxes.nth(0).screenshot(), "a ticked box prints like an empty one"
    assert boxes.nth(0).evaluate("box => getComputedStyle(box).appearance") == "none"
