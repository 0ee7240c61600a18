"""The first hour on a 360 px phone: from the start page, for a scenario and a role, the role's
first-hour list in time order, the first message ready to copy, and who decides the next level,
each within 3 taps and 2 screen-heights of scrolling. On the example and on the English handbook;
what is expected comes from the loaded handbook, never from this file.
"""

from __future__ import annotations

import pytest
from conftest import ENGLISH, EXAMPLE

from krishandbok import firsthour, validate
from krishandbok.render.labels import Labels
from krishandbok.text import outgoing_text

from .conftest import DESKTOP, PHONE, SITE_DATA, describe, run_axe

pytestmark = pytest.mark.browser
SCREEN = {"width": PHONE, "height": 640}
MAX_SCROLL = 2  # screen-heights


def _plan(data_dir):
    """The first scenario on the start page, and the role of its team with the most first-hour items."""
    handbook = validate(data_dir).handbook
    scenario_id = next(iter(handbook.scenarios))
    scenario = handbook.scenarios[scenario_id]

    def steps(role_id):
        first, _ = firsthour.role_steps(handbook, role_id)
        return [s for s in first if s.scenarios is None or scenario_id in s.scenarios]

    role_id = max([scenario.lead, *scenario.roles], key=lambda r: len(steps(r)))
    return handbook, scenario_id, role_id, steps(role_id)


def _scroll_needed(page, locator, landed: float = 0) -> float:
    """Screen-heights of scrolling from where the page opened (`landed`: its scrollY then, e.g.
    at an anchor) until the element is fully in view."""
    box = locator.evaluate("el => { const r = el.getBoundingClientRect(); return [r.top + scrollY, r.height]; }")
    return max(0.0, box[0] + box[1] - landed - SCREEN["height"]) / SCREEN["height"]


@pytest.mark.parametrize(("which", "data_dir"), [
    ("example_site", EXAMPLE), ("english_site", ENGLISH), ("site", SITE_DATA),
])
def test_first_hour_on_a_phone(request, browsing, which, data_dir):
    built = request.getfixturevalue(which)
    handbook, scenario_id, role_id, expected = _plan(data_dir)
    scenario = handbook.scenarios[scenario_id]
    page = browsing(PHONE).new_page()
    page.set_viewport_size(SCREEN)
    page.goto(built.url())

    taps = 0
    start_link = page.locator("article .kh-chips a", has_text=scenario.name).first
    assert _scroll_needed(page, start_link) <= MAX_SCROLL
    start_link.click()
    taps += 1
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text().strip().rstrip("¶") == scenario.name

    # The first message, ready to copy: the preview and its copy button.
    template_id = firsthour.first_message(handbook, scenario_id)
    copy = page.locator(f"article .kh-copy[data-template='{template_id}']")
    assert _scroll_needed(page, copy) <= MAX_SCROLL, "the copy button is too far down"
    template = handbook.templates[template_id]
    channel_id = page.eval_on_selector(".kh-channel-text:not([hidden])", "block => block.dataset.channel")
    if template.placeholders:  # nothing typed yet: copying asks first, and every {name} stays visible
        page.once("dialog", lambda dialog: dialog.accept())
    copy.click()
    published = outgoing_text(template.text_for(channel_id), {})
    page.wait_for_function("text => navigator.clipboard.readText().then(c => c === text)", arg=published)

    # Who decides the next level (or that this is the top level).
    label = Labels(handbook.language)("scenario.next_level")
    line = page.locator("article li", has_text=label).first
    upper = firsthour.next_level(handbook, scenario.level)
    if upper:
        decider = handbook.roles[handbook.levels[upper].decided_by].name
        assert handbook.levels[upper].name in line.inner_text() and decider in line.inner_text()
    assert _scroll_needed(page, line) <= MAX_SCROLL, "who decides the next level is too far down"

    # The role's first hour for this scenario, in time order.
    role_name = handbook.roles[role_id].name
    role_link = page.locator("article .kh-chips a", has_text=role_name).first
    assert _scroll_needed(page, role_link) <= MAX_SCROLL, "the role links are too far down"
    role_link.click()
    taps += 1
    page.wait_for_selector("form.kh-filter:not([hidden])")
    landed = page.evaluate("scrollY")  # the link opens the card at its first hour
    items = page.locator("article ol.kh-steps").first.locator(":scope > li:not([hidden])")
    assert items.count() == len(expected)
    shown = [items.nth(n).inner_text().split("\n")[0].strip() for n in range(items.count())]
    assert shown == [" ".join(s.item.text.split()) for s in expected]
    minutes = [s.minutes for s in expected]
    assert minutes == sorted(minutes), "the first hour is in time order"
    assert _scroll_needed(page, items.last, landed) <= MAX_SCROLL, "the first-hour list is too far down"
    assert taps <= 3

    # The scenario chosen is remembered: the role card opened without ?scenario= shows the same.
    page.goto(built.url(page.url.split("?")[0].removeprefix(built.url())))
    page.wait_for_selector("form.kh-filter:not([hidden])")
    assert page.locator("form.kh-filter select[data-key='scenario']").input_value() == scenario_id


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_tone_alerting_and_filtered_matrix_pass_axe(browsing, example_site, width):
    site = example_site
    page = browsing(width).new_page()
    t = {"tone": "sa-kommunicerar-vi/", "alerting": "larma-och-samverka/"}
    found = {}
    for name, path in t.items():
        page.goto(site.url(path))
        assert page.locator("article h2").count() >= 2, f"the {name} page has its sections"
        found[name] = describe(run_axe(page))
    handbook = validate(EXAMPLE).handbook
    scenario_id, audience_id = next(iter(handbook.scenarios)), next(iter(handbook.audiences))
    page.goto(site.url(f"matris/?scenario={scenario_id}"))
    page.wait_for_selector("form.kh-filter:not([hidden])")
    page.select_option("form.kh-filter select[data-key='audience']", audience_id)
    rows = page.locator("table.kh-matrix tbody tr:not([hidden])")
    assert 0 < rows.count() < page.locator("table.kh-matrix tbody tr").count()
    for n in range(rows.count()):
        row = rows.nth(n)
        assert row.get_attribute("data-scenario") in ("*",) or scenario_id in row.get_attribute("data-scenario").split()
        assert audience_id in row.get_attribute("data-audience").split()
    # every column is visible: nothing of the table is outside the page's width
    overflow = page.evaluate("(() => { const t = document.querySelector('table.kh-matrix');"
                             " return t.scrollWidth - t.clientWidth; })()")
    assert overflow <= 1
    found["matrix"] = describe(run_axe(page))
    assert not any(found.values()), found


def test_editor_pages_are_not_in_the_staff_search(example_site):
    pages = {doc["location"].split("#")[0] for doc in example_site.search_index()["docs"]}
    assert "sa-kommunicerar-vi/" in pages and "larma-och-samverka/" in pages
    assert not {p for p in pages if p.startswith(("referens/", "tackning/", "redigera/"))}
