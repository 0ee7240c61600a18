"""Names and titles are shown exactly as written.

A name or title (a role's, channel's, audience's, scenario's, level's or
organisation's `name`; a template's, checklist's or exercise's `title`) is
plain text everywhere: on the site, in the binder and on the pocket cards.
Markdown emphasis, link syntax or HTML in one would show as written, stars
and brackets included, so it is a warning at the character where it starts,
with the plain text to write instead.

PASS:

    name: Rektor i beredskap

FAIL (warning):

    name: Rektor **i beredskap**
"""

from __future__ import annotations

from collections.abc import Iterator

from ..outgoing import find_markup
from ..problems import Level, Problem

ID = "plain-names"
NAME_FIELDS = {"role": "name", "audience": "name", "channel": "name", "scenario": "name", "level": "name",
               "organisation": "name", "template": "title", "checklist": "title", "exercise": "title"}


def check(handbook) -> Iterator[Problem]:
    for kind, field in NAME_FIELDS.items():
        for entity in handbook.of_kind(kind).values():
            text = getattr(entity, field, None)
            for markup in find_markup(text) if text else ():
                without = (text[:markup.offset] + text[markup.offset + len(markup.found):]).strip()
                message = handbook.say("plain-name", found=markup.found, plain=markup.plain.strip() or without)
                yield Problem(handbook.where_in_text(entity, (field,), markup.offset), message, ID, Level.WARNING)
