"""A template, filled with its examples, fits every channel it goes out in (rules 8 and 9).

The text published on a channel is its variant (`variants`), else the body,
with each `{name}` replaced by its example. For `kind: sms` it is counted in
GSM-7 units, where `^ { } \\ [ ~ ] | €` count 2; a text with any character
outside GSM-7 (an emoji, a typographic dash) is sent as UCS-2 and one
message holds 70 characters instead of 160. The error points at the text to
shorten: the variant, or the body when the channel has no variant.

FAIL: a 170-character body in a template that goes out in a channel with
`kind: sms` and `max_length: 160`, without a shorter `variants: {sms: ...}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..text import measure

ID = "message-length"


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        for channel_id in dict.fromkeys(template.channels):
            channel = handbook.channels.get(channel_id)
            if channel is None or channel.max_length is None:
                continue
            size = measure(template.example_text(channel_id), channel.kind, channel.max_length)
            if size.fits:
                continue
            in_variant = channel_id in template.variants
            path = ("variants", channel_id) if in_variant else ("body",)
            where = handbook.say("outgoing-in-variant", channel=channel_id) if in_variant \
                else handbook.say("outgoing-shorten-body")
            message = handbook.say(
                "message-too-long",
                id=template_id,
                channel=channel_id,
                length=size.length,
                limit=size.limit,
                unit=handbook.say(f"unit-{size.unit}"),
                where=where,
            )
            yield Problem(handbook.where_in_text(template, path, 0), message, ID)
