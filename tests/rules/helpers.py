"""Assertions shared by the rule tests: (file, line, column, rule) and the exact message."""

from __future__ import annotations

import datetime
from pathlib import Path

from krishandbok import validate

TODAY = datetime.date(2026, 11, 25)


def found(data_dir: Path, rule: str | None = None, today: datetime.date = TODAY):
    """Every problem as (relative file, line, column, rule, message)."""
    report = validate(data_dir, display_dir="data", today=today)
    return [
        (p.where.path, p.where.line, p.where.column, p.rule, p.message)
        for p in report.problems
        if rule is None or p.rule == rule
    ]


def set_variants(template: Path, variants_yaml: str) -> None:
    """Replace a template file's `variants:` block (written last) by `variants_yaml`."""
    text = template.read_text(encoding="utf-8")
    head = text[: text.index("\nvariants:") + 1] if "\nvariants:" in text else text
    template.write_text(head + variants_yaml, encoding="utf-8")
