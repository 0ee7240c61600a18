"""A simulation exercise run in the browser: facilitator and feed windows, a reply through
the filler, a reload, the exported log; served and from file:// with the network blocked.

The exercise is the English test handbook's first simulation not yet held (its injects,
times and templates are read from the handbook, not written here); its run pages hold the
script, so they are in the internal build (the exercise staff's) only.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ENGLISH, EXAMPLE, ROOT

from krishandbok import validate
from krishandbok.render.exercise_run import VIEWS, run_path
from krishandbok.render.site import Site as Pages

from .conftest import DESKTOP, PHONE, Site, build_site, describe, run_axe

pytestmark = pytest.mark.browser

SPEED = 600  # ten exercise minutes a second


# An internal build: where the run pages of an exercise not yet held are (they hold its script).
STAFF_CONTACTS = 'contacts:\n  - name: Robin Staff\n    roles: [planner]\n    phone: "070-174 06 51"\n'


def _staff_build(tmp_path_factory, offline: bool) -> Path:
    folder = tmp_path_factory.mktemp("staff-offline" if offline else "staff")
    overlay = folder / "contacts.yaml"
    overlay.write_text(STAFF_CONTACTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_") and k != "OFFLINE"}
    env |= {"NO_MKDOCS_2_WARNING": "1", "KRISHANDBOK_PDF": "0", "HANDBOOK_DATA": str(ENGLISH),
            "HANDBOOK_PROFILE": "internal", "HANDBOOK_PRIVATE": str(overlay)} | ({"OFFLINE": "true"} if offline else {})
    root = folder / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(root)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def staff_site(browser, serve, tmp_path_factory) -> Site:
    root = _staff_build(tmp_path_factory, offline=False)
    return Site(root, serve(root))


@pytest.fixture(scope="module")
def staff_offline_site(browser, tmp_path_factory) -> Site:
    root = _staff_build(tmp_path_factory, offline=True)
    return Site(root, root.as_uri() + "/")


def _simulation():
    """The English handbook's first simulation not held yet (its run pages: internal builds only)."""
    handbook = validate(ENGLISH).handbook
    exercise_id, exercise = next(
        (i, x) for i, x in handbook.exercises.items() if x.format == "simulation" and not x.held)
    return handbook, exercise_id, exercise


def _url(site, md_path: str) -> str:
    """A page of the docs tree as the build wrote it: `x/`, or `x.html` offline (file://)."""
    return site.url(md_path.removesuffix(".md") + (".html" if site.base.startswith("file:") else "/"))


def _minutes(at: str) -> int:
    hours, minutes = at.split(":")
    return int(hours) * 60 + int(minutes)


def _ready(page) -> None:
    page.wait_for_selector("[data-kh-exercise][data-kh-ready]")


@pytest.mark.parametrize("which", ["staff_site", "staff_offline_site"])
def test_a_simulation_runs_at_speed_survives_a_reload_and_exports_its_log(which, request, browsing):
    site = request.getfixturevalue(which)
    handbook, exercise_id, exercise = _simulation()
    pages = Pages(handbook)
    regular = [n for n, i in enumerate(exercise.injects, start=1) if not i.reserve]
    in_order = sorted(regular, key=lambda n: (_minutes(exercise.injects[n - 1].at), n))
    answered = next(n for n in regular if exercise.injects[n - 1].via == "social")
    session = browsing(DESKTOP)

    facilitator = session.new_page()
    facilitator.goto(_url(site, run_path(pages, exercise_id, "facilitator")) + f"?speed={SPEED}")
    _ready(facilitator)
    with facilitator.expect_popup() as opened:
        facilitator.locator("a.kh-run-open-feed").click()
    feed = opened.value
    feed.on("pageerror", lambda error: session.errors.append(str(error)))
    _ready(feed)
    assert feed.locator(".kh-feed-bar").inner_text().startswith(pages.t("run.mark"))
    # Every post or card the feed shows, in the order it shows them.
    feed.evaluate("""() => {
        window.seen = [];
        new MutationObserver((changes) => { for (const c of changes) for (const node of c.addedNodes) {
            if (node.dataset && node.dataset.inject) window.seen.push(Number(node.dataset.inject));
        } }).observe(document.querySelector('.kh-feed-columns'), {childList: true, subtree: true});
    }""")

    facilitator.get_by_role("button", name=pages.t("run.start"), exact=True).click()
    feed.wait_for_function("(count) => window.seen.length >= count", arg=len(regular), timeout=20_000)
    assert feed.evaluate("window.seen") == in_order
    assert feed.locator(".kh-feed-bar").is_visible()

    # Answer a social post from the feed, through the template's filler.
    post = feed.locator(f"[data-inject='{answered}']")
    assert exercise.injects[answered - 1].text in post.inner_text()
    with feed.expect_popup() as opened:
        post.locator("a.kh-run-answer").first.click()
    template_page = opened.value
    template_page.on("pageerror", lambda error: session.errors.append(str(error)))
    template_page.wait_for_selector(".kh-run-banner")
    fields = template_page.locator(".kh-field-input")
    for k in range(fields.count()):  # every field filled: nothing left to ask about before copying
        fields.nth(k).fill("the river Sample" if k == 0 else f"answer {k}")
    # What the filler says it copied is what the exercise must log as published.
    template_page.evaluate("document.addEventListener('krishandbok:copied', (e) => { window.copied = e.detail.text; })")
    template_page.locator("button.kh-copy").first.click()
    published = template_page.wait_for_function("() => window.copied").json_value()
    assert "the river Sample" in published
    logged = template_page.locator(".kh-run-banner [role=status]")
    logged.filter(has_text=re.compile(r"\d:\d\d:\d\d")).wait_for()
    post.locator(".kh-feed-reply").wait_for()
    assert published in post.locator(".kh-feed-reply").inner_text()

    facilitator.get_by_role("button", name=pages.t("run.pause"), exact=True).click()
    paused_at = facilitator.locator(".kh-run-clock").inner_text()
    facilitator.wait_for_timeout(400)  # paused: the clock stands still
    assert facilitator.locator(".kh-run-clock").inner_text() == paused_at

    facilitator.reload()
    feed.reload()
    _ready(facilitator)
    _ready(feed)
    assert facilitator.locator(".kh-run-clock").inner_text() == paused_at
    numbers = "xs => xs.map(x => Number(x.dataset.inject))"
    assert sorted(facilitator.eval_on_selector_all(".kh-run-inject[data-status=released]", numbers)) == regular
    assert sorted(feed.eval_on_selector_all("[data-inject]", numbers)) == regular
    assert published in feed.locator(f"[data-inject='{answered}'] .kh-feed-reply").inner_text()

    with facilitator.expect_download() as download:
        facilitator.get_by_role("button", name=pages.t("run.export_json")).click()
    log = json.loads(download.value.path().read_text(encoding="utf-8"))["log"]
    releases = [e for e in log if e["type"] == "release"]
    assert [e["inject"] for e in releases] == in_order
    for entry in releases:
        assert entry["t"] >= _minutes(exercise.injects[entry["inject"] - 1].at) * 60
        assert entry["time"] and entry["wall"]
    reply = next(e for e in log if e["type"] == "reply")
    assert (reply["inject"], reply["text"], reply["role"]) == (answered, published, exercise.injects[answered - 1].to)
    assert reply["t"] >= max(e["t"] for e in releases if e["inject"] == answered) and reply["time"]

    with facilitator.expect_download() as download:
        facilitator.get_by_role("button", name=pages.t("run.export_csv")).click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    assert [(r["type"], r["time"]) for r in rows] == [(e["type"], e["time"]) for e in log]
    assert any(r["type"] == "reply" and r["text"] == published for r in rows)

    report = session.new_page()
    report.goto(_url(site, run_path(pages, exercise_id, "report")))
    _ready(report)
    assert report.locator(".kh-run-scroll tbody tr").count() == len(log)
    assert published in " ".join(report.locator(".kh-report-goal").all_inner_texts())
    assert session.external == [], f"requests left the machine: {session.external}"


def test_reserve_injects_are_offered_when_play_stalls_and_released_by_hand(staff_site, browsing):
    handbook, exercise_id, exercise = _simulation()
    pages = Pages(handbook)
    reserve = [n for n, i in enumerate(exercise.injects, start=1) if i.reserve]
    assert reserve, "the test handbook's simulation has a reserve inject"
    page = browsing(DESKTOP).new_page()
    page.goto(_url(staff_site, run_path(pages, exercise_id, "facilitator")))
    _ready(page)
    stall = page.locator(".kh-run-stall")
    assert stall.inner_text() == ""
    last = max(_minutes(i.at) for i in exercise.injects if not i.reserve)
    page.get_by_label(pages.t("run.jump")).fill(f"{(last + 30) // 60}:{(last + 30) % 60:02d}")
    page.get_by_role("button", name=pages.t("run.jump_go"), exact=True).press("Enter")
    page.get_by_role("button", name=pages.t("run.start"), exact=True).click()
    stall.filter(has_text=pages.t("run.all_released")).wait_for()
    card = page.locator(f".kh-run-inject[data-inject='{reserve[0]}']")
    card.get_by_role("button", name=pages.t("run.release")).click()
    assert card.get_attribute("data-status") == "released"
    page.get_by_label(pages.t("run.observation"), exact=True).first.fill("Nobody answered the phone.")
    page.get_by_role("button", name=pages.t("run.note")).first.click()
    assert "Nobody answered the phone." in page.locator(".kh-run-log").inner_text()

    feed = page.context.new_page()
    feed.goto(_url(staff_site, run_path(pages, exercise_id, "feed")))
    _ready(feed)
    assert feed.locator("[data-inject]").count() == len(exercise.injects)
    page.once("dialog", lambda dialog: dialog.accept())  # "delete the log?"
    with page.expect_navigation():
        page.get_by_role("button", name=pages.t("run.reset")).click()
    _ready(page)
    assert page.locator(".kh-run-log li").count() == 0
    assert set(page.eval_on_selector_all(".kh-run-inject", "xs => xs.map(x => x.dataset.status)")) == {"waiting"}
    feed.wait_for_function("() => !document.querySelector('[data-inject]')")  # the feed starts over too


def test_a_browser_that_stops_saving_the_log_says_so_and_the_window_keeps_everything(staff_site, browsing):
    handbook, exercise_id, exercise = _simulation()
    pages = Pages(handbook)
    page = browsing(DESKTOP).new_page()
    # Storage full (or turned off) for the exercise's log, as a browser signals it: setItem throws.
    page.add_init_script("""(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (name, value) {
            if (String(name).startsWith("krishandbok-exercise:")) throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, name, value);
        };
    })()""")
    page.goto(_url(staff_site, run_path(pages, exercise_id, "facilitator")))
    _ready(page)
    assert page.locator(".kh-run-unsaved").count() == 0  # nothing written yet, nothing to warn of
    page.get_by_role("button", name=pages.t("run.start"), exact=True).click()
    warning = page.get_by_role("alert").filter(has_text=pages.t("run.unsaved"))
    warning.wait_for()
    assert page.locator(".kh-run-unsaved").count() == 1
    page.get_by_label(pages.t("run.observation"), exact=True).first.fill("Written while storage was full.")
    page.get_by_role("button", name=pages.t("run.note")).first.click()
    assert "Written while storage was full." in page.locator(".kh-run-log").inner_text()
    assert page.locator(".kh-run-unsaved").count() == 1  # said once, not once per entry
    with page.expect_download() as download:
        page.get_by_role("button", name=pages.t("run.export_json")).click()
    log = json.loads(download.value.path().read_text(encoding="utf-8"))["log"]
    assert [e["type"] for e in log][:1] == ["clock"] and log[-1]["text"] == "Written while storage was full."
    assert run_axe(page) == [], describe(run_axe(page))


def test_keyboard_only_start_and_a_checklist_tick_is_logged_as_a_decision(staff_site, browsing):
    handbook, exercise_id, exercise = _simulation()
    pages = Pages(handbook)
    first = next(n for n, i in enumerate(exercise.injects, start=1) if not i.reserve)
    page = browsing(DESKTOP).new_page()
    page.goto(_url(staff_site, run_path(pages, exercise_id, "facilitator")) + f"?speed={SPEED}")
    _ready(page)
    for _ in range(40):  # Tab from the top of the page to the start button, as a keyboard user does
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == pages.t("run.start"):
            break
    else:
        pytest.fail("Tab never reaches the start button")
    page.keyboard.press("Enter")
    page.locator(f".kh-run-inject[data-inject='{first}'][data-status=released]").wait_for()
    page.keyboard.press("Enter")  # the same button, now Pause
    feed = page.context.new_page()
    feed.goto(_url(staff_site, run_path(pages, exercise_id, "feed")))
    _ready(feed)
    links = feed.locator(f"[data-inject='{first}'] a.kh-run-answer")
    hrefs = [links.nth(k).get_attribute("href") for k in range(links.count())]
    checklist_href = next((h for h in hrefs if f"/{pages.folder('checklist')}/" in h), None)
    assert checklist_href, "the test handbook's first inject offers a checklist (its goal tests one)"
    checklist = page.context.new_page()
    checklist.goto(checklist_href)
    checklist.wait_for_selector(".kh-run-banner")
    checklist.locator("input.kh-check").first.focus()
    checklist.keyboard.press("Space")
    page.locator(".kh-run-log li[data-type=decision]").wait_for()
    item = checklist.locator("ul.kh-checklist label").first.inner_text().strip()
    assert item in page.locator(".kh-run-log li[data-type=decision]").inner_text()


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_run_pages_have_no_axe_violations_and_fit_with_a_log(staff_site, browsing, width):
    handbook, exercise_id, exercise = _simulation()
    pages = Pages(handbook)
    session = browsing(width)
    page = session.new_page()
    page.goto(_url(staff_site, run_path(pages, exercise_id, "facilitator")) + f"?speed={SPEED}")
    _ready(page)
    page.get_by_role("button", name=pages.t("run.start"), exact=True).click()
    page.wait_for_function("() => document.querySelectorAll('.kh-run-inject[data-status=released]').length > 1")
    page.get_by_role("button", name=pages.t("run.pause"), exact=True).click()
    found = {}
    for view in ("facilitator", "feed", "report"):
        page.goto(_url(staff_site, run_path(pages, exercise_id, view)))
        _ready(page)
        violations = run_axe(page)
        if violations:
            found[view] = describe(violations)
        scroll = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if scroll[0] > scroll[1]:
            found[view] = f"scrolls sideways: {scroll}"
    answer = page.context.new_page()  # a template page opened from the feed, with its banner
    page.goto(_url(staff_site, run_path(pages, exercise_id, "feed")))
    _ready(page)
    answer.goto(page.locator("a.kh-run-answer").first.get_attribute("href"))
    answer.wait_for_selector(".kh-run-banner")
    if violations := run_axe(answer):
        found["template page"] = describe(violations)
    assert not found, found


# --------------------------------------------------------------------------- any handbook


def _drill(handbook) -> dict:
    """A small simulation made only of what the handbook has: it must run in any valid one."""
    scenario_id, scenario = next(iter(handbook.scenarios.items()))
    roles = list(dict.fromkeys([scenario.lead, *scenario.roles]))
    social = [c for c in scenario.channels if handbook.channels[c].kind == "social"]
    templates = [t for t, x in handbook.templates.items() if x.scenarios is None or scenario_id in x.scenarios][:1]
    goal = {"id": "forsta-svaret", "text": "Det första svaret är publicerat inom 30 minuter."}
    if templates:
        goal["tests"] = {"templates": templates}
    first = {"at": "0:03", "from": "orolig", "to": roles[-1], "text": "Vad händer? Vattnet < 1 m & stiger!",
             "expect": "Svara med första beskedet.", "goals": ["forsta-svaret"]}
    first |= {"via": "social", "channel": social[0]} if social else {"via": "email"}
    return {
        "title": "Motspelsövning (test)", "scenario": scenario_id, "format": "simulation",
        "purpose": "Pröva övningsverktyget.", "lead": roles[0],
        "participants": list(dict.fromkeys([roles[0], roles[-1]])),  # each gets an inject
        "held": datetime.date(2026, 1, 15),  # held: its script, and so its run pages, are public
        "goals": [goal], "personas": [{"id": "orolig", "name": "Kim, orolig invånare"}],
        "injects": [
            first,
            {"at": "0:06", "from": "Lokalradion", "to": roles[0], "via": "phone", "text": "Stämmer det?",
             "expect": "Bekräfta det ni vet.", "goals": ["forsta-svaret"]},
            {"at": "0:20", "from": "orolig", "to": roles[-1], "via": "email", "text": "Fortfarande inget svar?",
             "expect": "Svara.", "goals": ["forsta-svaret"], "reserve": True},
        ],
    }


@pytest.fixture(scope="module")
def drill_site(browser, serve, tmp_path_factory):
    """The example handbook (data/, copied) with one more simulation, generated from its own parts."""
    data = tmp_path_factory.mktemp("drill") / "data"
    shutil.copytree(EXAMPLE, data)
    (data / "exercises").mkdir(exist_ok=True)
    text = "# yaml-language-server: $schema=../../schemas/exercise.schema.json\n"
    text += yaml.safe_dump(_drill(validate(EXAMPLE).handbook), allow_unicode=True, sort_keys=False)
    (data / "exercises" / "run-generic.yaml").write_text(text, encoding="utf-8")
    report = validate(data)
    assert report.ok, [p.format("en") for p in report.problems]
    root = build_site(data.parent / "site", data)
    return report.handbook, Site(root, serve(root))


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_a_drill_in_the_example_handbook_runs_and_passes_axe(drill_site, browsing, width):
    handbook, site = drill_site
    pages = Pages(handbook)
    session = browsing(width)
    page = session.new_page()
    page.goto(_url(site, run_path(pages, "run-generic", "facilitator")) + f"?speed={SPEED}")
    _ready(page)
    assert page.locator(".kh-run-mark").inner_text() == "ÖVNING"
    page.get_by_role("button", name=pages.t("run.start"), exact=True).click()
    page.wait_for_function("() => document.querySelectorAll('.kh-run-inject[data-status=released]').length == 2")
    page.get_by_role("button", name=pages.t("run.pause"), exact=True).click()
    found = {}
    for view in VIEWS:
        page.goto(_url(site, run_path(pages, "run-generic", view)))
        _ready(page)
        if violations := run_axe(page):
            found[view] = describe(violations)
    assert not found, found
    assert "Vad händer? Vattnet < 1 m & stiger!" in page.locator(".kh-run-scroll").inner_text()  # the report
