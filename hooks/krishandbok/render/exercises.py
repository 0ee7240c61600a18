"""The "Övningar" section: an index and each exercise's plan, and the coverage page's
exercise tables (when each role and scenario was last exercised, open findings by owner).

What the public reads: the plan — purpose, goals and what they test, participants, the
exercise roles and the timeline. The injects' texts (the spelledning's script) of an
exercise not yet held would spoil it: they appear only in an internal build, or once the
exercise has been held. The runner's pages (`exercise_run.py`) live beside the plan, at
`ovningar/<id>/spelledning/` and `ovningar/<id>/flode/`; the plan links to those that exist.
"""

from __future__ import annotations

from ..relations import last_exercised
from .blocks import bullets, facts, page, section, table
from .markup import html, inline, link, md_text
from .site import Page, Site

LIST_LIMIT = 200  # roles and scenarios on the coverage page; more are listed as lines
WORDS = {
    "sv": {
        "folder": "ovningar", "nav": "Övningar", "pdf": "Övningspärm (PDF)",
        "intro": "Övningar av handboken: seminarieövningar och simuleringsövningar med motspel. "
                 "Allt material från en övning är märkt ÖVNING.",
        "format.seminar": "Seminarieövning", "format.simulation": "Simuleringsövning med motspel",
        "mark": "ÖVNING", "scenario": "Scenario", "format": "Form", "planned": "Planerad", "held": "Hölls",
        "duration": "Längd", "purpose": "Syfte", "goals": "Mål och vad de övar",
        "participants": "Deltagare (spelar)", "staff": "Övningsroller",
        "lead": "Övningsledare", "evaluator": "Utvärderingsledare", "control": "Spelledning",
        "control.text": "övningsledaren släpper inspelen enligt drejboken",
        "counter": "Motspel", "tests": "Övar", "timeline": "Tidslinje", "questions": "Diskussionsfrågor",
        "time": "Tid", "to": "Till", "via": "Väg", "from": "Från", "inject": "Inspel", "reserve": "reservinspel",
        "hidden": "Inspelens texter visas inte här förrän övningen har hållits: de finns i den interna "
                  "versionen och i övningspärmen för övningsledningen.",
        "start": "Start: övningsledaren går igenom syfte, mål och regler.",
        "hotwash": "Genomgång efter övning (hot wash).",
        "findings": "Erfarenheter", "action": "Åtgärd", "owner": "Ansvarig", "due": "Klart senast",
        "run": "Material", "run.facilitator": "Spelledning", "run.feed": "Flöde för projektor",
        "none": "Inga övningar ännu. Skriv en med: python -m krishandbok exercise draft SCENARIO",
        "coverage.last": "Senast övad", "coverage.never": "aldrig", "coverage.role": "Roll",
        "coverage.scenario": "Scenario", "coverage.findings": "Öppna erfarenheter per ansvarig",
        "coverage.exercise": "Övning", "coverage.no_findings": "Inga öppna erfarenheter.",
        "roles.roles": "roller", "tests.roles": "Roller", "tests.channels": "Kanaler",
        "tests.templates": "Mallar", "tests.checklists": "Checklistor",
        "via.social": "sociala medier", "via.phone": "telefon", "via.email": "e-post", "via.press": "press",
        "via.radio": "radio", "via.situation-report": "lägesrapport", "via.in-person": "på plats",
    },
    "en": {
        "folder": "exercises", "nav": "Exercises", "pdf": "Exercise pack (PDF)",
        "intro": "Exercises of the handbook: discussion exercises and simulations with counter-play. "
                 "Everything from an exercise is marked EXERCISE.",
        "format.seminar": "Discussion exercise (seminar)", "format.simulation": "Simulation with counter-play",
        "mark": "EXERCISE", "scenario": "Scenario", "format": "Format", "planned": "Planned", "held": "Held",
        "duration": "Duration", "purpose": "Purpose", "goals": "Goals and what they exercise",
        "participants": "Participants (players)", "staff": "Exercise roles",
        "lead": "Exercise director", "evaluator": "Lead evaluator", "control": "Exercise control",
        "control.text": "the exercise director releases the injects from the script",
        "counter": "Counter-play", "tests": "Exercises", "timeline": "Timeline", "questions": "Discussion questions",
        "time": "Time", "to": "To", "via": "Via", "from": "From", "inject": "Inject", "reserve": "contingency inject",
        "hidden": "The injects' texts are not shown here until the exercise has been held: they are in the "
                  "internal build and in the exercise pack for the exercise staff.",
        "start": "Start: the exercise director goes through purpose, goals and rules.",
        "hotwash": "Hot wash after the exercise.",
        "findings": "Findings", "action": "Action", "owner": "Owner", "due": "Due",
        "run": "Material", "run.facilitator": "Facilitator", "run.feed": "Feed for the projector",
        "none": "No exercises yet. Write one with: python -m krishandbok exercise draft SCENARIO",
        "coverage.last": "Last exercised", "coverage.never": "never", "coverage.role": "Role",
        "coverage.scenario": "Scenario", "coverage.findings": "Open findings by owner",
        "coverage.exercise": "Exercise", "coverage.no_findings": "No open findings.",
        "roles.roles": "roles", "tests.roles": "Roles", "tests.channels": "Channels",
        "tests.templates": "Templates", "tests.checklists": "Checklists",
        "via.social": "social media", "via.phone": "phone", "via.email": "e-mail", "via.press": "press",
        "via.radio": "radio", "via.situation-report": "situation report", "via.in-person": "in person",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["sv"])


def index_path(site: Site) -> str:
    return f"{words(site.handbook.language)['folder']}/index.md"


def plan_path(site: Site, exercise_id: str) -> str:
    return f"{words(site.handbook.language)['folder']}/{exercise_id}/index.md"


def run_path(site: Site, exercise_id: str, view: str) -> str:
    """Where a run page lives (render/exercise_run.py), beside the plan: `ovningar/<id>/spelledning.md`."""
    return f"{words(site.handbook.language)['folder']}/{exercise_id}/{site.t(f'run.page.{view}')}.md"


def pack_name(exercise_id: str) -> str:
    """The printed pack beside the plan pages: `ovningar/<id>.pdf` (written after the build)."""
    return f"{exercise_id}.pdf"


def shows_script(site: Site, exercise) -> bool:
    """Inject texts and cards: for the exercise staff (internal build) or once it is held."""
    return site.contacts is not None or exercise.held is not None


def exercise_pages(site: Site, existing: set[str] | frozenset[str] = frozenset()) -> list[Page]:
    """The index and a plan page per exercise; `existing` are the site's other page paths
    (the runner's pages are linked when they are there)."""
    if not site.handbook.exercises:
        return []
    pages = [_index(site)]
    for exercise_id, exercise in site.handbook.exercises.items():
        pages.append(_plan(site, exercise_id, exercise, existing))
    return pages


def navigation_entry(site: Site) -> list[dict]:
    """The navigation section, or nothing for a handbook without exercises."""
    if not site.handbook.exercises:
        return []
    w = words(site.handbook.language)
    return [{w["nav"]: [index_path(site)] + [plan_path(site, e) for e in site.handbook.exercises]}]


# --------------------------------------------------------------------------- pages


def _index(site: Site) -> Page:
    w = words(site.handbook.language)
    path = index_path(site)
    items = []
    for exercise_id, exercise in site.handbook.exercises.items():
        when = (f"{w['held']} {exercise.held}" if exercise.held
                else f"{w['planned']} {exercise.planned}" if exercise.planned else "")
        kind = w[f"format.{exercise.format}"]
        detail = " · ".join(x for x in (kind, site.name("scenario", exercise.scenario), when) if x)
        items.append(f"{link(exercise.title, _href(site, path, plan_path(site, exercise_id)))} – {md_text(detail)}")
    return Page(path, w["nav"], page(w["nav"], f"{md_text(w['intro'])}\n", bullets(items)))


def _plan(site: Site, exercise_id: str, exercise, existing) -> Page:
    w = words(site.handbook.language)
    path = plan_path(site, exercise_id)
    head = facts([
        (w["scenario"], site.ref(path, "scenario", exercise.scenario)),
        (w["format"], md_text(w[f"format.{exercise.format}"])),
        (w["planned"], md_text(str(exercise.planned)) if exercise.planned else None),
        (w["held"], md_text(str(exercise.held)) if exercise.held else None),
        (w["duration"], inline(exercise.duration) if exercise.duration else None),
    ])
    staff = facts([
        (w["lead"], site.ref(path, "role", exercise.lead)),
        (w["evaluator"], site.ref(path, "role", exercise.evaluator) if exercise.evaluator else None),
        (w["control"], md_text(w["control.text"]) if exercise.injects else None),
        (w["counter"], ", ".join(inline(p.name) for p in exercise.personas) or None),
    ])
    goals = [f"**{inline(goal.text)}**" + _tests(site, path, goal.tests) for goal in exercise.goals]
    links = _links(site, path, exercise_id, existing)
    markdown = page(
        exercise.title,
        f'<p class="kh-exercise-mark"><strong>{md_text(w["mark"])}</strong></p>\n',
        head,
        section(w["purpose"], f"{inline(exercise.purpose)}\n"),
        links,
        section(w["goals"], bullets(goals)),
        section(w["participants"], bullets(site.ref(path, "role", r) for r in exercise.participants)),
        section(w["staff"], staff),
        section(w["timeline"], _timeline(site, path, exercise)),
        section(w["questions"], _numbered(exercise.questions)),
        section(w["findings"], _findings(site, path, exercise)),
    )
    return Page(path, exercise.title, markdown, f"exercises/{exercise_id}.yaml")


def _tests(site: Site, path: str, tests) -> str:
    if tests is None:
        return ""
    w = words(site.handbook.language)
    parts = [f"{md_text(w['tests.' + field])}: {site.refs(path, field[:-1], getattr(tests, field))}"
             for field in ("roles", "channels", "templates", "checklists") if getattr(tests, field)]
    return f" – {md_text(w['tests'])}: " + "; ".join(parts) if parts else ""


def _links(site: Site, path: str, exercise_id: str, existing) -> str:
    """The printed pack (written after the build, beside the folder: raw HTML that MkDocs
    does not check, as for the binder) and the runner's pages when the site has them."""
    w = words(site.handbook.language)
    items = [str(html('<a href="../{}" type="application/pdf">{}</a>', pack_name(exercise_id), w["pdf"]))]
    for view in ("facilitator", "feed"):
        target = run_path(site, exercise_id, view)
        if target in existing:
            items.append(link(w[f"run.{view}"], _href(site, path, target)))
    return section(w["run"], bullets(items))


def _timeline(site: Site, path: str, exercise) -> str:
    w = words(site.handbook.language)
    script = shows_script(site, exercise)
    rows = [["0:00", md_text(w["start"]), "", ""]] if exercise.injects else []
    for inject in exercise.injects:
        what = inline(inject.text) if script else md_text(w[f"via.{inject.via}"])
        if inject.reserve:
            what += f" ({md_text(w['reserve'])})"
        sender = inline(_sender(exercise, inject.from_))
        rows.append([md_text(inject.at), what, sender if script else "", site.ref(path, "role", inject.to)])
    if not rows:
        return ""
    rows.append([inline(exercise.duration or ""), md_text(w["hotwash"]), "", ""])
    note = "" if script else f"{md_text(w['hidden'])}\n\n"
    return note + table([w["time"], w["inject"], w["from"], w["to"]], rows)


def _sender(exercise, sender: str) -> str:
    persona = next((p for p in exercise.personas if p.id == sender), None)
    return persona.name if persona else sender


def _numbered(items) -> str:
    return "".join(f"{number}. {inline(text)}\n" for number, text in enumerate(items, start=1))


def _findings(site: Site, path: str, exercise) -> str:
    w = words(site.handbook.language)
    rows = [[inline(f.text), inline(f.action), site.ref(path, "role", f.owner), md_text(str(f.due or "–"))]
            for f in exercise.findings]
    return table([w["findings"], w["action"], w["owner"], w["due"]], rows) if rows else ""


def _href(site: Site, from_path: str, to_path: str) -> str:
    return site.href(from_path, to_path)


# --------------------------------------------------------------------------- the coverage page


def coverage_sections(site: Site, path: str) -> str:
    """When each role and scenario was last exercised, and open findings by owner role."""
    hb = site.handbook
    if not hb.exercises:
        return ""
    w = words(hb.language)
    roles, scenarios = last_exercised(hb)
    never = md_text(w["coverage.never"])
    role_rows = [[site.ref(path, "role", r), md_text(str(roles[r])) if r in roles else never] for r in hb.roles]
    scenario_rows = [[site.ref(path, "scenario", s), md_text(str(scenarios[s])) if s in scenarios else never]
                     for s in hb.scenarios]
    if len(role_rows) + len(scenario_rows) > LIST_LIMIT:
        # As the coverage grids of a regional handbook: lines, not a table of hundreds of rows.
        last = bullets(f"{when}: {ref}" for ref, when in role_rows + scenario_rows)
    else:
        last = table([w["coverage.role"], w["coverage.last"]], role_rows) + "\n" + \
            table([w["coverage.scenario"], w["coverage.last"]], scenario_rows)
    return section(w["coverage.last"], last) + section(w["coverage.findings"], _findings_by_owner(site, path))


def _findings_by_owner(site: Site, path: str) -> str:
    hb = site.handbook
    w = words(hb.language)
    by_owner: dict[str, list[str]] = {}
    for exercise_id, exercise in hb.exercises.items():
        for finding in exercise.findings:
            late = " ⚠" if finding.due and finding.due < hb.today else ""
            due = f" ({md_text(w['due'])} {finding.due}{late})" if finding.due else ""
            plan = link(exercise.title, site.href(path, plan_path(site, exercise_id)))
            by_owner.setdefault(finding.owner, []).append(f"{inline(finding.action)}{due} – {plan}")
    if not by_owner:
        return f"{md_text(w['coverage.no_findings'])}\n"
    parts = []
    for owner in [r for r in hb.roles if r in by_owner] + [r for r in by_owner if r not in hb.roles]:
        parts.append(f"**{site.ref(path, 'role', owner)}**\n\n{bullets(by_owner[owner])}")
    return "\n".join(parts)
