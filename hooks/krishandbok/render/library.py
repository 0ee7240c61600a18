"""The template library and the checklists."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from markupsafe import Markup, escape

from .. import relations as rel
from ..rules.readability import template_lix
from ..text import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    PLACEHOLDER,
    SMS_GSM7_PART,
    SMS_GSM7_SINGLE,
    SMS_UCS2_PART,
    SMS_UCS2_SINGLE,
    measure,
)
from .blocks import bullets, facts, heading, page, section, table
from .guidance import tone_note
from .labels import Labels
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
        parts.append(html('<mark class="kh-ph" data-name="{}">{}</mark>', name, shown))
        last = match.end()
    parts.append(escape(body[last:]))
    return Markup("").join(parts)


def _text_box(kind: str, template_id: str, label: str, content: Markup) -> str:
    """A raw HTML block: Markdown leaves it alone, the copy button and the filler find it."""
    return str(html(
        '<div class="kh-message kh-{kind}" data-template="{tid}">\n'
        '<pre class="kh-text-box" id="kh-{kind}-{tid}" aria-label="{label}">{content}</pre>\n'
        "</div>\n",
        kind=kind, tid=template_id, label=label, content=content))


def _copy_button(site: Site, template_id: str) -> str:
    return str(html(
        '<p><button type="button" class="md-button kh-copy" data-copy="kh-preview-{tid}"'
        ' data-copied="{done}">{label}</button></p>\n',
        tid=template_id, label=site.t("template.copy"), done=site.t("template.copied")))


_STATUS = '<p class="kh-length-status" id="kh-status-{}" role="status" aria-live="polite"></p>\n'


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
        rows.append([
            site.ref(site.path("template", template.id), "channel", channel_id),
            _cell("kh-length", md_text(_length_text(site, size)), kind=channel.kind, max_length=channel.max_length),
            _cell("kh-limit", str(size.limit) if size.limit else md_text(t("none"))),
            _cell("kh-verdict", md_text(verdict)),
        ])
    header = [t("template.channel"), t("template.length"), t("template.limit"), ""]
    return table(header, rows) + "\n" + str(html(_STATUS, template.id))


def _length_text(site: Site, size) -> str:
    """`124 GSM-7-tecken · 1 sms-del`: the filler writes the same words (krishandbok-filler.js)."""
    t = site.t
    words = f"{size.length} {t(f'template.unit.{size.unit}')}"
    if size.segments:
        words += f" · {size.segments} {t('template.segment' if size.segments == 1 else 'template.segments')}"
    return words


def _cell(css_class: str, content: str, **data) -> str:
    """A table cell's content in a span the filler finds; `data` becomes data-* attributes."""
    attrs = Markup("").join(
        html(' data-{}="{}"', name.replace("_", "-"), value) for name, value in data.items() if value
    )
    return str(html('<span class="{}"{}>', css_class, attrs)) + content + "</span>"


# --------------------------------------------------------------------------- the filler

_FILLER_LABELS = (
    "fits", "too_long", "no_limit", "segment", "segments", "over", "all_fit", "field_over", "copied",
    "unit.characters", "unit.GSM-7", "unit.UCS-2",
)


@lru_cache(maxsize=4)  # the same for every template of a site
def _filler_config(language: str) -> str:
    """What krishandbok-filler.js needs besides the page: its words, and the SMS alphabet of text.py."""
    t = Labels(language)
    return json.dumps({
        "labels": {key: t(f"template.{key}") for key in _FILLER_LABELS},
        "gsm7": {"basic": GSM7_BASIC, "extension": GSM7_EXTENSION, "single": SMS_GSM7_SINGLE, "part": SMS_GSM7_PART},
        "ucs2": {"single": SMS_UCS2_SINGLE, "part": SMS_UCS2_PART},
    }, ensure_ascii=False, sort_keys=True)


def _attr_text(value: str) -> Markup:
    """Text for an attribute value or a textarea, escaped, its line breaks as references."""
    return Markup(str(escape(value)).replace("\r", "&#13;").replace("\n", "&#10;"))


def _filler(site: Site, template_id: str, template) -> str:
    """One labelled field per placeholder, pre-filled with its example (a raw HTML block)."""
    t = site.t
    fields = [_field(site, template_id, name, p) for name, p in template.placeholders.items()]
    reset = html('<p><button type="reset" class="md-button kh-reset-fields">{}</button></p>\n',
        t("template.reset")
    )
    return str(html(
        '<form class="kh-filler" id="kh-filler-{tid}" data-template="{tid}" data-body="{body}"'
        ' data-config="{config}" autocomplete="off"{hidden}>\n{fields}{reset}</form>\n',
        tid=template_id, body=_attr_text(template.body), config=_filler_config(site.handbook.language),
        fields=Markup("").join(fields), reset=reset if fields else "", hidden=Markup("" if fields else " hidden"),
    ))


def _field(site: Site, template_id: str, name: str, placeholder) -> Markup:
    t = site.t
    field_id = f"kh-field-{template_id}-{name}"
    hint = f"{t('template.example')}: {placeholder.example}"
    if placeholder.max_length:
        hint += f" · {t('template.max_chars', limit=str(placeholder.max_length))}"
    example = placeholder.example
    common = html(
        'id="{id}" name="{name}" class="kh-field-input" data-max-length="{limit}"'
        ' aria-describedby="{id}-hint {id}-warning"',
        id=field_id, name=name, limit=placeholder.max_length or "")
    if "\n" in example or len(example) > 80:
        rows = min(8, max(3, example.count("\n") + 2))
        control = html('<textarea {} rows="{}">{}</textarea>', common, rows, _attr_text(example))
    else:
        control = html('<input type="text" {} value="{}">', common, _attr_text(example))
    return html(
        '<div class="kh-field">\n'
        '<label for="{id}"><span class="kh-field-name">{{{name}}}</span> {description}</label>\n'
        "{control}\n"
        '<span class="kh-field-hint" id="{id}-hint">{hint}</span>\n'
        '<span class="kh-field-warning" id="{id}-warning" aria-live="polite"></span>\n'
        "</div>\n",
        id=field_id, name=name, description=inline(placeholder.description), control=control, hint=hint)


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
    filler = _filler(site, template_id, template)
    markdown = page(
        template.title,
        head,
        section(t("template.body"), _text_box("body", template_id, t("template.body"), marked_body(template.body))),
        section(t("template.placeholders"), filler if template.placeholders else ""),
        section(
            t("template.preview"),
            ("" if template.placeholders else filler)
            + _text_box("preview", template_id, t("template.preview"), marked_body(template.body, template.examples()))
            + "\n" + _copy_button(site, template_id),
        ),
        section(t("template.lengths"), _lengths(site, template)),
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
