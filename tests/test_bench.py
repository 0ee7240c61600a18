"""The benchmark runs end to end in its smoke mode (N = 1, one run) and prints its figures.

Nothing is asserted about time: the figures are for people (benchmarks/README.md).
"""

from __future__ import annotations

import os
import re
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


def test_the_two_builds_compared_render_the_same_pages(tmp_path):
    """hooks/plain is only a measure of the hooks if both builds make the same site: the
    same files, and pages that differ at most in their edit link (the hook build's points
    at the YAML file, and pages made from no one file, such as indexes, have none)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    data, _, export = bench.prepare(1, tmp_path)
    bench.hook_build(data, tmp_path / "hook")
    bench.plain_build(export.out, tmp_path / "plain")

    def files(site):
        return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}

    hook, plain = files(tmp_path / "hook"), files(tmp_path / "plain")
    # The installable offline app (offline_app.py) is the hook build's own: its files and
    # the links to them are set aside, everything else must be the same.
    app_files = {name for name in hook if name in ("sw.js", "manifest.webmanifest")
                 or name.startswith("assets/krishandbok-icons/")}
    assert app_files and hook.keys() - app_files == plain.keys()
    edit_link = re.compile(r'<a href="[^"]*/edit/main/[^"]*"[^>]*rel="edit">.*?</a>', re.S)
    app_markup = re.compile(
        r'<link rel="manifest"[^>]*>\s*<meta name="theme-color"[^>]*>\s*<link rel="apple-touch-icon"[^>]*>'
        r'|<div class="kh-offline" data-kh-offline [^>]*>\s*<p role="status"></p>\s*</div>'
    )

    def without_edit_link(file):
        return " ".join(app_markup.sub("", edit_link.sub("", file.read_text("utf-8"))).split())

    different = [name for name in hook if name.endswith(".html")
                 and without_edit_link(hook[name]) != without_edit_link(plain[name])]
    assert different == []
    assert all(edit_link.search(plain[name].read_text("utf-8")) for name in plain if name.startswith("roller/"))
