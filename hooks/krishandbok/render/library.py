"""The template library and the checklists."""

from __future__ import annotations

import json
import re

from markupsafe import Markup

from .. import relations as rel
from ..text import lix as text_lix
from .blocks import bullets, facts, heading, page, section
from .filler import fields_form, outgoing_texts
from .guidance import tone_note
from .markup import html, inline, lead_and_rest, md_text
from .site import Page, Site

# --------------------------------------------------------------------------- templates


def template_pages(site: Site) -> list[Page]:
    pages = [_library_index(site)]
    return pages + [_template_page(site, tid, template) for tid, template in site.handbook.templates.items()]


def _library_index(site: Site) -> Page:
    """Templates grouped by scenario (general ones first), then by phase."""
    hb, t = site.handbook, site.t
    path = site.path("template")
    named: dict[str, list[str]] = {}  # scenario id → its own templates, in library order (one pass)
    for tid, x in hb.templates.items():
        for sid in dict.fromkeys(x.scenarios or ()):
            named.setdefault(sid, []).append(tid)
    groups = [(t("all_scenarios"), [tid for tid, x in hb.templates.items() if x.scenarios is None])]
    groups += [(s.name, named.get(sid, [])) for sid, s in hb.scenarios.items()]
    parts = []
    for title, ids in groups:
        if not ids:
            continue
        parts.append(heading(2, title))
        for phase in rel.PHASES:
            in_phase = [tid for tid in ids if hb.templates[tid].phase == phase]
            items = (_library_item(site, path, tid, hb.templates[tid]) for tid in in_phase)
            parts.append(section(t(f"phase.{phase}"), bullets(items), level=3))
    return Page(path, t("nav.templates"), page(t("nav.templates"), *parts))


def _library_item(site: Site, path: str, template_id: str, template) -> str:
    """`Första beskedet · proaktiv – effect`: when (mode) next to the name, then what it is for."""
    mode = f" · {md_text(site.t(f'template.mode.{template.mode}'))}" if template.mode else ""
    return f"{site.ref(path, 'template', template_id)}{mode} – {inline(template.effect)}"


def mode_words(site: Site, template) -> str | None:
    """`Proaktiv – vi går ut först` for the template page, or None when mode is not set."""
    if not template.mode:
        return None
    # "mode.<mode>" says what it means, in the matrix's words: vi går ut först / vi svarar.
    return md_text(f"{site.t(f'template.mode.{template.mode}')} – {site.t(f'mode.{template.mode}')}")


def _template_page(site: Site, template_id: str, template) -> Page:
    t = site.t
    path = site.path("template", template_id)
    scenarios = site.refs(path, "scenario", template.scenarios) if template.scenarios else md_text(t("all_scenarios"))
    lix = f"{text_lix(template.example_text()):.0f}"
    head = facts([
        (t("effect"), inline(template.effect)),
        (t("sender"), site.ref(path, "role", template.sender)),
        (t("approver"), site.ref(path, "role", template.approver) if template.approver else None),
        (t("channels"), site.refs(path, "channel", template.channels)),
        (t("audiences"), site.refs(path, "audience", template.audiences)),
        (t("phase"), md_text(t(f"phase.{template.phase}"))),
        (t("template.when"), mode_words(site, template)),
        (t("scenarios"), scenarios),
        (t("template.lix"), lix),
    ])
    form = fields_form(site, template_id, template)
    markdown = page(
        template.title,
        head,
        # Without placeholders the (hidden, empty) form still carries the script's words.
        section(t("template.placeholders"), form if template.placeholders else ""),
        section(t("template.outgoing"), ("" if template.placeholders else form)
                + outgoing_texts(site, template_id, template)),
        tone_note(site, path, reactive=template.mode == "reactive"),
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
    body += "\n" + _checklist_tools(site, checklist_id)
    return Page(path, checklist.title, page(checklist.title, head, body), f"checklists/{checklist_id}.yaml")


def _checklist_tools(site: Site, checklist_id: str) -> str:
    """Progress and a reset button, shown by krishandbok-checklists.js, which keeps the ticks in the browser."""
    t = site.t
    labels = {key: t(f"checklist.{key}") for key in ("ticked", "reset_confirm", "progress")}
    return str(html(
        '<div class="kh-checklist-tools" data-checklist="{id}" data-labels="{labels}" hidden>\n'
        '<p class="kh-progress" role="status" aria-live="polite"></p>\n'
        '<p><button type="button" class="md-button kh-reset-checklist">{reset}</button></p>\n'
        "</div>\n",
        id=checklist_id, labels=json.dumps(labels, ensure_ascii=False), reset=t("checklist.reset")))


def _checklist_item(site: Site, path: str, checklist_id: str, index: int, checklist, item) -> str:
    """One item: a real checkbox labelled by the item's text, then who and when."""
    box_id = f"kh-{checklist_id}-{index + 1}"
    role = rel.item_role(checklist, item)
    details = [site.ref(path, "role", role)]
    if item.within:
        details.append(md_text(item.within))
    if item.template:
        details.append(site.ref(path, "template", item.template))
    lead, rest = lead_and_rest(item.text)
    if not rest:
        return (
            f'<li class="kh-item" markdown="span"><input type="checkbox" id="{box_id}" class="kh-check">'
            f' <label for="{box_id}">{inline(item.text)}</label>'
            f' <span class="kh-item-meta">{" · ".join(details)}</span></li>\n'
        )
    # A text that holds a list: a label holds no list, so the list follows on lines of its own
    # (markdown="block" keeps it a list); a list with no paragraph before it is read out
    # through a hidden copy in the label (the checklist script needs a label per box).
    hidden = "" if lead else ' aria-hidden="true"'
    if not lead:
        lead = html('<span class="kh-hidden-label">{}</span>', Markup(re.sub(r"<[^>]+>", " ", rest)))
    return (
        f'<li class="kh-item" markdown="block"><input type="checkbox" id="{box_id}" class="kh-check">'
        f' <label for="{box_id}">{lead}</label>'
        f' <span class="kh-item-meta">{" · ".join(details)}</span>\n'
        f'<div class="kh-item-more"{hidden}>{rest}</div>\n</li>\n'
    )
