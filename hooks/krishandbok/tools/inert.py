"""Text from the handbook inside Markdown that GitHub renders (pull-request comments, job
summaries): shown as written, never acting as Markdown, HTML or a GitHub reference.

Whatever the data holds, it stays on one line (no heading, list or fence can start),
every character that could open inline syntax (emphasis, code, links, images, raw
HTML, entities, strikethrough, math) is written as a numeric character reference,
which CommonMark and Python-Markdown both read as a plain character and never as
syntax, and GitHub's own links (@mentions, #123, bare URLs) are broken by a
zero-width space.
"""

from __future__ import annotations

import re

ZERO_WIDTH = "&#8203;"
# `!` only matters before `[`, `{` and `|` only at the start or the end of a line.
_SYNTAX = re.compile(r"[\\`*_\[\]()<>&~$#]")
_ONE_LINE = re.compile(r"\s+")


def inert(text: str) -> str:
    """`text` on one line, as literal text in GitHub Markdown (and Python-Markdown)."""
    text = _ONE_LINE.sub(" ", str(text)).strip()
    text = _SYNTAX.sub(lambda match: f"&#{ord(match.group())};", text)
    text = text.replace("&#35;", "&#35;" + ZERO_WIDTH).replace("@", "@" + ZERO_WIDTH)
    text = text.replace("://", ":" + ZERO_WIDTH + "//")
    return re.sub(r"(?i)\bwww\.", lambda m: m.group()[:-1] + ZERO_WIDTH + ".", text)


def code(text: str) -> str:
    """`text` as an inline code span: a fence longer than any run of backticks inside it."""
    text = _ONE_LINE.sub(" ", str(text)).strip()
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def fence_for(lines: list[str], character: str = "~") -> str:
    """An opening (and closing) fence that no line of `lines` can close early."""
    longest = max((len(run) for line in lines for run in re.findall(re.escape(character) + "+", line)), default=0)
    return character * max(3, longest + 1)
