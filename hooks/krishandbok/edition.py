"""Which edition of the handbook a page or a printout shows: an ordered label.

The label is the day of the newest commit that changed the data, and that commit's
number among the day's commits to the data: `2026-12-06.2` is the second change
of that day, later than `2026-12-06.1` and earlier than `2026-12-07.1`. Data with
uncommitted changes gets a `+` (a draft after that edition). Without git the label
is the day the newest data file changed, with `.0`. The same label is printed in
the binder, shown in the site's footer and names the offline cache, so paper and
screen can be compared.

(A shallow clone only knows its newest commit: CI checks out the whole history,
`fetch-depth: 0`, so the sequence counts right.)
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from .gitrepo import git


@dataclass(frozen=True)
class Edition:
    label: str  # "2026-12-06.2", "2026-12-06.2+" with uncommitted changes, "2026-12-06.0" without git
    date: datetime.date | None  # the day of the newest data change (None: no data file at all)
    commit: str | None  # short hash of that commit, for tracing a page back to its source
    printed: datetime.date  # today, or the day of SOURCE_DATE_EPOCH


def edition(data_dir: Path, printed: datetime.date | None = None) -> Edition:
    data_dir = Path(data_dir)
    printed = printed or printed_date()
    committed = _committed(data_dir)
    if committed is None:
        newest = _newest_change(data_dir)
        label = f"{newest.isoformat()}.0" if newest else "0000-00-00.0"
        return Edition(label, newest, None, printed)
    day, sequence, commit = committed
    dirty = bool(git(data_dir, "status", "--porcelain", "--", "."))
    return Edition(f"{day.isoformat()}.{sequence}{'+' if dirty else ''}", day, commit, printed)


def printed_date(environ: dict[str, str] | None = None) -> datetime.date:
    """Today, or the UTC day of `SOURCE_DATE_EPOCH` when it is set."""
    epoch = (environ if environ is not None else os.environ).get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC).date()
    return datetime.date.today()


def _committed(data_dir: Path) -> tuple[datetime.date, int, str] | None:
    """(day, number of that day's data commits up to the newest, short hash), or None."""
    log = git(data_dir, "log", "--format=%h %cd", "--date=format-local:%Y-%m-%d", "--", ".")
    if not log:
        return None
    lines = [line.split(" ", 1) for line in log.splitlines() if " " in line]
    if not lines:
        return None
    commit, day = lines[0]
    sequence = sum(1 for _, other in lines if other == day)
    try:
        return datetime.date.fromisoformat(day), sequence, commit
    except ValueError:
        return None


def _newest_change(data_dir: Path) -> datetime.date | None:
    times = [path.stat().st_mtime for path in data_dir.rglob("*.yaml") if path.is_file()]
    if not times:
        return None
    return datetime.datetime.fromtimestamp(max(times), tz=datetime.UTC).date()
