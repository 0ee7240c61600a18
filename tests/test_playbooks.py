"""Playbook pages from the engine: first actions in the handbook's order, time-ordered first
hours and timelines, organisations and public numbers. Expectations come from the loaded
handbook, so the tests hold for any valid handbook that has the features they edit in."""

from __future__ import annotations

import re

from conftest import ENGLISH, edit

from krishandbok import firsthour, validate
from krishandbok.render import render_site
from krishandbok.render.guidance import footer_phones


def _pages(data_dir):
    report = validate(data_dir)
    assert report.ok, [p.format() for p in report.errors]
    return report.handbook, {page.path: page.markdown for page in render_site(report.handbook)}


def _positions(markdown: str, texts) -> list[int]:
    return [markdown.index(text) for text in texts]


def test_first_actions_are_shown_in_the_order_written(handbook_dir):
    scenarios = handbook_dir / "scenarios.yaml"
    text = scenarios.read_text()
    block = text[text.index("    first_actions:\n") + len("    first_actions:\n"):text.index("    key_messages:")]
    actions = re.split(r"(?m)^(?=      - text:)", block)[1:]
    scenarios.write_text(text.replace(block, "".join(reversed(actions))))
    handbook, pages = _pages(handbook_dir)
    scenario_id, scenario = next(iter(handbook.scenarios.items()))
    markdown = pages[f"scenarios/{scenario_id}.md"]
    written = [a.text for a in scenario.first_actions]
    original = validate(ENGLISH).handbook.scenarios[scenario_id].first_actions
    assert written == [a.text for a in reversed(original)], "the edit reversed the order"
    positions = _positions(markdown, written)
    assert positions == sorted(positions), "first actions keep the order of the file"
    assert markdown.index("## Do this now") < markdown.index("## First message") < markdown.index("## Timeline")


def test_role_first_hour_is_time_ordered_deduplicated_and_within_an_hour(handbook_dir):
    checklist = handbook_dir / "checklists" / "first-hour.yaml"
    checklist.write_text(checklist.read_text() + (
        "  - text: Publish the first message.\n    within: 5 min\n"
        "  - text: Check the phones.\n    within: 2 h\n"
        "  - text: Brief the press.\n    within: 45 min\n"
        "  - text: Tidy the desk.\n    within: some time\n"))
    handbook, pages = _pages(handbook_dir)
    first, rest = firsthour.role_steps(handbook, "press-officer")
    texts = [s.item.text for s in first]
    assert len(texts) == len(set(texts)), "an item written twice is listed once"
    assert [s.minutes for s in first] == sorted(s.minutes for s in first)
    assert all(s.minutes is not None and s.minutes <= 60 for s in first)
    assert {"Check the phones.", "Tidy the desk."} <= {s.item.text for s in rest}
    card = pages["roles/press-officer.md"]
    assert _positions(card, texts) == sorted(_positions(card, texts))
    assert card.index("Brief the press.") < card.index("Check the phones.")
    assert "{#forsta-timmen}" in card


def test_timeline_buckets_and_unknown_time_last(handbook_dir):
    handbook, _ = _pages(handbook_dir)
    scenario_id = next(iter(handbook.scenarios))
    buckets = dict(firsthour.timeline(handbook, scenario_id))
    assert list(buckets) == ["30min", "hour", "day", "later"]
    assert all(s.minutes <= 30 for s in buckets["30min"])
    assert all(s.minutes > 1440 for s in buckets["later"] if s.minutes is not None)
    untimed = [s for s in buckets["later"] if s.minutes is None]
    assert untimed, "an item without a time box is never lost"


def test_next_level_and_who_decides_it(handbook_dir):
    handbook, pages = _pages(handbook_dir)
    levels = list(handbook.levels)
    for scenario_id, scenario in handbook.scenarios.items():
        markdown = pages[f"scenarios/{scenario_id}.md"]
        upper = firsthour.next_level(handbook, scenario.level)
        if levels.index(scenario.level) + 1 < len(levels):
            assert upper == levels[levels.index(scenario.level) + 1]
            assert handbook.roles[handbook.levels[upper].decided_by].name in markdown
        else:
            assert upper is None and "the highest level" in markdown


def test_organisations_and_public_numbers(handbook_dir):
    handbook, pages = _pages(handbook_dir)
    alerting = pages["alert-and-cooperate.md"]
    for org in handbook.organisations.values():
        assert org.name in alerting
    scenario_id = next(iter(handbook.scenarios))
    for oid in firsthour.organisations_for(handbook, scenario_id):
        assert handbook.organisations[oid].name in pages[f"scenarios/{scenario_id}.md"]
    phone = handbook.settings.phone
    assert 'href="tel:' + re.sub(r"[^\d+]", "", phone.switchboard) + '"' in pages["index.md"]
    assert phone.information_line in footer_phones(handbook)


def test_numbers_and_names_from_data_are_escaped(handbook_dir):
    edit(handbook_dir / "handbook.yaml", '  switchboard: "0100-100 00"', '  switchboard: "<script>x</script> 0100"')
    bad = 'name: "Radio <img src=x onerror=alert(1)>"'
    edit(handbook_dir / "organisations.yaml", "name: Local radio newsroom", bad)
    handbook = validate(handbook_dir).handbook
    assert "<script>" not in footer_phones(handbook) and "&lt;script&gt;" in footer_phones(handbook)
    pages = {p.path: p.markdown for p in render_site(handbook)}
    assert "<img" not in pages["alert-and-cooperate.md"]


def test_editor_pages_leave_search_and_sit_under_for_editors():
    from krishandbok.render import navigation

    handbook = validate(ENGLISH).handbook
    nav = navigation(handbook, ["strategi.md", "redigera.md", "om.md"])
    editors = next(entry for entry in nav if "For editors" in entry)["For editors"]
    assert "redigera.md" in editors and "referens.md" in editors and "coverage.md" in editors
    assert all("redigera.md" not in str(entry) for entry in nav if "For editors" not in entry)
    pages = {p.path: p.markdown for p in render_site(handbook)}
    assert pages["referens.md"].startswith("---\nsearch:\n  exclude: true\n---")
    assert pages["coverage.md"].startswith("---\nsearch:\n  exclude: true\n---")
