"""Running a simulation exercise in the browser: the facilitator, feed and report pages.

For each `simulation` exercise three pages, outside the navigation (the exercise's plan
page links to them): the facilitator view (spelledning) with the clock, the injects and
the log; the simulated feed for the projector; the printable report of the log. They
hold the whole script, so they are built only where the plan page shows it: in an
internal build, or once the exercise has been held. The
pages carry the exercise as JSON in a `<script type="application/json">` element and
`docs/assets/krishandbok-exercise.js` runs it, in the browser only (no server, works
from file://). Everything the script shows is text from this JSON, set as text.

Links to the handbook's templates and checklists are ordinary Markdown links, so
MkDocs checks them and writes them for the build at hand (directory URLs or the
offline build's .html files); the script finds them by their data attributes.
"""

from __future__ import annotations

import hashlib
import json

from .. import relations as rel
from .blocks import bullets, section
from .exercises import run_path, shows_script
from .labels import LABELS
from .markup import html, md_text
from .site import Page, Site

VIEWS = ("facilitator", "feed", "report")
MATERIALS_PER_INJECT = 3  # templates (and checklists) offered from one post or card
# Only these characters could end the script element or start markup inside it.
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def exercise_run_pages(site: Site) -> list[Page]:
    """The three run pages of every simulation exercise whose script the site may show.

    The pages hold every inject's text: like the script on the plan page, they are for the
    exercise staff (an internal build) until the exercise has been held (exercises.shows_script).
    """
    pages: list[Page] = []
    for exercise_id, exercise in site.handbook.exercises.items():
        if exercise.format == "simulation" and exercise.injects and shows_script(site, exercise):
            pages += [_run_page(site, exercise_id, exercise, view) for view in VIEWS]
    return pages


def unlisted_run_pages(site: Site) -> list[str]:
    """`not_in_nav` patterns for the run pages: the plan page links to them, the navigation never does."""
    return [f"/{run_path(site, '*', view)}" for view in VIEWS]


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` as themselves."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)


# --------------------------------------------------------------------------- pages


def _run_page(site: Site, exercise_id: str, exercise, view: str) -> Page:
    t = site.t
    path = run_path(site, exercise_id, view)
    title = t(f"run.title.{view}", title=exercise.title)
    data = _exercise_data(site, exercise_id, exercise, view)
    app = str(html(
        '<div class="kh-run kh-run-{view}" data-kh-exercise="{view}" data-kh-data="kh-run-data">\n'
        '<p class="kh-run-mark" role="note">{mark}</p>\n'
        "<noscript><p>{noscript}</p></noscript>\n"
        "</div>\n\n"
        '<script type="application/json" id="kh-run-data">{json}</script>\n',
        view=view, mark=t("run.mark"), noscript=t("run.noscript"), json=_Raw(script_json(data))))
    markdown = (
        # Material: the whole width for the views; exercise text is fiction, never a search hit.
        "---\nhide:\n  - navigation\n  - toc\nsearch:\n  exclude: true\n---\n\n"
        f"# {md_text(title)}\n\n{app}\n"
        + _links(site, path, exercise_id, exercise, view)
    )
    return Page(path, title, markdown, f"exercises/{exercise_id}.yaml")


class _Raw(str):
    """Already safe for HTML (see script_json): `html()` leaves it as it is."""

    def __html__(self) -> str:
        return str(self)


def _links(site: Site, path: str, exercise_id: str, exercise, view: str) -> str:
    """The other views and every template and checklist the injects offer, as checked links."""
    t = site.t
    views = [
        f"[{md_text(t(f'run.open.{other}'))}]({site.href(path, run_path(site, exercise_id, other))})"
        f'{{ data-kh-view="{other}" }}'
        for other in VIEWS if other != view
    ]
    templates, checklists = _all_materials(site, exercise)
    materials = [f"{site.ref(path, 'template', tid)}{{ data-kh-template=\"{tid}\" }}" for tid in templates]
    materials += [f"{site.ref(path, 'checklist', cid)}{{ data-kh-checklist=\"{cid}\" }}" for cid in checklists]
    parts = section(t("run.views"), bullets(views))
    if view != "report":
        parts += section(t("run.materials"), bullets(materials))
    return parts


# --------------------------------------------------------------------------- the data


def _exercise_data(site: Site, exercise_id: str, exercise, view: str) -> dict:
    hb, t = site.handbook, site.t
    personas = {p.id: p.name for p in exercise.personas}
    injects = [_inject(site, exercise, n, inject, personas) for n, inject in enumerate(exercise.injects, start=1)]
    templates, checklists = _all_materials(site, exercise)
    roles = dict.fromkeys([exercise.lead, *exercise.participants, *(i.to for i in exercise.injects)])
    data = {
        "id": exercise_id,
        "title": exercise.title,
        "purpose": exercise.purpose,
        "organisation": hb.settings.organisation,
        "language": hb.language,
        "view": view,
        "goals": [{"id": g.id, "text": g.text} for g in exercise.goals],
        "roles": {rid: site.name("role", rid) for rid in roles},
        "injects": injects,
        "templates": {tid: {"title": site.name("template", tid), "sender": hb.templates[tid].sender}
                      for tid in templates},
        "checklists": {cid: {"title": site.name("checklist", cid)} for cid in checklists},
        "labels": {key: value for key, value in LABELS[t.language].items() if key.startswith("run.")},
    }
    # The log in the browser belongs to this version of the exercise: injects are known by number.
    data["key"] = f"{exercise_id}.{hashlib.sha256(script_json(injects).encode()).hexdigest()[:10]}"
    return data


def _inject(site: Site, exercise, n: int, inject, personas: dict[str, str]) -> dict:
    hours, minutes = inject.at.split(":")
    channel = site.handbook.channels.get(inject.channel) if inject.channel else None
    templates, checklists = _materials(site, exercise, inject)
    return {
        "n": n,
        "at": int(hours) * 60 + int(minutes),
        "from": personas.get(inject.from_, inject.from_),
        "persona": inject.from_ in personas,
        "to": inject.to,
        "via": inject.via,
        "channel": inject.channel,
        "channelName": channel.name if channel else inject.channel,
        "text": inject.text,
        "expect": inject.expect,
        "goals": list(inject.goals),
        "reserve": inject.reserve,
        "templates": templates,
        "checklists": checklists,
    }


def _materials(site: Site, exercise, inject) -> tuple[list[str], list[str]]:
    """The templates and checklists to answer an inject with, best first.

    First what the inject's goals say they test; then templates of the scenario in the
    inject's channel (reactive ones first) or sent by the role it is addressed to, and
    checklists of the scenario owned by that role.
    """
    hb = site.handbook
    tests = [g.tests for g in exercise.goals if g.id in inject.goals and g.tests]
    scenario_templates = rel.templates_for(hb, exercise.scenario) if exercise.scenario in hb.scenarios else []

    def fits(tid: str) -> bool:
        template = hb.templates[tid]
        return (inject.channel in template.channels) if inject.channel else template.sender == inject.to

    matching = sorted((tid for tid in scenario_templates if fits(tid)),
                      key=lambda tid: hb.templates[tid].mode != "reactive")
    templates = [tid for x in tests for tid in x.templates] + matching
    checklists = [cid for x in tests for cid in x.checklists]
    checklists += [cid for cid in rel.checklists_for(hb, exercise.scenario) if hb.checklists[cid].owner == inject.to]
    return (_first(templates, hb.templates), _first(checklists, hb.checklists))


def _first(ids: list[str], known: dict) -> list[str]:
    return [i for i in dict.fromkeys(ids) if i in known][:MATERIALS_PER_INJECT]


def _all_materials(site: Site, exercise) -> tuple[list[str], list[str]]:
    templates: dict[str, None] = {}
    checklists: dict[str, None] = {}
    for inject in exercise.injects:
        found_templates, found_checklists = _materials(site, exercise, inject)
        templates.update(dict.fromkeys(found_templates))
        checklists.update(dict.fromkeys(found_checklists))
    return list(templates), list(checklists)
