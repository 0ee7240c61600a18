"""A template, filled with its examples, fits every channel it goes out in (rule 8).

The length is the body with each `{name}` replaced by its example. For
`kind: sms` it is counted in GSM-7 units, where `^ { } \\ [ ~ ] | €` count 2;
a text with any character outside GSM-7 (an emoji, a typographic dash) is
sent as UCS-2 and one message holds 70 characters instead of 160.

FAIL: a 170-character text in a channel with `kind: sms` and `max_length: 160`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..text import measure

ID = "message-length"


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        text = template.example_text()
        for index, channel_id in enumerate(template.channels):
            channel = handbook.channels.get(channel_id)
            if channel is None or channel.max_length is None:
                continue
            size = measure(text, channel.kind, channel.max_length)
            if not size.fits:
                message = handbook.say(
                    "message-too-long",
                    id=template_id,
                    channel=channel_id,
                    length=size.length,
                    limit=size.limit,
                    unit=handbook.say(f"unit-{size.unit}"),
                )
                yield Problem(handbook.where(template, "channels", index), message, ID)
