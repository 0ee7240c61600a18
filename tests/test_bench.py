"""The benchmark runs end to end in its smoke mode (N = 1, one run) and prints its figures.

Nothing is asserted about time: the figures are for people (benchmarks/README.md).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


def test_smoke_run_prints_figures():
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--smoke"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    for figure in ("| validation s (CPU) |", "hooks/plain", "bare Material page", "role page, N=1", "serve rebuild"):
        assert figure in result.stdout, figure
