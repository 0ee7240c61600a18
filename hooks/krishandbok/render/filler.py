"""A template page's filler: fields, the outgoing text per channel with its counter, copy.

Everything here is raw HTML that Markdown leaves alone; docs/assets/krishandbok-filler.js
finds it by class and reads the texts, channels and words from data attributes. Without
JavaScript (and in print) the page shows each channel's text filled with the examples.
"""

from __future__ import annotations

import json
from functools import lru_cache

from markupsafe import Markup, escape

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
from .labels import Labels
from .markup import html, inline

# Words the script needs, from render/labels.py (template.<key>).
_SCRIPT_LABELS = (
    "fits", "too_long", "no_limit", "segment", "segments", "over", "all_fit", "field_over", "copied",
    "unit.characters", "unit.GSM-7", "unit.UCS-2", "at_most", "unfilled_one", "unfilled_many",
    "all_filled", "not_filled", "clear_confirm", "copy_confirm",
)


@lru_cache(maxsize=4)  # the same for every template of a site
def filler_config(language: str) -> str:
    """What krishandbok-filler.js needs besides the page: its words, and the SMS alphabet of text.py."""
    t = Labels(language)
    return json.dumps({
        "labels": {key: t(f"template.{key}") for key in _SCRIPT_LABELS},
        "gsm7": {"basic": GSM7_BASIC, "extension": GSM7_EXTENSION, "single": SMS_GSM7_SINGLE, "part": SMS_GSM7_PART},
        "ucs2": {"single": SMS_UCS2_SINGLE, "part": SMS_UCS2_PART},
    }, ensure_ascii=False, sort_keys=True)


def marked_text(text: str, values: dict[str, str] | None = None) -> Markup:
    """Outgoing text as HTML with each placeholder visibly marked (or its value, when given)."""
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1)
        parts.append(escape(text[last : match.start()]))
        shown = values[name] if values and name in values else match.group(0)
        parts.append(html('<mark class="kh-ph" data-name="{}">{}</mark>', name, shown))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def attr_text(value: str) -> Markup:
    """Text for an attribute value, escaped, its line breaks as references (Markdown keeps one line)."""
    return Markup(str(escape(value)).replace("\r", "&#13;").replace("\n", "&#10;"))


def fields_form(site, template_id: str, template) -> str:
    """One labelled field per placeholder, empty, with its example as a hint (a raw HTML block)."""
    t = site.t
    fields = [_field(site, template_id, name, p) for name, p in template.placeholders.items()]
    clear = html(
        '<p><button type="button" class="md-button kh-clear-fields">{}</button></p>\n', t("template.clear")
    )
    return str(html(
        '<form class="kh-filler" id="kh-filler-{tid}" data-template="{tid}" data-config="{config}"'
        ' autocomplete="off"{hidden}>\n{fields}{clear}</form>\n',
        tid=template_id, config=filler_config(site.handbook.language),
        fields=Markup("").join(fields), clear=clear if fields else "", hidden=Markup("" if fields else " hidden"),
    ))


def _field(site, template_id: str, name: str, placeholder) -> Markup:
    t = site.t
    field_id = f"kh-field-{template_id}-{name}"
    hint = f"{t('template.example')}: {placeholder.example}"
    if placeholder.max_length:
        hint += f" · {t('template.max_chars', limit=str(placeholder.max_length))}"
    common = html(
        'id="{id}" name="{name}" class="kh-field-input" data-max-length="{limit}" data-example="{example}"'
        ' aria-describedby="{id}-hint {id}-state {id}-warning"',
        id=field_id, name=name, limit=placeholder.max_length or "", example=attr_text(placeholder.example))
    if "\n" in placeholder.example or len(placeholder.example) > 80:
        rows = min(8, max(3, placeholder.example.count("\n") + 2))
        control = html('<textarea {} rows="{}"></textarea>', common, rows)
    else:
        control = html('<input type="text" {} value="">', common)
    return html(
        '<div class="kh-field">\n'
        '<label for="{id}"><span class="kh-field-name">{{{name}}}</span> {description}</label>\n'
        "{control}\n"
        '<span class="kh-field-hint" id="{id}-hint">{hint}</span>\n'
        '<span class="kh-field-state" id="{id}-state"></span>\n'
        '<span class="kh-field-warning" id="{id}-warning" aria-live="polite"></span>\n'
        "</div>\n",
        id=field_id, name=name, description=inline(placeholder.description), control=control, hint=hint)


def outgoing_texts(site, template_id: str, template, copy_first: bool = False) -> str:
    """The text published on each channel (its variant, else the body), each with its counter,
    a channel picker the script shows, one copy button and one live status line.
    `copy_first` puts the button above the texts (a scenario page: in reach on a phone)."""
    t = site.t
    channels = [(cid, site.handbook.channels[cid]) for cid in dict.fromkeys(template.channels)
                if cid in site.handbook.channels]
    picker = Markup("").join(
        html('<label class="kh-channel-choice"><input type="radio" name="kh-channel-{tid}" value="{cid}"{checked}>'
             " {name}</label>\n", tid=template_id, cid=cid, name=channel.name,
             checked=Markup(" checked" if index == 0 else ""))
        for index, (cid, channel) in enumerate(channels)
    )
    blocks = Markup("").join(_channel_block(site, template_id, template, cid, channel) for cid, channel in channels)
    button = html(
        '<p><button type="button" class="md-button kh-copy" data-template="{tid}"'
        ' aria-describedby="kh-note-{tid}" data-copied="{copied}">{copy}</button></p>\n',
        tid=template_id, copy=t("template.copy"), copied=t("template.copied"))
    return str(html(
        '<div class="kh-outgoing" data-template="{tid}">\n'
        '<fieldset class="kh-channel-picker" hidden>\n<legend>{legend}</legend>\n{picker}</fieldset>\n'
        '<p class="kh-outgoing-note" id="kh-note-{tid}">{note}</p>\n'
        "{before}{blocks}{after}"
        '<p class="kh-length-status" id="kh-status-{tid}" role="status" aria-live="polite"></p>\n'
        "</div>\n",
        tid=template_id, legend=t("template.channel"), picker=picker, note=t("template.with_examples"),
        blocks=blocks, before=button if copy_first else "", after="" if copy_first else button,
    ))


def _channel_block(site, template_id: str, template, channel_id: str, channel) -> Markup:
    text = template.text_for(channel_id)
    example = template.example_text(channel_id)
    size = measure(example, channel.kind, channel.max_length)
    heading_id = f"kh-out-{template_id}-{channel_id}-name"
    return html(
        '<section class="kh-channel-text" id="kh-out-{tid}-{cid}" data-channel="{cid}" data-name="{name}"'
        ' data-kind="{kind}" data-max-length="{limit}" data-text="{text}" aria-labelledby="{hid}">\n'
        '<h3 class="kh-channel-name" id="{hid}">{name}</h3>\n'
        '<pre class="kh-text-box" aria-labelledby="{hid}" data-out="{out}">{shown}</pre>\n'
        '<p class="kh-count{over}">{count}</p>\n'
        "</section>\n",
        tid=template_id, cid=channel_id, name=channel.name, kind=channel.kind, limit=channel.max_length or "",
        text=attr_text(text), hid=heading_id, out=attr_text(example),
        shown=marked_text(text.strip(), template.examples()), over=Markup("" if size.fits else " kh-over"),
        count=count_text(site.t, size),
    )


def count_text(t, size) -> str:
    """`147 GSM-7-tecken · 1 sms-del · högst 160 · ryms`: the script writes the same words."""
    words = f"{size.length} {t(f'template.unit.{size.unit}')}"
    if size.segments:
        words += f" · {size.segments} {t('template.segment' if size.segments == 1 else 'template.segments')}"
    if size.limit is None:
        return f"{words} · {t('template.no_limit')}"
    verdict = t("template.fits" if size.fits else "template.too_long")
    return f"{words} · {t('template.at_most', limit=str(size.limit))} · {verdict}"
