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
def _covered() -> frozenset[str]:
    """Every character the table lists (about 12 000), built once (2 ms): a whole text is
    tested against it in one C call, and the characters that fail are then found one by one."""
    chars: list[str] = []
    for item in table()["ranges"].split():
        first, _, last = item.partition("-")
        chars += map(chr, range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(chars)


def uncovered(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every character in `text` that no font can print."""
    covered = _covered()
    if covered.issuperset(text):
        return []
    return [(offset, char) for offset, char in enumerate(text) if char not in covered]


def printable_data(data, replaced: Counter | None = None):
    """`data` (JSON values) with every string's unprintable characters replaced by
    PLACEHOLDER; each one replaced is counted in `replaced`."""
    if isinstance(data, str):
        found = uncovered(data)
        if not found:
            return data
        if replaced is not None:
            replaced.update(char for _, char in found)
        chars = list(data)
        for offset, _ in found:
            chars[offset] = PLACEHOLDER
        return "".join(chars)
    if isinstance(data, dict):
        return {key: printable_data(value, replaced) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [printable_data(value, replaced) for value in data]
    return data


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
