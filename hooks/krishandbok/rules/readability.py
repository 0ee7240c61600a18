"""Warning: a template whose LIX readability index is above 40.

LIX = words / sentences + 100 × long words / words, where a long word has
more than six letters. Below 30 is very easy, 30–40 easy (news text), above 50
hard. Messages in a crisis should be easy to read: short sentences, everyday words.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Level, Problem
from ..text import lix

ID = "readability"
LIMIT = 40


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        value = lix(template.example_text())
        if value > LIMIT:
            shown = f"{value:.1f}".replace(".", "," if handbook.language == "sv" else ".")
            message = handbook.say("readability-hard", id=template_id, lix=shown, limit=LIMIT)
            yield Problem(handbook.where(template, "body"), message, ID, Level.WARNING)
