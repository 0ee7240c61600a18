"""Run every rule over a data directory and collect what they say, sorted by position."""

from __future__ import annotations

import datetime
import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import rules
from .guides import guide_titles
from .handbook import Handbook, read_handbook
from .problems import Problem, sort_problems


@dataclass(frozen=True)
class Report:
    handbook: Handbook
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def validate(
    data_dir: Path | str,
    display_dir: str | None = None,
    today: datetime.date | None = None,
    docs_dir: Path | str | None = None,
) -> Report:
    """Load the handbook at `data_dir` and check it against every rule of the contract.

    `display_dir` is how paths are written in messages (default: `data_dir` as given).
    `docs_dir` holds the hand-written pages that scenario `guides` name (default: `docs/`
    beside the data folder, when it exists; without one, guides are not checked).
    """
    data_dir = Path(data_dir)
    with _collector_paused():
        handbook, problems = read_handbook(data_dir, display_dir if display_dir is not None else str(data_dir))
        if today is not None:
            handbook.today = today
        handbook.docs_dir = _docs_dir(data_dir, docs_dir)
        handbook.guides = guide_titles(handbook.docs_dir)
        for rule in rules.LOCAL_RULES:
            problems.extend(rule.check(handbook))
        if handbook.complete:
            for rule in rules.COVERAGE_RULES:
                problems.extend(rule.check(handbook))
    return Report(handbook, sort_problems(problems))


def _docs_dir(data_dir: Path, docs_dir: Path | str | None) -> Path | None:
    if docs_dir is not None:
        return Path(docs_dir)
    beside = data_dir.resolve().parent / "docs"
    return beside if beside.is_dir() else None


@contextmanager
def _collector_paused():
    """Loading allocates a node per YAML value and keeps them all: the cycle collector
    would walk them again and again (a third of the time of a large handbook).
    Nothing here makes reference cycles to collect, so it waits until the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What loading made is long-lived: file it with the oldest generation at once
        # (freeze + unfreeze only moves lists), instead of a collection walking all of it.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
