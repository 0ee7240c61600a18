"""Warning: text with characters that none of the printed outputs' fonts has.

The binder, the pocket cards and the exercise packs are set in fonts shipped with the
engine (Latin, Greek, Cyrillic, Hebrew, Arabic script, Ethiopic, Devanagari, Thai and
black-and-white emoji; krishandbok/fonts/README.md). A character none of them has
(Chinese, Japanese or Korean, for one) is printed as � (U+FFFD) in the PDFs; the web
pages show it as usual. One warning per text, at its first such character, naming
each one with its code point. The build goes on.

PASS:

    summary: Ansvarar för information på arabiska (مرحبا), tigrinja (ሰላም) och ukrainska.

WARN:

    summary: Ansvarar för information på kinesiska (你好).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fonts import PLACEHOLDER, code_point, uncovered
from ..problems import Level, Problem

ID = "print-fonts"
NAMED = 5  # characters named in one message; more are counted


def check(handbook) -> Iterator[Problem]:
    for document in handbook.documents:
        for path, value in document.texts:
            found = uncovered(value)
            if found:
                message = handbook.say("print-fonts-missing", chars=_named([char for _, char in found]),
                                       placeholder=PLACEHOLDER)
                yield Problem(document.text_position(path, found[0][0]), message, ID, Level.WARNING)


def _named(chars: list[str]) -> str:
    distinct = list(dict.fromkeys(chars))
    named = ", ".join(f"{char} {code_point(char)}" for char in distinct[:NAMED])
    return named + (f", … (+{len(distinct) - NAMED})" if len(distinct) > NAMED else "")
