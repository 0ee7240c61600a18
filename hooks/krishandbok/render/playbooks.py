"""The start page, the escalation levels and a playbook per scenario."""

from __future__ import annotations

from .. import relations as rel
from .binder_page import pdf_links
from .blocks import bullets, facts, heading, page, section, text_bullets
from .markup import block, inline, md_text
from .overview import matrix_table
from .site import Page, Site


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
    markdown = page(
        title,
        section(t("start.now"), steps),
        section(t("start.role"), roles),
        section(t("start.scenario"), scenarios),
        section(t("start.ladder"), ladder),
        section(t("start.print"), pdf_links(site, path)),
    )
    return Page(path, title, markdown, "handbook.yaml")


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
    hb, t = site.handbook, site.t
    path = site.path("scenario", scenario_id)
    templates = rel.templates_for(hb, scenario_id)
    head = facts([
        (t("level"), site.ref(path, "level", scenario.level)),
        (t("lead"), site.ref(path, "role", scenario.lead)),
        (t("roles"), site.refs(path, "role", rel.scenario_roles(scenario)[1:])),
        (t("channels"), site.refs(path, "channel", scenario.channels)),
        (t("audiences"), site.refs(path, "audience", scenario.audiences)),
    ])
    checklists = bullets(
        f"{site.ref(path, 'checklist', cid)} – {md_text(t('phase.' + hb.checklists[cid].phase))}"
        for cid in rel.checklists_for(hb, scenario_id)
    )
    ordered = "\n".join(
        f"{n}. {site.ref(path, 'template', tid)} – {md_text(t('phase.' + hb.templates[tid].phase))}"
        for n, tid in enumerate(templates, start=1)
    ) + "\n"
    markdown = page(
        scenario.name,
        f"{block(scenario.summary, 'kh-lead')}\n",
        head,
        section(t("signs"), text_bullets(scenario.signs)),
        section(t("scenario.checklists"), checklists),
        section(t("scenario.templates"), ordered if templates else ""),
        section(t("scenario.matrix"), matrix_table(site, path, templates)),
    )
    return Page(path, scenario.name, markdown, "scenarios.yaml")
