"""The exercise runner's pages as render/exercise_run.py writes them (no browser needed).

The run pages carry the exercise as JSON in a script element; whatever the data holds,
it must come back from the page exactly and never end the element or start markup.
"""

from __future__ import annotations

import datetime
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import get_args

import markdown
from conftest import ENGLISH, ROOT

from krishandbok import model, validate
from krishandbok.contacts import Contacts
from krishandbok.render import navigation, render_site
from krishandbok.render.exercise_run import VIEWS, run_path, script_json
from krishandbok.render.exercises import plan_path
from krishandbok.render.labels import LABELS
from krishandbok.render.site import Site

SCRIPT = ROOT / "docs" / "assets" / "krishandbok-exercise.js"
EVIL = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> &amp; \u2028 {: onclick="x" }'


class _Page(HTMLParser):
    """The page's elements, and the text of its JSON script elements."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.json: list[str] = []
        self._in_json = False
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_json = tag == "script" and dict(attrs).get("type") == "application/json"

    def handle_endtag(self, tag):
        self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json.append(data)


def _html(page) -> _Page:
    body = page.markdown.split("---\n", 2)[2]  # MkDocs takes the front matter off before Markdown
    md = markdown.Markdown(extensions=["toc", "admonition", "attr_list", "md_in_html", "tables"])
    return _Page(md.convert(body))


def _simulation(handbook):
    """A simulation not held yet: its run pages are in an internal build only."""
    return next((i, x) for i, x in handbook.exercises.items() if x.format == "simulation" and not x.held)


def _staff_pages(handbook):
    """The pages of an internal build (the exercise staff's)."""
    return render_site(handbook, contacts=Contacts())


def test_each_simulation_gets_its_three_views_outside_the_navigation():
    handbook = validate(ENGLISH).handbook
    site = Site(handbook)
    simulations = [i for i, x in handbook.exercises.items() if x.format == "simulation" and x.injects]
    assert simulations
    paths = {p.path for p in _staff_pages(handbook)}
    expected = {run_path(site, i, view) for i in simulations for view in VIEWS}
    assert expected <= paths
    assert not expected & set(json.dumps(navigation(handbook, [])).split('"'))
    for exercise_id in simulations:  # beside the exercise's plan page, in its folder
        folder = plan_path(site, exercise_id).rsplit("/", 1)[0]
        assert all(run_path(site, exercise_id, view).startswith(f"{folder}/") for view in VIEWS)


def test_a_seminar_gets_no_run_pages(handbook_dir: Path):
    (handbook_dir / "exercises" / "talk.yaml").write_text(
        "title: Talk it through\nscenario: flood\nformat: seminar\npurpose: Discuss.\nlead: planner\n"
        "participants: [press-officer]\ngoals:\n  - id: one\n    text: We agree who speaks.\n"
        "questions:\n  - Who speaks first?\n", encoding="utf-8")
    report = validate(handbook_dir)
    assert report.ok, [p.format("en") for p in report.problems]
    run_pages = {run_path(Site(report.handbook), "talk", view) for view in VIEWS}
    assert not [p for p in _staff_pages(report.handbook) if p.path in run_pages]  # its plan page is fine


def test_run_pages_are_for_the_staff_until_the_exercise_is_held():
    handbook = validate(ENGLISH).handbook
    site = Site(handbook)
    exercise_id, exercise = _simulation(handbook)
    feed = run_path(site, exercise_id, "feed")
    assert feed in {p.path for p in _staff_pages(handbook)}
    assert feed not in {p.path for p in render_site(handbook)}  # public: the script would spoil it
    held = exercise.model_copy(update={"held": exercise.planned or datetime.date(2026, 1, 15)})
    held._id = exercise_id
    handbook.exercises[exercise_id] = held
    assert feed in {p.path for p in render_site(handbook)}


def test_the_page_gives_the_script_the_exercise_and_its_words():
    handbook = validate(ENGLISH).handbook
    site = Site(handbook)
    exercise_id, exercise = _simulation(handbook)
    page = next(p for p in _staff_pages(handbook) if p.path == run_path(site, exercise_id, "feed"))
    parsed = _html(page)
    data = json.loads("".join(parsed.json))
    assert data["view"] == "feed" and data["id"] == exercise_id
    assert [(i["text"], i["expect"], i["reserve"]) for i in data["injects"]] == [
        (i.text, i.expect, i.reserve) for i in exercise.injects]
    personas = {p.id: p.name for p in exercise.personas}
    assert [i["from"] for i in data["injects"]] == [personas.get(i.from_, i.from_) for i in exercise.injects]
    assert data["labels"]["run.mark"] == "EXERCISE"
    app = next(attrs for tag, attrs in parsed.tags if "data-kh-exercise" in attrs)
    assert app["data-kh-exercise"] == "feed"
    # every template and checklist an inject offers has a link the script can find
    linked = {attrs.get("data-kh-template") or attrs.get("data-kh-checklist") for _, attrs in parsed.tags}
    offered = {m for i in data["injects"] for m in i["templates"] + i["checklists"]}
    assert offered and offered <= linked


def test_hostile_text_comes_back_exactly_and_never_ends_the_script():
    handbook = validate(ENGLISH).handbook
    site = Site(handbook)
    exercise_id, exercise = _simulation(handbook)
    injects = [i.model_copy(update={"text": EVIL, "expect": EVIL, "from_": EVIL}) for i in exercise.injects]
    goals = [g.model_copy(update={"text": EVIL}) for g in exercise.goals]
    changed = exercise.model_copy(update={"title": EVIL, "injects": injects, "goals": goals, "purpose": EVIL})
    changed._id = exercise_id
    handbook.exercises[exercise_id] = changed
    for view in VIEWS:
        page = next(p for p in _staff_pages(handbook) if p.path == run_path(site, exercise_id, view))
        parsed = _html(page)
        assert [tag for tag, _ in parsed.tags if tag in ("script", "img")] == ["script"], view
        assert not [name for _, attrs in parsed.tags for name in attrs if name.startswith("on")]
        raw = "".join(parsed.json)
        assert "<" not in raw and ">" not in raw and "&" not in raw
        data = json.loads(raw)
        assert data["title"] == EVIL and data["goals"][0]["text"] == EVIL
        assert {(i["text"], i["expect"], i["from"]) for i in data["injects"]} == {(EVIL, EVIL, EVIL)}


def test_script_json_escapes_only_what_could_end_the_element():
    text = script_json({"a": "</script> & <!-- ü"})
    assert "<" not in text and ">" not in text and "&" not in text and "ü" in text
    assert json.loads(text) == {"a": "</script> & <!-- ü"}


def test_the_log_key_follows_the_injects():
    handbook = validate(ENGLISH).handbook
    site = Site(handbook)
    exercise_id, exercise = _simulation(handbook)

    def key() -> str:
        page = next(p for p in _staff_pages(handbook) if p.path == run_path(site, exercise_id, "facilitator"))
        return json.loads("".join(_html(page).json))["key"]

    before = key()
    assert before.startswith(f"{exercise_id}.")
    moved = [exercise.injects[0].model_copy(update={"at": "0:59"}), *exercise.injects[1:]]
    changed = exercise.model_copy(update={"injects": moved})
    changed._id = exercise_id
    handbook.exercises[exercise_id] = changed
    assert key() != before  # an old log would name injects that moved


def test_every_word_the_script_asks_for_exists_in_both_languages():
    source = SCRIPT.read_text(encoding="utf-8")
    plain = set(re.findall(r"""\bt\("([a-z_.]+)"[,)]""", source))
    assert {"mark", "start", "pause", "export_json", "feed.reply", "reply.banner"} <= plain
    families = {
        "via": get_args(model.InjectVia), "status": ("waiting", "released", "skipped"),
        "type": ("release", "skip", "reply", "decision", "observation", "clock"),
        "state": ("idle", "running", "paused"), "clock": ("start", "pause", "jump"),
        "open": VIEWS, "report": ("time", "event", "who", "what"),
    }
    used = set(re.findall(r"""\bt\(`([a-z_]+)\.\$\{""", source))
    assert used <= set(families), used - set(families)
    words = plain | {f"{family}.{name}" for family in used for name in families[family]}
    for language in ("sv", "en"):
        missing = sorted(word for word in words if f"run.{word}" not in LABELS[language])
        assert not missing, f"{language}: {missing}"
