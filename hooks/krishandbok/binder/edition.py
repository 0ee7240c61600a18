"""Which edition of the handbook a printout is: its version and the day it was printed.

The version is `git describe --tags --always --dirty` of the repository that
holds the data; without git it is the date the newest data file was changed;
failing that, "unknown". The printed date is today, unless a date is given or
`SOURCE_DATE_EPOCH` is set (reproducible builds).
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from .labels import BinderLabels


@dataclass(frozen=True)
class Edition:
    version: str
    printed: datetime.date


def edition(data_dir: Path, language: str, printed: datetime.date | None = None) -> Edition:
    return Edition(version_of(data_dir, language), printed or printed_date())


def version_of(data_dir: Path, language: str) -> str:
    """The git version of the data, else the date of the newest data file, else "unknown"."""
    described = git(data_dir, "describe", "--tags", "--always", "--dirty")
    if described:
        return described
    t = BinderLabels(language)
    newest = _newest_change(Path(data_dir))
    return f"{t('changed')} {newest.isoformat()}" if newest else t("unknown")


def printed_date(environ: dict[str, str] | None = None) -> datetime.date:
    """Today, or the UTC day of `SOURCE_DATE_EPOCH` when it is set."""
    epoch = (environ if environ is not None else os.environ).get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC).date()
    return datetime.date.today()


def git(directory: Path, *args: str) -> str | None:
    """The stripped output of a git command run in `directory`; None when git fails or is missing."""
    import subprocess  # only when a binder is printed: off the import path of every site build

    try:
        result = subprocess.run(
            ["git", *args], cwd=directory, capture_output=True, text=True, timeout=20, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def _newest_change(data_dir: Path) -> datetime.date | None:
    times = [path.stat().st_mtime for path in data_dir.rglob("*.yaml") if path.is_file()]
    if not times:
        return None
    return datetime.datetime.fromtimestamp(max(times), tz=datetime.UTC).date()
