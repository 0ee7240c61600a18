"""`mkdocs serve` with invalid data answers every request at once with the problems, and
brings the handbook back by itself when the file is fixed.

A real `mkdocs serve` on a free 127.0.0.1 port, on a copy of the small English handbook;
every wait is bounded and the server is always stopped.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ENGLISH, ROOT, edit, line_of

pytestmark = pytest.mark.slow

QUICK = 5  # seconds: a request must answer within this, never wait for a fix
REBUILD = 90  # seconds: upper bound for a rebuild on a busy machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=QUICK) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _until(url: str, condition, seconds: float = REBUILD) -> str:
    """Fetch `url` until `condition(body)` holds; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    body = ""
    while time.monotonic() < deadline:
        try:
            body = _get(url)[1]
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            body = ""
        if condition(body):
            return body
        time.sleep(0.5)
    raise AssertionError(f"{url}: condition not met within {seconds} s; last body starts {body[:300]!r}")


@pytest.fixture
def served(tmp_path: Path):
    """Start `mkdocs serve` on a copy of the English handbook (broken first); yield (url, data, log)."""
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "roles.yaml", "deputy: planner", "deputy: planer")
    port = _free_port()
    log = tmp_path / "serve.log"
    env = dict(os.environ, HANDBOOK_DATA=str(data), NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="0")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(ROOT / "mkdocs.yml"),
             "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield f"http://127.0.0.1:{port}", data, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def test_errors_show_in_the_browser_and_a_fix_brings_the_handbook_back(served):
    url, data, log = served
    roles = data / "roles.yaml"
    where = f"data/roles.yaml:{line_of(roles, 'deputy: planer')}:"
    # The first build fails validation: the server starts anyway and shows the problem.
    body = _until(f"{url}/", lambda text: "kh-problems" in text, seconds=REBUILD)
    assert where in body and "planer" in body and 'lang="en"' in body
    # Every address answers at once with the same list: a generated page, a hand-written
    # page, an address that never existed.
    for path in ("/roles/planner/", "/redigera/", "/no/such/page/"):
        started = time.monotonic()
        status, text = _get(url + path)
        assert time.monotonic() - started < QUICK
        assert where in text and "kh-problems" in text, (path, status)
    # The fix: the handbook comes back, with live reload, and the old problem is gone.
    edit(roles, "deputy: planer", "deputy: planner")
    body = _until(f"{url}/roles/planner/", lambda text: "Emergency planner" in text and "kh-problems" not in text)
    assert "livereload" in body
    assert "kh-problems" not in _get(f"{url}/")[1]
    # Broken again while serving: the pages turn into the problem list (never a hang).
    edit(roles, "deputy: planner", "deputy: nobody")
    body = _until(f"{url}/roles/planner/", lambda text: "kh-problems" in text)
    assert "nobody" in body and "Traceback" not in log.read_text(encoding="utf-8", errors="replace")


def test_the_problem_page_escapes_what_the_data_says(served):
    url, data, _ = served
    edit(data / "roles.yaml", "deputy: planer", 'deputy: "<script>alert(1)</script>"')
    body = _until(f"{url}/", lambda text: "kh-problems" in text and "alert" in text)
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
