"""Outgoing text is published exactly as written (contract rule 9).

A template's `body` and each of its `variants` are the message as people
will read it on Facebook, by SMS, on X or in the municipality's CMS, none of
which renders Markdown or HTML. Emphasis (`**fet**`, `*kursiv*`), link syntax
(`[text](url)`, `<https://…>`) and HTML tags are errors at the character
where they start, and the message gives the plain text to write instead.
`- ` list lines, written-out URLs, e-mail addresses and phone numbers are
plain text and fine.

A variant is the text for one channel of the template's own `channels`:
a variant for any other channel is an error at its key.

PASS:

    channels: [webb, sms]
    body: |
      Det här vet vi:
      - Vattnet i Kolbäck är otjänligt.
      Läs mer på www.exempelby.se eller ring 0589-871 00.
    variants:
      sms: Vattnet i Kolbäck är otjänligt. Mer på www.exempelby.se

FAIL:

    body: |
      **Det här vet vi:** läs mer på [exempelby.se](https://www.exempelby.se).
    variants:
      facebook: ...   # facebook is not one of the template's channels
"""

from __future__ import annotations

from collections.abc import Iterator

from ..outgoing import find_markup
from ..problems import Problem

ID = "outgoing-text"


def outgoing_paths(template) -> Iterator[tuple[tuple, str]]:
    """(path, text) of every outgoing text of a template: the body, then each variant."""
    yield ("body",), template.body
    for channel_id, text in template.variants.items():
        yield ("variants", channel_id), text


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        yield from _check_variant_channels(handbook, template_id, template)
        for path, text in outgoing_paths(template):
            where = _where_words(handbook, path)
            for markup in find_markup(text):
                key = f"outgoing-{markup.kind}" + ("" if markup.plain.strip() else "-remove")
                message = handbook.say(key, id=template_id, where=where, found=markup.found, plain=markup.plain)
                yield Problem(handbook.where_in_text(template, path, markup.offset), message, ID)


def _where_words(handbook, path: tuple) -> str:
    if path == ("body",):
        return handbook.say("outgoing-in-body")
    return handbook.say("outgoing-in-variant", channel=path[1])


def _check_variant_channels(handbook, template_id, template) -> Iterator[Problem]:
    for channel_id in template.variants:
        if channel_id not in template.channels:
            message = handbook.say(
                "variant-unknown-channel", id=template_id, channel=channel_id,
                channels=", ".join(template.channels),
            )
            yield Problem(handbook.where_key(template, "variants", channel_id), message, ID)
