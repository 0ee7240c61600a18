"""Krishandbok: a crisis communication handbook as validated data.

load (strict YAML, positions kept) → validate → model → render. Nothing here
imports MkDocs; `hooks/handbook.py` is the thin adapter that does.
"""

from .handbook import Handbook, read_handbook
from .problems import Level, Position, Problem
from .validate import Report, validate

__all__ = ["Handbook", "Level", "Position", "Problem", "Report", "read_handbook", "validate"]
__version__ = "0.1.0"
