"""The template library and the checklists."""

from __future__ import annotations

from markupsafe import Markup, escape

from .. import relations as rel
from ..rules.readability import template_lix
from ..text import PLACEHOLDER, measure
from .blocks import bullets, facts, heading, page, section, table
from .markup import inline, md_text
from .site import Page, Site

# --------------------------------------------------------------------------- templates


def template_pages(site: Site) -> list[Page]:
    pages = [_library_index(site)]
    return pages + [_template_page(site, tid, template) for tid, template in site.handbook.templates.items()]


def _library_index(site: Site) -> Page:
    """Templates grouped by scenario (general ones first), then by phase."""
    hb, t = site.handbook, site.t
    path = site.path("template")
    groups = [(t("all_scenarios"), [tid for tid, x in hb.templates.items() if x.scenarios is None])]
    groups += [
        (s.name, [tid for tid, x in hb.templates.items() if x.scenarios and sid in x.scenarios])
        for sid, s in hb.scenarios.items()
    ]
    parts = []
    for title, ids in groups:
        if not ids:
            continue
        parts.append(heading(2, title))
        for phase in rel.PHASES:
            in_phase = [tid for tid in ids if hb.templates[tid].phase == phase]
            items = (f"{site.ref(path, 'template', tid)} – {inline(hb.templates[tid].effect)}" for tid in in_phase)
            parts.append(section(t(f"phase.{phase}"), bullets(items), level=3))
    return Page(path, t("nav.templates"), page(t("nav.templates"), *parts))


def marked_body(body: str, values: dict[str, str] | None = None) -> Markup:
    """The body as HTML with each placeholder visibly marked (or its value, when given)."""
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(body):
        name = match.group(1)
        parts.append(escape(body[last : match.start()]))
        shown = values[name] if values and name in values else match.group(0)
        parts.append(Markup('<mark class="kh-ph" data-name="{}">{}</mark>').format(name, shown))
        last = match.end()
    parts.append(escape(body[last:]))
    return Markup("").join(parts)


def _text_box(kind: str, template_id: str, label: str, content: Markup) -> str:
    """A raw HTML block: Markdown leaves it alone, the copy button and the filler find it."""
    return str(Markup(
        '<div class="kh-message kh-{kind}" data-template="{tid}">\n'
        '<pre class="kh-text-box" id="kh-{kind}-{tid}" aria-label="{label}">{content}</pre>\n'
        "</div>\n"
    ).format(kind=kind, tid=template_id, label=label, content=content))


def _copy_button(site: Site, template_id: str) -> str:
    return str(Markup(
        '<p><button type="button" class="md-button kh-copy" data-copy="kh-preview-{tid}"'
        ' data-copied="{done}">{label}</button></p>\n'
    ).format(tid=template_id, label=site.t("template.copy"), done=site.t("template.copied")))


def _lengths(site: Site, template) -> str:
    t = site.t
    text = template.example_text()
    rows = []
    for channel_id in template.channels:
        channel = site.handbook.channels.get(channel_id)
        if channel is None:
            continue
        size = measure(text, channel.kind, channel.max_length)
        verdict = t("template.no_limit") if size.limit is None else t(
            "template.fits" if size.fits else "template.too_long"
        )
        unit = t(f"template.unit.{size.unit}")
        segments = f" · {size.segments} {t('template.segments')}" if size.segments else ""
        rows.append([
            site.ref(site.path("template", template.id), "channel", channel_id),
            f"{size.length} {md_text(unit)}{md_text(segments)}",
            str(size.limit) if size.limit else md_text(t("none")),
            md_text(verdict),
        ])
    header = [t("template.channel"), t("template.length"), t("template.limit"), ""]
    return table(header, rows)


def _template_page(site: Site, template_id: str, template) -> Page:
    t = site.t
    path = site.path("template", template_id)
    scenarios = site.refs(path, "scenario", template.scenarios) if template.scenarios else md_text(t("all_scenarios"))
    lix = f"{template_lix(template):.0f}"
    head = facts([
        (t("effect"), inline(template.effect)),
        (t("sender"), site.ref(path, "role", template.sender)),
        (t("approver"), site.ref(path, "role", template.approver) if template.approver else None),
        (t("channels"), site.refs(path, "channel", template.channels)),
        (t("audiences"), site.refs(path, "audience", template.audiences)),
        (t("phase"), md_text(t(f"phase.{template.phase}"))),
        (t("scenarios"), scenarios),
        (t("template.lix"), lix),
    ])
    placeholders = bullets(
        f"**{{{md_text(name)}}}** – {inline(p.description)} ({md_text(p.example)})"
        for name, p in template.placeholders.items()
    )
    markdown = page(
        template.title,
        head,
        section(t("template.body"), _text_box("body", template_id, t("template.body"), marked_body(template.body))),
        section(t("template.placeholders"), placeholders),
        section(
            t("template.preview"),
            _text_box("preview", template_id, t("template.preview"), marked_body(template.body, template.examples()))
            + "\n" + _copy_button(site, template_id),
        ),
        section(t("template.lengths"), _lengths(site, template)),
    )
    return Page(path, template.title, markdown, f"templates/{template_id}.yaml")


# --------------------------------------------------------------------------- checklists


def checklist_pages(site: Site) -> list[Page]:
    hb, t = site.handbook, site.t
    index_path = site.path("checklist")
    items = [
        f"{site.ref(index_path, 'checklist', cid)} – {site.ref(index_path, 'role', c.owner)}"
        f" · {md_text(t('phase.' + c.phase))}"
        for cid, c in hb.checklists.items()
    ]
    pages = [Page(index_path, t("nav.checklists"), page(t("nav.checklists"), bullets(items)))]
    return pages + [_checklist_page(site, cid, checklist) for cid, checklist in hb.checklists.items()]


def _checklist_page(site: Site, checklist_id: str, checklist) -> Page:
    t = site.t
    path = site.path("checklist", checklist_id)
    scenarios = site.refs(path, "scenario", checklist.scenarios) if checklist.scenarios else md_text(t("all_scenarios"))
    head = facts([
        (t("checklist.owner"), site.ref(path, "role", checklist.owner)),
        (t("phase"), md_text(t(f"phase.{checklist.phase}"))),
        (t("scenarios"), scenarios),
    ])
    lines = [_checklist_item(site, path, checklist_id, index, checklist, item)
             for index, item in enumerate(checklist.items)]
    body = f'<ul class="kh-checklist" data-checklist="{checklist_id}" markdown="1">\n' + "".join(lines) + "</ul>\n"
    return Page(path, checklist.title, page(checklist.title, head, body), f"checklists/{checklist_id}.yaml")


def _checklist_item(site: Site, path: str, checklist_id: str, index: int, checklist, item) -> str:
    """One item: a real checkbox labelled by the item's text, then who and when."""
    box_id = f"kh-{checklist_id}-{index + 1}"
    role = rel.item_role(checklist, item)
    details = [site.ref(path, "role", role)]
    if item.within:
        details.append(md_text(item.within))
    if item.template:
        details.append(site.ref(path, "template", item.template))
    return (
        f'<li class="kh-item" markdown="span"><input type="checkbox" id="{box_id}" class="kh-check">'
        f' <label for="{box_id}">{inline(item.text)}</label>'
        f' <span class="kh-item-meta">{" · ".join(details)}</span></li>\n'
    )
