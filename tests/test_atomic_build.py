"""After any build, site/ holds the previous whole site or the new whole site.

Real `mkdocs build` processes: killed with SIGKILL and interrupted with SIGINT while
they write, two at once into the same folder (one Swedish, one English), a strict
build that fails late, and the engine's StagedFolder on its own.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ENGLISH, EXAMPLE, ROOT, use_swedish

from krishandbok.staging import StagedFolder

pytestmark = pytest.mark.slow


def _start(site: Path, data: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KRISHANDBOK_PDF": "0", "HANDBOOK_DATA": str(data)}
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


def _build(site: Path, data: Path) -> None:
    process = _start(site, data)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr


def _snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _languages(site: Path) -> set[str]:
    pages = [p for p in site.rglob("*.html") if "assets" not in p.parts]
    return {re.search(r'<html lang="([a-z]+)"', p.read_text(encoding="utf-8")).group(1) for p in pages}


def _wait_until_writing(site: Path, process: subprocess.Popen) -> None:
    """Until the build has written pages into its staging folder beside site/."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        staging = list(site.parent.glob(f".{site.name}.building-*"))
        if staging and any(staging[0].rglob("index.html")):
            return
        time.sleep(0.01)
    pytest.fail("the build never started writing pages")


@pytest.fixture
def english_site(tmp_path: Path) -> Path:
    site = tmp_path / "out" / "site"
    _build(site, ENGLISH)
    return site


@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_build_leaves_the_previous_site_whole(english_site, signal_number):
    before = _snapshot(english_site)
    process = _start(english_site, EXAMPLE)
    _wait_until_writing(english_site, process)
    process.send_signal(signal_number)
    process.communicate(timeout=60)
    assert process.returncode != 0
    assert _snapshot(english_site) == before
    if signal_number == signal.SIGINT:  # it cleaned up after itself
        assert not list(english_site.parent.glob(f".{english_site.name}.building-*"))
    _build(english_site, EXAMPLE)  # and the next build cleans up after a killed one
    assert _languages(english_site) == {"sv"}
    assert not list(english_site.parent.glob(f".{english_site.name}.building-*"))


def test_two_builds_at_once_leave_one_whole_site(tmp_path, english_site):
    swedish = tmp_path / "swedish"
    shutil.copytree(ENGLISH, swedish)
    use_swedish(swedish)
    first, second = _start(english_site, swedish), _start(english_site, ENGLISH)
    for process in (first, second):
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
    assert len(_languages(english_site)) == 1
    assert (english_site / "404.html").is_file() and (english_site / "search" / "search_index.json").is_file()


def test_a_failed_strict_build_keeps_the_previous_site(tmp_path, english_site):
    before = _snapshot(english_site)
    docs = tmp_path / "project" / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "om.md"  # a hand-written page, with a link MkDocs warns about
    page.write_text(page.read_text(encoding="utf-8") + "\n[nowhere](nowhere.md)\n", encoding="utf-8")
    config = tmp_path / "project" / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "hooks/handbook.py", str(ROOT / "hooks" / "handbook.py")), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KRISHANDBOK_PDF": "0", "HANDBOOK_DATA": str(ENGLISH)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(english_site)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode != 0
    assert _snapshot(english_site) == before
    assert not list(english_site.parent.glob(f".{english_site.name}.building-*"))


def test_staged_folder_keeps_dot_entries_and_puts_back_an_interrupted_swap(tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "old.html").write_text("old")
    (target / ".nojekyll").write_text("")
    staged = StagedFolder(target)
    (staged.start() / "new.html").write_text("new")
    staged.finish()
    assert sorted(p.name for p in target.iterdir()) == [".nojekyll", "new.html"]
    # A process that died between its two renames (where no atomic exchange exists).
    aside = tmp_path / ".site.old-999999999-abcd"
    target.rename(aside)
    again = StagedFolder(target)
    again.start()
    assert (target / "new.html").read_text() == "new" and not aside.exists()
    again.abandon()
    assert not list(tmp_path.glob(".site.building-*"))


def _no_room():
    """In the child: writing past 64 kB of a file fails, as on a full disk (EFBIG, not a signal)."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_build_that_runs_out_of_room_keeps_the_previous_site(english_site):
    before = _snapshot(english_site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KRISHANDBOK_PDF": "0", "HANDBOOK_DATA": str(EXAMPLE)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(english_site)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, preexec_fn=_no_room,
    )
    assert result.returncode != 0
    assert _snapshot(english_site) == before
    assert not list(english_site.parent.glob(f".{english_site.name}.building-*"))


def test_a_site_folder_that_cannot_be_written_is_said_without_a_traceback(tmp_path):
    blocked = tmp_path / "a-file"  # a folder below a file: refused even for root
    blocked.write_text("x")
    process = _start(blocked / "site", ENGLISH)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode != 0
    assert "Traceback" not in stderr and str(blocked / "site") in stderr
