"""Worst cases within the input limits: how long the slowest handbook we can write takes.

    .venv/bin/python benchmarks/hostile.py            # every figure (a few minutes)
    .venv/bin/python benchmarks/hostile.py --quick    # without the site builds

The limits (krishandbok/loader.py): MAX_BYTES per file, MAX_TEXT characters per
value, MAX_ITEMS items per list; ids at most ID_MAX_LENGTH characters (model.py).
Each figure fills a text up to its limit with one pattern that made a step slow
before (issue 17: brackets for Python-Markdown's link scanning, emphasis runs, list
markers, placeholders for LIX and the markup-safety patterns), and times:

- validate: `validate()` of the small English handbook with one template whose body
  and effect are that text (in-process, imports not counted);
- render: the restricted Markdown of that text, as a page renders it (block and inline);
- build: `mkdocs build --strict` of a handbook where one role's duties fill
  roles.yaml to MAX_BYTES, each a MAX_TEXT text of the slowest pattern to render;
- changes: `diff_handbooks` of a checklist with MAX_ITEMS items against its reverse.

Prints figures; asserts nothing about time (a shared machine moves them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from krishandbok.handbook import read_handbook  # noqa: E402
from krishandbok.loader import MAX_BYTES, MAX_ITEMS, MAX_TEXT  # noqa: E402
from krishandbok.render import markup  # noqa: E402
from krishandbok.tools.changes import diff_handbooks  # noqa: E402
from krishandbok.validate import validate  # noqa: E402

ENGLISH = ROOT / "tests" / "handbooks" / "english"
PATTERNS = ["[", "[a", "[](", "[(", "`[", "*[", "[`", "*_", "**a", "_a", "<a ", "{", "{a}", "](", "http://",
            "\\", "&", "- a\n", "1. a\n", "a. ", "a\n\n"]


def _text(pattern: str, length: int = MAX_TEXT) -> str:
    return (pattern * (length // len(pattern) + 1))[:length].strip() or "a"


def _seconds(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def _with_template_text(target: Path, text: str) -> Path:
    shutil.copytree(ENGLISH, target)
    template = target / "templates" / "first-message.yaml"
    source = template.read_text(encoding="utf-8")
    body = "  We are dealing with {event}. Stay away from the area. Next update at {next}."
    source = source.replace(body, "  " + json.dumps(text)[1:-1].replace("\\n", " "))
    source = source.replace("effect: Residents know that we act and when they will hear more.",
                            f"effect: {json.dumps(text)}")
    template.write_text(source, encoding="utf-8")
    return target


def per_pattern(work: Path) -> list[dict]:
    rows = []
    for n, pattern in enumerate(PATTERNS):
        text = _text(pattern)
        data = _with_template_text(work / f"p{n}", text)
        validate_s = _seconds(validate, data)
        markup._block.cache_clear()
        markup._inline.cache_clear()
        render_s = _seconds(markup.block, text) + _seconds(markup.inline, text)
        rows.append({"pattern": pattern, "chars": len(text), "validate_s": validate_s, "render_s": render_s})
    return rows


def build_at_file_limit(work: Path, pattern: str) -> dict:
    """roles.yaml filled to MAX_BYTES: one role's duties before a crisis, each a MAX_TEXT text of `pattern`."""
    data = work / "limit"
    shutil.copytree(ENGLISH, data)
    roles = data / "roles.yaml"
    source = roles.read_text(encoding="utf-8")
    anchor = "    reports_to: chief-executive\n"
    item = f"      - {json.dumps(_text(pattern))}\n"
    count = min(MAX_ITEMS, (MAX_BYTES - len(source.encode()) - 100) // len(item.encode()))
    roles.write_text(source.replace(anchor, anchor + "    before:\n" + item * count, 1), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KRISHANDBOK_PDF": "0", "HANDBOOK_DATA": str(data)}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(work / "site")], capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )
    seconds = time.perf_counter() - start
    return {"pattern": pattern, "file_bytes": roles.stat().st_size, "texts": count, "build_s": seconds,
            "exit": result.returncode, "stderr": result.stderr[-500:] if result.returncode else ""}


def changes_at_item_limit(work: Path) -> dict:
    data = work / "items"
    shutil.copytree(ENGLISH, data)
    checklist = data / "checklists" / "first-hour.yaml"
    head, _, _ = checklist.read_text(encoding="utf-8").partition("items:\n")
    items = [f"  - Step number {n} of the drill.\n" for n in range(MAX_ITEMS)]
    checklist.write_text(head + "items:\n" + "".join(items), encoding="utf-8")
    old, _ = read_handbook(data)
    checklist.write_text(head + "items:\n" + "".join(reversed(items)), encoding="utf-8")
    new, _ = read_handbook(data)
    start = time.perf_counter()
    found = diff_handbooks(old, new)
    return {"items": MAX_ITEMS, "changes": len(found), "diff_s": time.perf_counter() - start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="leave out the site build at the file limit")
    args = parser.parse_args()
    print(f"limits: MAX_TEXT={MAX_TEXT} characters, MAX_ITEMS={MAX_ITEMS} items, MAX_BYTES={MAX_BYTES} bytes")
    with tempfile.TemporaryDirectory(prefix="krishandbok-hostile-") as temporary:
        work = Path(temporary)
        rows = per_pattern(work)
        print(f"{'pattern':>10} {'chars':>6} {'validate s':>11} {'render s':>9}")
        for row in rows:
            print(f"{row['pattern']!r:>10} {row['chars']:>6} {row['validate_s']:>11.3f} {row['render_s']:>9.3f}")
        slowest = max(rows, key=lambda row: row["render_s"])
        changes = changes_at_item_limit(work)
        print(f"changes: {changes['items']} items reversed -> {changes['changes']} changes"
              f" in {changes['diff_s']:.3f} s")
        if not args.quick:
            build = build_at_file_limit(work, slowest["pattern"])
            print(f"build: roles.yaml at {build['file_bytes']} bytes, {build['texts']} duties of "
                  f"{slowest['pattern']!r} x {MAX_TEXT}: {build['build_s']:.1f} s (exit {build['exit']})")
            if build["stderr"]:
                print(build["stderr"])


if __name__ == "__main__":
    main()
