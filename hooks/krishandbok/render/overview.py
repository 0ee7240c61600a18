"""The communication matrix and the coverage page for editors."""

from __future__ import annotations

from .. import relations as rel
from .blocks import bullets, page, section, table
from .exercises import coverage_sections as exercise_coverage
from .markup import inline, md_text
from .site import Page, Site

GRID_LIMIT = 5000  # cells of the coverage grids; a larger handbook gets one line per role and channel


def matrix_table(site: Site, path: str, template_ids: list[str] | None = None) -> str:
    """Who says what to whom, when, in which channel, with what effect: a row per template × channel."""
    t = site.t
    rows = []
    for row in rel.matrix_rows(site.handbook, template_ids):
        template = row.template
        scenarios = (
            site.refs(path, "scenario", template.scenarios) if template.scenarios else md_text(t("all_scenarios"))
        )
        rows.append([
            site.ref(path, "role", template.sender),
            site.ref(path, "template", row.template_id),
            site.refs(path, "audience", template.audiences),
            f"{md_text(t('phase.' + template.phase))} · {scenarios}",
            site.ref(path, "channel", row.channel_id),
            inline(template.effect),
        ])
    header = [t(f"matrix.{key}") for key in ("who", "what", "whom", "when", "channel", "effect")]
    return table(header, rows) if rows else ""


def matrix_page(site: Site) -> Page:
    path = site.t("page.matrix")
    title = site.t("matrix.title")
    return Page(path, title, page(title, matrix_table(site, path)))


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
        roles, channels = table(header, role_rows), table(header, channel_rows)
    warnings = bullets(f"{md_text(_where(p))}: {md_text(p.message)}" for p in site.warnings)
    markdown = page(
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


def _where(problem) -> str:
    return f"{problem.where.path}:{problem.where.line}"
