"""The fonts the printed outputs are set in, and the characters they can print.

Typst runs with its embedded fonts and the ones in this folder only (README.md),
never the machine's, so a binder looks the same wherever it is built and nothing is
fetched. `coverage.json`, made by `scripts/font-coverage`, lists every character
those fonts can print; a character outside it would stop Typst (PDF/UA-1 refuses
text it cannot display), so `printable_data` replaces it with `PLACEHOLDER` before
layout and the validator's rule `print-fonts` points at it in the data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent
FALLBACK_LIST = "fonts.typ"  # imported by every layout: `#import "fonts.typ": fonts`
# U+FFFD REPLACEMENT CHARACTER: Unicode's own sign for "a character that could not be
# shown"; a screen reader and a copy from the PDF get that meaning too, where a box or a
# bracketed code point would read as text that was written.
PLACEHOLDER = "\ufffd"


@cache
def table() -> dict:
    return json.loads((FOLDER / "coverage.json").read_text(encoding="utf-8"))


@cache
def _uncovered_pattern() -> re.Pattern:
    """Any one character outside the table's ranges (a negated class: the scan runs in C)."""
    parts = []
    for item in table()["ranges"].split():
        first, _, last = item.partition("-")
        parts.append(re.escape(chr(int(first, 16))) + ("-" + re.escape(chr(int(last, 16))) if last else ""))
    return re.compile("[^" + "".join(parts) + "]")


def uncovered(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every character in `text` that no font can print."""
    if text.isascii() and text.isprintable():
        return []
    return [(found.start(), found.group()) for found in _uncovered_pattern().finditer(text)]


def printable_data(data, replaced: Counter | None = None):
    """`data` (JSON values) with every string's unprintable characters replaced by
    PLACEHOLDER; each one replaced is counted in `replaced`."""
    if isinstance(data, str):
        if replaced is None or data.isascii():
            return data if data.isascii() else _uncovered_pattern().sub(PLACEHOLDER, data)
        return _uncovered_pattern().sub(lambda found: _count(found.group(), replaced), data)
    if isinstance(data, dict):
        return {key: printable_data(value, replaced) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [printable_data(value, replaced) for value in data]
    return data


def _count(char: str, replaced: Counter) -> str:
    replaced[char] += 1
    return PLACEHOLDER


def code_point(char: str) -> str:
    """"U+1F9EA" for a message: the character itself may not show on the reader's screen either."""
    return f"U+{ord(char):04X}"


def replaced_note(replaced: Counter) -> str:
    """One line for a build log: which characters were printed as PLACEHOLDER, or ""."""
    if not replaced:
        return ""
    listed = ", ".join(f"{code_point(char)} {char} ×{count}" for char, count in sorted(replaced.items()))
    return (f"characters no font can print are printed as {code_point(PLACEHOLDER)} "
            f"({sum(replaced.values())} times in the PDFs): {listed} (krishandbok validate says where)")
