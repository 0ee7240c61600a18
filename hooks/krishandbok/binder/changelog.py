"""The binder's change log: the data's version history, one row per commit, newest first.

Each row carries the edition label that commit made (`2026-12-06.2`, see
`krishandbok.edition`), so a reader can tell which printout had the change.
A single commit still gives a row; without git the log is empty and the binder
says so. The binder adds ruled lines for changes written in by hand either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..gitrepo import git

MAX_ROWS = 40  # a page and a half: older changes are in the repository
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Change:
    edition: str  # the label this commit made, e.g. 2026-12-06.2
    subject: str  # the commit message's first line, as written


def change_log(data_dir: Path, limit: int = MAX_ROWS) -> list[Change]:
    """The newest `limit` commits that changed the data, newest first, with their edition labels."""
    log = git(Path(data_dir), "log", f"--format=%cd{_SEPARATOR}%s", "--date=format-local:%Y-%m-%d", "--", ".")
    if not log:
        return []
    rows = [line.split(_SEPARATOR, 1) for line in log.splitlines() if _SEPARATOR in line]
    # A day's commits are numbered from its first: count each day's commits from the oldest.
    per_day: dict[str, int] = {}
    for day, _ in rows:
        per_day[day] = per_day.get(day, 0) + 1
    changes, seen = [], dict.fromkeys(per_day, 0)
    for day, subject in rows[:limit]:
        changes.append(Change(f"{day}.{per_day[day] - seen[day]}", subject.strip()))
        seen[day] += 1
    return changes
