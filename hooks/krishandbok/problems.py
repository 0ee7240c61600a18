"""One type for everything the engine has to say about a handbook.

Positions are 1-based and converted once, in the loader. Rules yield
`Problem`s; they never raise or print. The CLI and the MkDocs hook format them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


LEVEL_WORDS = {
    "sv": {Level.ERROR: "fel", Level.WARNING: "varning"},
    "en": {Level.ERROR: "error", Level.WARNING: "warning"},
}


@dataclass(frozen=True, order=True)
class Position:
    """Where a value starts in its file (1-based line and column)."""

    path: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Problem:
    """One finding: where, what, which rule, and how bad."""

    where: Position
    message: str
    rule: str
    level: Level = Level.ERROR

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR

    def sort_key(self) -> tuple:
        return (self.where.path, self.where.line, self.where.column)

    def format(self, language: str = "sv") -> str:
        """`data/channels.yaml:14:7: fel: message [rule]` (the yamllint shape)."""
        word = LEVEL_WORDS.get(language, LEVEL_WORDS["sv"])[self.level]
        w = self.where
        return printable(f"{w.path}:{w.line}:{w.column}: {word}: {self.message} [{self.rule}]")

    def format_github(self) -> str:
        """A GitHub Actions workflow command that annotates the line in a pull request."""
        command = "error" if self.is_error else "warning"
        w = self.where
        message = github_message(f"{self.message} [{self.rule}]")
        return f"::{command} file={github_property(w.path)},line={w.line},col={w.column}::{message}"


# What a terminal or a CI log would act on: C0 and C1 controls, DEL, and the Unicode
# line and paragraph separators (some viewers start a new line at them).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` with every control character shown as an escape (`\\x1b`), on one line."""
    return _UNPRINTABLE.sub(_escape_character, text)


def _escape_character(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def github_message(text: str) -> str:
    """A workflow command's message: %, CR and LF encoded as GitHub's runner decodes them
    (so data can never start a line of the log), other controls shown as escapes."""
    encoded = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(encoded)


def github_property(text: str) -> str:
    """A workflow command's property value (`file=`, `title=`): also `:` and `,` encoded."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")


def sort_problems(problems) -> list[Problem]:
    """By file and position; problems at one position keep the order they were found in."""
    return sorted(problems, key=Problem.sort_key)


def has_errors(problems) -> bool:
    return any(p.is_error for p in problems)
