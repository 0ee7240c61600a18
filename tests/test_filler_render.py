"""What render/library.py gives the browser's filler and checklists (no browser needed).

The filler reads the body, the channels and its words from data attributes; they must say
what the engine says, and stay escaped whatever the data holds.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import markdown
from conftest import ENGLISH

from krishandbok import text, validate
from krishandbok.render import render_site
from krishandbok.render.labels import Labels


class _Elements(HTMLParser):
    def __init__(self, source: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        """The text of a textarea (a multi-line example), decoded, under the key "#text"."""
        if self.elements and self.elements[-1][0] == "textarea":
            attrs = self.elements[-1][1]
            attrs["#text"] = attrs.get("#text", "") + data


def _html(handbook, path: str) -> list[tuple[str, dict]]:
    page = next(p for p in render_site(handbook) if p.path == path)
    md = markdown.Markdown(extensions=["toc", "admonition", "attr_list", "md_in_html", "tables"])
    return _Elements(md.convert(page.markdown)).elements


def test_filler_carries_texts_channels_alphabet_and_words():
    handbook = validate(ENGLISH).handbook
    template = handbook.templates["first-message"]
    assert template.variants, "the English handbook has a variant to carry"
    elements = _html(handbook, "messages/first-message.md")
    form = next(attrs for tag, attrs in elements if tag == "form")
    config = json.loads(form["data-config"])
    assert config["gsm7"] == {"basic": text.GSM7_BASIC, "extension": text.GSM7_EXTENSION,
                              "single": text.SMS_GSM7_SINGLE, "part": text.SMS_GSM7_PART}
    assert config["ucs2"] == {"single": text.SMS_UCS2_SINGLE, "part": text.SMS_UCS2_PART}
    assert config["labels"]["too_long"] == "too long"
    fields = {attrs["name"]: attrs for tag, attrs in elements if "kh-field-input" in attrs.get("class", "")}
    assert {name: attrs.get("value") for name, attrs in fields.items()} == dict.fromkeys(template.placeholders, "")
    assert {name: attrs["data-example"] for name, attrs in fields.items()} == template.examples()
    labels = {attrs["for"] for tag, attrs in elements if tag == "label" and "for" in attrs}
    assert {attrs["id"] for attrs in fields.values()} <= labels
    blocks = [a for t, a in elements if a.get("class") == "kh-channel-text"]
    assert [(b["data-channel"], b["data-text"], b["data-kind"], b.get("data-max-length")) for b in blocks] == [
        (c, template.text_for(c), handbook.channels[c].kind,
         str(handbook.channels[c].max_length) if handbook.channels[c].max_length else "")
        for c in template.channels
    ]
    outs = [a["data-out"] for t, a in elements if t == "pre" and "data-out" in a]
    assert outs == [template.example_text(c) for c in template.channels]
    radios = [a["value"] for t, a in elements if t == "input" and a.get("type") == "radio"]
    assert radios == list(template.channels)


def test_mode_is_on_the_template_page_and_in_the_library():
    handbook = validate(ENGLISH).handbook
    pages = {p.path: p.markdown for p in render_site(handbook)}
    t = Labels("en")
    assert f"**When:** proactive – {t('mode.proactive')}" in pages["messages/first-message.md"]
    assert "· proactive –" in pages["messages/index.md"]


def test_data_in_attributes_stays_escaped():
    handbook = validate(ENGLISH).handbook
    evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>\n\n{: onclick="alert(3)" }'
    template = handbook.templates["first-message"]
    placeholders = dict(template.placeholders)
    placeholders["event"] = placeholders["event"].model_copy(update={"example": evil, "description": evil})
    variants = {channel: text + evil for channel, text in template.variants.items()}
    changed = template.model_copy(update={"placeholders": placeholders, "body": template.body + evil,
                                          "variants": variants})
    changed._id = "first-message"
    handbook.templates["first-message"] = changed
    elements = _html(handbook, "messages/first-message.md")
    assert not [tag for tag, _ in elements if tag in ("script", "img")]
    assert not [name for _, attrs in elements for name in attrs if name.startswith("on")]
    texts = {a["data-channel"]: a["data-text"] for t, a in elements if a.get("class") == "kh-channel-text"}
    assert texts == {c: changed.text_for(c) for c in changed.channels}
    field = next(attrs for tag, attrs in elements if attrs.get("name") == "event")
    assert field["data-example"] == evil


def test_checklist_tools_carry_their_words():
    handbook = validate(ENGLISH).handbook
    elements = _html(handbook, "checklists/first-hour.md")
    tools = next(attrs for tag, attrs in elements if "kh-checklist-tools" in attrs.get("class", ""))
    assert "hidden" in tools and tools["data-checklist"] == "first-hour"
    assert json.loads(tools["data-labels"])["progress"] == "{done} of {total} ticked"
    boxes = [attrs["id"] for tag, attrs in elements if attrs.get("class") == "kh-check"]
    assert len(boxes) == len(handbook.checklists["first-hour"].items)
