"""The communication matrix and the coverage page for editors."""

from __future__ import annotations

from .. import relations as rel
from ..timebox import minutes
from .blocks import bullets, page, section, table
from .exercises import coverage_sections as exercise_coverage
from .markup import html, inline, md_text
from .site import NOT_SEARCHED, Page, Site

GRID_LIMIT = 5000  # cells of the coverage grids; a larger handbook gets one line per role and channel


MATRIX_COLUMNS = ("phase", "mode", "who", "what", "whom", "channel", "effect")


def matrix_order(handbook) -> list[str]:
    """Template ids by scenario (general ones first, then in scenario order), phase and time.

    A template's time is the shortest time box of the checklist items that use it;
    templates no item times come after the timed ones of their group.
    """
    position = {sid: n for n, sid in enumerate(handbook.scenarios)}
    used: dict[str, int] = {}
    for checklist in handbook.checklists.values():
        for item in checklist.items:
            value = minutes(item.within)
            if item.template and value is not None:
                used[item.template] = min(value, used.get(item.template, value))

    def key(tid: str):
        template = handbook.templates[tid]
        first = min((position.get(s, len(position)) for s in template.scenarios), default=-1) \
            if template.scenarios else -1
        timed = used.get(tid)
        return (first, rel.PHASES.index(template.phase), timed is None, timed or 0)

    return sorted(handbook.templates, key=key)


def matrix_table(site: Site, path: str, template_ids: list[str] | None = None) -> str:
    """Who says what to whom, when, in which channel, with what effect: a row per template × channel.

    A raw HTML table (cells in Markdown, so links are checked): on a phone each row
    becomes a card with every cell labelled; rows carry what the filters select on.
    """
    t = site.t
    hb = site.handbook
    ids = template_ids if template_ids is not None else matrix_order(hb)
    labels = [t("matrix.phase")] + [t(f"matrix.{key}") for key in MATRIX_COLUMNS[1:]]
    rows = []
    for row in rel.matrix_rows(hb, ids):
        template = row.template
        scenarios = site.refs(path, "scenario", template.scenarios) if template.scenarios \
            else md_text(t("all_scenarios"))
        cells = [
            f"{md_text(t('phase.' + template.phase))} · {scenarios}",
            md_text(t(f"mode.{template.mode}")) if template.mode else md_text(t("none")),
            site.ref(path, "role", template.sender),
            site.ref(path, "template", row.template_id),
            site.refs(path, "audience", template.audiences),
            site.ref(path, "channel", row.channel_id),
            inline(template.effect),
        ]
        attrs = html(' data-scenario="{}" data-audience="{}" data-channel="{}"',
                     " ".join(template.scenarios) if template.scenarios else "*",
                     " ".join(template.audiences), row.channel_id)
        rows.append(f'<tr{attrs} markdown="1">' + "".join(
            str(html('<td data-label="{}" markdown="span">', label)) + str(cell) + "</td>"
            for label, cell in zip(labels, cells, strict=True)) + "</tr>\n")
    if not rows:
        return ""
    head = "".join(str(html('<th scope="col">{}</th>', label)) for label in labels)
    return (f'\n<table class="kh-matrix" data-kh-filtered="1" markdown="1">\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody markdown=\"1\">\n{''.join(rows)}</tbody>\n</table>\n")


def matrix_page(site: Site) -> Page:
    from .entities import scenario_filter

    hb, t = site.handbook, site.t
    path = t("page.matrix")
    title = t("matrix.title")
    extra = [
        ("audience", t("filter.audience"), [(aid, a.name) for aid, a in hb.audiences.items()]),
        ("channel", t("filter.channel"), [(cid, c.name) for cid, c in hb.channels.items()]),
    ]
    return Page(path, title, page(title, scenario_filter(site, "matrix", extra), matrix_table(site, path)))


def coverage_page(site: Site) -> Page:
    hb, t = site.handbook, site.t
    path = t("page.coverage")
    scenario_ids = list(hb.scenarios)
    header = [""] + [hb.scenarios[s].name for s in scenario_ids]

    def role_cell(role_id: str, sid: str) -> str:
        scenario = hb.scenarios[sid]
        if scenario.lead == role_id:
            return md_text(t("coverage.lead"))
        return md_text(t("coverage.part")) if role_id in scenario.roles else ""

    if (len(hb.roles) + len(hb.channels)) * len(scenario_ids) > GRID_LIMIT:
        roles, channels = _coverage_lists(site, path)
    else:
        role_rows = [[site.ref(path, "role", r)] + [role_cell(r, s) for s in scenario_ids] for r in hb.roles]
        channel_rows = [
            [site.ref(path, "channel", c)]
            + [md_text(t("coverage.used")) if c in hb.scenarios[s].channels else "" for s in scenario_ids]
            for c in hb.channels
        ]
        roles, channels = _scrolling(site, header, role_rows), _scrolling(site, header, channel_rows)
    warnings = bullets(f"{md_text(_where(p))}: {md_text(p.message)}" for p in site.warnings)
    markdown = NOT_SEARCHED + page(
        t("nav.coverage"),
        f"{md_text(t('coverage.intro'))}\n",
        section(t("coverage.roles"), roles),
        section(t("coverage.channels"), channels),
        section(t("coverage.warnings"), warnings or f"{md_text(t('coverage.none'))}\n"),
        exercise_coverage(site, path),
    )
    return Page(path, t("nav.coverage"), markdown)


def _coverage_lists(site: Site, path: str) -> tuple[str, str]:
    """The two grids as lists, one line per role or channel: the same facts without the empty cells.

    A grid has a cell for every role (or channel) and scenario; in a regional handbook that is
    hundreds of thousands of cells, most of them empty, and the page alone takes longer to build
    than the rest of the site.
    """
    hb, t = site.handbook, site.t
    duty = {"lead": t("coverage.lead"), "part": t("coverage.part")}
    roles = []
    for role_id in hb.roles:
        found = rel.scenarios_of_role(hb, role_id)
        groups = [
            f"{md_text(duty[kind])} {site.refs(path, 'scenario', [s for s, d in found if d == kind])}"
            for kind in duty if any(d == kind for _, d in found)
        ]
        roles.append(f"{site.ref(path, 'role', role_id)}: {' · '.join(groups) or md_text(t('none'))}")
    used: dict[str, list[str]] = {channel_id: [] for channel_id in hb.channels}
    for scenario_id, scenario in hb.scenarios.items():
        for channel_id in dict.fromkeys(scenario.channels):
            used.setdefault(channel_id, []).append(scenario_id)
    channels = [
        f"{site.ref(path, 'channel', c)}: "
        + (f"{md_text(t('coverage.used'))} {site.refs(path, 'scenario', used[c])}" if used[c] else md_text(t("none")))
        for c in hb.channels
    ]
    return bullets(roles), bullets(channels)


def _scrolling(site: Site, header: list[str], rows: list[list[str]]) -> str:
    """A wide table with a visible cue that it scrolls sideways, the first column kept in view."""
    cue = html('<p class="kh-scroll-cue">{}</p>\n', site.t("table.cue", columns=str(len(header))))
    return f'{cue}<div class="kh-wide" markdown="1">\n\n{table(header, rows)}\n</div>\n'


def _where(problem) -> str:
    return f"{problem.where.path}:{problem.where.line}"
