"""Write an exercise file only once the handbook with it validates.

A draft or an import is checked as part of the whole handbook: the data folder is
copied into a temporary folder, the new text put in place there and validated. Only
a text with no errors replaces the real file, in one rename: a half-written or
invalid exercise never reaches `data/`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..problems import Problem
from ..validate import Report, validate


def exercise_path(data_dir: Path, exercise_id: str) -> Path:
    return Path(data_dir) / "exercises" / f"{exercise_id}.yaml"


def check_with(data_dir: Path, exercise_id: str, text: str, display_dir: str) -> tuple[Report, list[Problem]]:
    """Validate the handbook as if `exercises/<id>.yaml` held `text`; (report, errors and
    warnings of that file, with paths as the editor sees them)."""
    with tempfile.TemporaryDirectory(prefix="krishandbok-exercise-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns(".*"))
        target = exercise_path(copy, exercise_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        report = validate(copy, display_dir=display_dir)
    own = f"{display_dir.rstrip('/')}/exercises/{exercise_id}.yaml"
    return report, [p for p in report.problems if p.where.path == own]


def schema_line(data_dir: Path) -> str:
    """The `yaml-language-server` line for a file in `exercises/` (as `new` writes it)."""
    from ..tools.scaffold import _schema_line  # one place knows how the schema line is found

    return _schema_line(Path(data_dir), "exercises", "exercise")
