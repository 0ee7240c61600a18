"""The communication matrix and the coverage page for editors."""

from __future__ import annotations

from .. import relations as rel
from .blocks import bullets, page, section, table
from .markup import inline, md_text
from .site import Page, Site


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

    role_rows = [[site.ref(path, "role", r)] + [role_cell(r, s) for s in scenario_ids] for r in hb.roles]
    channel_rows = [
        [site.ref(path, "channel", c)]
        + [md_text(t("coverage.used")) if c in hb.scenarios[s].channels else "" for s in scenario_ids]
        for c in hb.channels
    ]
    warnings = bullets(f"{md_text(_where(p))}: {md_text(p.message)}" for p in site.warnings)
    markdown = page(
        t("nav.coverage"),
        f"{md_text(t('coverage.intro'))}\n",
        section(t("coverage.roles"), table(header, role_rows)),
        section(t("coverage.channels"), table(header, channel_rows)),
        section(t("coverage.warnings"), warnings or f"{md_text(t('coverage.none'))}\n"),
    )
    return Page(path, t("nav.coverage"), markdown)


def _where(problem) -> str:
    return f"{problem.where.path}:{problem.where.line}"
