"""Shared fixtures: copies of small handbooks to break, and helpers to read the verdicts."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# benchmarks/synthetic.py (the scaler) is the benchmark's, not the engine's; tests import it too.
sys.path.insert(0, str(ROOT / "benchmarks"))
HANDBOOKS = Path(__file__).resolve().parent / "handbooks"
ENGLISH = HANDBOOKS / "english"
# A second Swedish handbook (other ids, names and shape than data/, every v2 key) and the
# smallest valid one: the engine's tests hold for them as for the English one.
SODERTUNA = HANDBOOKS / "sodertuna"
MINIMAL = HANDBOOKS / "minimal"
TEST_HANDBOOKS = {"english": ENGLISH, "sodertuna": SODERTUNA, "minimal": MINIMAL}
# The handbook in data/: whatever a municipality put there. Tests on it are generic.
EXAMPLE = ROOT / "data"

GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens", action="store_true",
        help="rewrite the expected outputs in tests/golden/ from what the code gives now",
    )


@pytest.fixture
def golden(request):
    """golden(name, actual): compare with tests/golden/<name>; a unified diff on failure.
    Rewritten only with --update-goldens (then review the diff in git)."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-goldens"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.is_file(), f"no golden file {path.relative_to(ROOT)}: run pytest --update-goldens"
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                        f"{path.relative_to(ROOT)} (expected)", "actual")
            pytest.fail("output differs from the golden file:\n" + "".join(diff), pytrace=False)

    return check


# Site builds in tests skip the binder PDFs (seconds each); tests/test_binder.py asks for them.
os.environ.setdefault("KRISHANDBOK_PDF", "0")


@pytest.fixture
def handbook_dir(tmp_path: Path) -> Path:
    """A writable copy of the small English handbook (valid as it stands)."""
    target = tmp_path / "data"
    shutil.copytree(ENGLISH, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a file; fail loudly when it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def use_swedish(data_dir: Path) -> None:
    edit(data_dir / "handbook.yaml", "language: en", "language: sv")


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based number of the line holding the n-th occurrence of `needle`."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found in {path}")


def column_of(path: Path, needle: str, occurrence: int = 1) -> int:
    line = path.read_text(encoding="utf-8").splitlines()[line_of(path, needle, occurrence) - 1]
    return line.index(needle) + 1


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "krishandbok", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )
