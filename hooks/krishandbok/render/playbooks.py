"""The start page, the escalation levels and a playbook per scenario.

A scenario page is read on a phone in the first minutes: what to do now comes
first (first actions, the first message ready to copy, key messages, who leads
and who decides the next level), then the timeline, then the rest. What is done
before a crisis goes to the end.
"""

from __future__ import annotations

from markupsafe import Markup

from .. import firsthour
from .. import relations as rel
from .binder_page import pdf_links
from .blocks import bullets, facts, heading, page, section, text_bullets
from .filler import fields_form, outgoing_texts
from .guidance import alerting_path, guide_link, organisation_entry, tel, tone_path
from .markup import block, html, inline, md_text
from .site import Page, Site

FIRST_HOUR_ANCHOR = "forsta-timmen"


def start_page(site: Site) -> Page:
    hb, t = site.handbook, site.t
    path = "index.md"
    title = t("nav.start")
    steps = "\n".join(
        f"{number}. {t(f'start.step{number}', levels=site.href(path, t('page.levels')))}"
        for number in (1, 2, 3)
    ) + "\n"
    roles = _chips(site.ref(path, "role", role_id) for role_id in hb.roles)
    scenarios = _chips(site.ref(path, "scenario", sid) for sid in hb.scenarios)
    ladder = "\n".join(
        f"{number}. {site.ref(path, 'level', lid)} – {t('start.decided_by')} {site.ref(path, 'role', level.decided_by)}"
        for number, (lid, level) in enumerate(hb.levels.items(), start=1)
    ) + "\n"
    help_links = _chips([
        f"[{md_text(t('nav.alerting'))}]({site.href(path, alerting_path(site))})",
        f"[{md_text(t('nav.tone'))}]({site.href(path, tone_path(site))})",
    ])
    markdown = page(
        title,
        section(t("start.now"), steps),
        section(t("start.scenario"), scenarios),
        section(t("start.role"), roles),
        section(t("start.phones"), phone_lines(site)),
        section(t("start.ladder"), ladder + "\n" + help_links),
        section(t("start.print"), pdf_links(site, path)),
    )
    return Page(path, title, markdown, "handbook.yaml")


def phone_lines(site: Site) -> str:
    """The public numbers of handbook.yaml `phone` as tel: links (empty when there are none)."""
    phone = site.handbook.settings.phone
    if phone is None:
        return ""
    return bullets(
        f"{md_text(site.t('phone.' + key))}: {tel(getattr(phone, key))}"
        for key in ("information_line", "switchboard") if getattr(phone, key)
    )


def _chips(links) -> str:
    """Links as a compact wrapped row of buttons: the start page must fit a phone screen."""
    return f'<div class="kh-chips" markdown="1">\n\n{bullets(links)}\n</div>\n'


def levels_page(site: Site) -> Page:
    t = site.t
    path = t("page.levels")
    parts = []
    for level_id, level in site.handbook.levels.items():
        parts.append(heading(2, level.name, anchor=level_id))
        parts.append(f"{block(level.description)}\n" if level.description else "")
        parts.append(facts([(t("decided_by"), site.ref(path, "role", level.decided_by))]))
        parts.append(section(t("criteria"), text_bullets(level.criteria), level=3))
    return Page(path, t("nav.levels"), page(t("nav.levels"), *parts), "levels.yaml")


def scenario_pages(site: Site) -> list[Page]:
    hb, t = site.handbook, site.t
    index_path = site.path("scenario")
    index = bullets(f"{site.ref(index_path, 'scenario', sid)} – {inline(s.summary)}" for sid, s in hb.scenarios.items())
    pages = [Page(index_path, t("nav.scenarios"), page(t("nav.scenarios"), index))]
    return pages + [_playbook(site, sid, scenario) for sid, scenario in hb.scenarios.items()]


def _playbook(site: Site, scenario_id: str, scenario) -> Page:
    t = site.t
    path = site.path("scenario", scenario_id)
    markdown = page(
        scenario.name,
        section(t("scenario.now"), _first_actions(site, path, scenario)),
        section(t("scenario.command"), _command(site, path, scenario)),
        section(t("scenario.your_role"), _role_links(site, path, scenario_id, scenario)),
        section(t("scenario.first_message"), _first_message(site, path, scenario_id)),
        section(t("scenario.key_messages"), text_bullets(scenario.key_messages)),
        f"{block(scenario.summary)}\n",
        section(t("signs"), text_bullets(scenario.signs)),
        section(t("scenario.timeline"), _timeline(site, path, scenario_id)),
        section(t("scenario.templates"), _templates_in_order(site, path, scenario_id)),
        section(t("scenario.organisations"), _organisations(site, path, scenario_id)),
        section(t("scenario.guides"), _guides(site, path, scenario)),
        section(t("scenario.prepare"), _preparation(site, path, scenario_id)),
    )
    return Page(path, scenario.name, markdown, "scenarios.yaml")


def _first_actions(site: Site, path: str, scenario) -> str:
    lines = []
    for number, action in enumerate(scenario.first_actions, start=1):
        who = site.ref(path, "role", action.role)
        when = f" · {md_text(action.within)}" if action.within else ""
        lines.append(f'{number}. {inline(action.text)} <span class="kh-inline-meta">– {who}{when}</span>')
    return "\n".join(lines) + "\n" if lines else ""


def _first_message(site: Site, path: str, scenario_id: str) -> str:
    """The first message per channel with its copy button first, ready to fill in; the fields below."""
    template_id = firsthour.first_message(site.handbook, scenario_id)
    if template_id is None:
        return ""
    template = site.handbook.templates[template_id]
    who = [site.ref(path, "template", template_id),
           f"{md_text(site.t('sender'))}: {site.ref(path, 'role', template.sender)}"]
    if template.approver:
        who.append(f"{md_text(site.t('approver'))}: {site.ref(path, 'role', template.approver)}")
    who = '<p class="kh-item-meta" markdown="span">' + " · ".join(who) + "</p>\n"
    form = fields_form(site, template_id, template)
    fields = (
        str(html('<details class="kh-fill-in">\n<summary>{}</summary>\n', site.t("scenario.fill")))
        + form + "</details>\n"
    ) if template.placeholders else form
    # The copy button first: on a phone it is in reach without scrolling past the whole text.
    return f"{who}\n{outgoing_texts(site, template_id, template, copy_first=True)}\n{fields}"


def _command(site: Site, path: str, scenario) -> str:
    hb, t = site.handbook, site.t
    lead = hb.roles.get(scenario.lead)
    level = hb.levels.get(scenario.level)
    upper = firsthour.next_level(hb, scenario.level)
    if upper:
        upper_text = (f"{site.ref(path, 'level', upper)} – {md_text(t('start.decided_by'))} "
                      f"{site.ref(path, 'role', hb.levels[upper].decided_by)}")
    else:
        upper_text = md_text(t("scenario.top_level"))
    return facts([
        (t("lead"), site.ref(path, "role", scenario.lead)),
        (t("deputy"), site.ref(path, "role", lead.deputy) if lead else None),
        (t("scenario.start_level"), f"{site.ref(path, 'level', scenario.level)} – {md_text(t('start.decided_by'))} "
                                     f"{site.ref(path, 'role', level.decided_by)}" if level else None),
        (t("scenario.next_level"), upper_text),
    ])


def _role_links(site: Site, path: str, scenario_id: str, scenario) -> str:
    """Each role's card, opened on its first hour with this scenario chosen in the filter."""
    links = []
    for role_id in rel.scenario_roles(scenario):
        target = site.href(path, site.path("role", role_id))
        links.append(f"[{md_text(site.name('role', role_id))}]({target}?scenario={scenario_id}#{FIRST_HOUR_ANCHOR})")
    return _chips(links)


def step_line(site: Site, path: str, step, show_role: bool = True, inline_meta: bool = False) -> Markup:
    """One checklist item in a list: its text, then who, when, its checklist and its template."""
    details = [site.ref(path, "role", step.role)] if show_role else []
    if step.item.within:
        details.append(md_text(step.item.within))
    details.append(site.ref(path, "checklist", step.checklist_id))
    if step.item.template:
        details.append(site.ref(path, "template", step.item.template))
    if inline_meta:
        return Markup(f'{inline(step.item.text)} <span class="kh-inline-meta">– {" · ".join(details)}</span>')
    return Markup(f'{inline(step.item.text)}<br><span class="kh-item-meta">{" · ".join(details)}</span>')


def _timeline(site: Site, path: str, scenario_id: str) -> str:
    """The steps by time box; only the first bucket open, so the page stays short on a phone."""
    parts, first = [], True
    for key, steps in firsthour.timeline(site.handbook, scenario_id):
        steps = _unique(steps)
        if not steps:
            continue
        summary = html("{} ({})", site.t(f"timeline.{key}"), len(steps))
        items = bullets(step_line(site, path, s, inline_meta=True) for s in steps)
        parts.append(f'<details class="kh-timeline" markdown="1"{" open" if first else ""}>\n'
                     f"<summary>{summary}</summary>\n\n{items}\n</details>\n\n")
        first = False
    return "".join(parts)


def _unique(steps) -> list:
    """Steps with the same text (and role) listed once: checklists repeat the basics."""
    seen, unique = set(), []
    for step in steps:
        key = (" ".join(step.item.text.casefold().split()), step.role)
        if key not in seen:
            seen.add(key)
            unique.append(step)
    return unique


def _templates_in_order(site: Site, path: str, scenario_id: str) -> str:
    hb, t = site.handbook, site.t
    ids = [tid for tid in rel.templates_for(hb, scenario_id) if hb.templates[tid].phase != "before"]
    lines = []
    for number, tid in enumerate(ids, start=1):
        template = hb.templates[tid]
        mode = f" · {md_text(t('mode.' + template.mode))}" if template.mode else ""
        lines.append(f"{number}. {site.ref(path, 'template', tid)} – {md_text(t('phase.' + template.phase))}{mode}")
    if not lines:
        return ""
    matrix = site.href(path, t("page.matrix"))
    return "\n".join(lines) + f"\n\n[{md_text(t('scenario.matrix_link'))}]({matrix}?scenario={scenario_id})\n"


def _organisations(site: Site, path: str, scenario_id: str) -> str:
    ids = firsthour.organisations_for(site.handbook, scenario_id)
    if not ids:
        return ""
    listed = bullets(organisation_entry(site, path, oid, with_levels=True) for oid in ids)
    return listed + f"\n[{md_text(site.t('nav.alerting'))}]({site.href(path, alerting_path(site))})\n"


def _guides(site: Site, path: str, scenario) -> str:
    names = [*scenario.guides]
    links = [guide_link(site, path, name) for name in names if name in site.handbook.guides]
    links.append(f"[{md_text(site.t('nav.tone'))}]({site.href(path, tone_path(site))})")
    return bullets(links)


def _preparation(site: Site, path: str, scenario_id: str) -> str:
    hb, t = site.handbook, site.t
    checklists = [site.ref(path, "checklist", cid) for cid in rel.checklists_for(hb, scenario_id)
                  if hb.checklists[cid].phase == "before"]
    templates = [site.ref(path, "template", tid) for tid in rel.templates_for(hb, scenario_id)
                 if hb.templates[tid].phase == "before"]
    return (section(t("nav.checklists"), bullets(checklists), level=3)
            + section(t("nav.templates"), bullets(templates), level=3))
