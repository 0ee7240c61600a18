"""`python -m krishandbok reviews`: overdue reviews fail loudly and name the responsible roles."""

from __future__ import annotations

import datetime
from pathlib import Path

from conftest import edit, run_cli

from krishandbok import validate
from krishandbok.tools.reviews import Overdue, overdue


def test_nothing_overdue_exits_0(handbook_dir: Path):
    result = run_cli("reviews", str(handbook_dir), "--today", "2026-11-25")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "every review is up to date" in result.stderr
    assert result.stdout == ""


def test_overdue_entries_name_their_owner_roles(handbook_dir: Path):
    edit(handbook_dir / "channels.yaml", "      crisis: When something changes.\n",
         "      crisis: When something changes.\n    reviewed: 2025-01-15\n")
    report = validate(handbook_dir, today=datetime.date(2027, 10, 1))
    assert overdue(report.handbook) == [
        Overdue("role", "chief-executive", datetime.date(2026, 9, 1), "chief-executive"),
        Overdue("channel", "text-alert", datetime.date(2025, 1, 15), "press-officer"),
    ]
    result = run_cli("reviews", str(handbook_dir), "--today", "2027-10-01")
    assert result.returncode == 1
    assert "- **Press officer** (`press-officer`)\n  - channel \"text-alert\", reviewed 2025-01-15" in result.stdout
    assert "2 overdue reviews – responsible: Chief executive, Press officer" in result.stderr


def test_stale_reviews_never_block_validation(handbook_dir: Path):
    result = run_cli("validate", str(handbook_dir))
    assert result.returncode == 0
