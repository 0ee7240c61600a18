"""One type for everything the engine has to say about a handbook.

Positions are 1-based and converted once, in the loader. Rules yield
`Problem`s; they never raise or print. The CLI and the MkDocs hook format them.
"""

from __future__ import annotations

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
        return f"{w.path}:{w.line}:{w.column}: {word}: {self.message} [{self.rule}]"

    def format_github(self) -> str:
        """A GitHub Actions workflow command that annotates the line in a pull request."""
        command = "error" if self.is_error else "warning"
        w = self.where
        message = _escape_github(f"{self.message} [{self.rule}]")
        return f"::{command} file={w.path},line={w.line},col={w.column}::{message}"


def _escape_github(text: str) -> str:
    # Workflow commands treat %, CR and LF specially.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def sort_problems(problems) -> list[Problem]:
    """By file and position; problems at one position keep the order they were found in."""
    return sorted(problems, key=Problem.sort_key)


def has_errors(problems) -> bool:
    return any(p.is_error for p in problems)
