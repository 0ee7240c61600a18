"""The printed binder beside the site build of the same handbook, at 1x, 10x and 50x the example.

    python benchmarks/binder.py                       # N = 1, 10, 50 (see --sizes)
    python benchmarks/binder.py --sizes 1 10 --json benchmarks/binder-figures.json

For each N, the example is scaled with `synthetic.scale` (benchmarks/synthetic.py, seed 0), then:

- binder: `python -m krishandbok binder --out DIR DATA` (all three PDFs: krishandbok.pdf,
  kriskort.pdf, kriskort-a4.pdf; validation included);
- site: `mkdocs build --strict` of this project with the scaled handbook as its data
  (HANDBOOK_DATA) and KRISHANDBOK_PDF=0, so the site alone.

Each is its own process: wall time, CPU time (user + system, its worker processes
included) and peak memory (maximum resident set size of the largest process), from
`os.wait4`: for the binder, the largest of the process and its workers. The binder runs
each Typst layout and the join of a binder in parts in a worker process, one at a time,
and says its own peak and the largest worker's: their sum bounds what it held at once.
Targets (printed, never asserted): the example's binder takes no longer than its site
build (wall time, and CPU time, which a shared machine does not inflate; Typst lays out
on several threads, so its CPU time runs ahead of its wall time), and the 50x binder
stays under 2 GB. A cold page cache costs the binder about 0.3 s wall.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from synthetic import scale  # noqa: E402  (beside this file; it imports the engine from hooks/)

PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="0")
GB = 1024**3


@dataclass
class Measured:
    wall: float
    cpu: float
    peak_bytes: int


@dataclass
class Row:
    n: int
    binder: Measured
    site: Measured
    binder_pages: dict[str, int]
    binder_at_once: int  # the binder's own peak plus its largest worker's: an upper bound


_PEAKS = re.compile(r"this process ([\d.]+) GB, the largest worker ([\d.]+) GB")


def measure(command: list[str], env: dict[str, str]) -> tuple[Measured, str, str]:
    """Run `command` and measure that one process (os.wait4): wall and CPU seconds, and its
    peak resident memory (Linux gives ru_maxrss in KiB)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{out.read()[-2000:]}{err.read()[-2000:]}")
        return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024), out.read(), err.read()


def run(n: int, work: Path) -> Row:
    data = scale(ROOT / "data", work / f"data-{n}", n)
    out = work / f"binder-{n}"
    binder, printed, said = measure([PYTHON, "-m", "krishandbok", "binder", "--out", str(out), str(data)], ENV)
    pages = {}
    for line in printed.splitlines():  # "DIR/krishandbok.pdf: 123 pages"
        path, _, count = line.rpartition(": ")
        pages[Path(path).name] = int(count.split()[0])
    site_env = dict(ENV, HANDBOOK_DATA=str(data))
    site_dir = work / f"site-{n}"
    site, _, _ = measure([PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
                       "-d", str(site_dir)], site_env)
    peaks = _PEAKS.search(said)
    at_once = int((float(peaks.group(1)) + float(peaks.group(2))) * GB) if peaks else binder.peak_bytes
    return Row(n, binder, site, pages, at_once)


def report(rows: list[Row]) -> str:
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "",
        "| N | binder pages (A4 + A6 + sheet) | binder wall s | binder CPU s | binder peak (largest process) | "
        "binder at once (≤) | site wall s | site CPU s | site peak | binder / site (CPU) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        pages = " + ".join(str(row.binder_pages.get(name, "?"))
                           for name in ("krishandbok.pdf", "kriskort.pdf", "kriskort-a4.pdf"))
        lines.append(
            f"| {row.n}× | {pages} | {row.binder.wall:.1f} | {row.binder.cpu:.1f} | "
            f"{row.binder.peak_bytes / GB:.2f} GB | {row.binder_at_once / GB:.2f} GB | "
            f"{row.site.wall:.1f} | {row.site.cpu:.1f} | "
            f"{row.site.peak_bytes / GB:.2f} GB | {row.binder.cpu / row.site.cpu:.2f} |"
        )
    first = next((row for row in rows if row.n == 1), None)
    largest = max(rows, key=lambda row: row.n)
    lines.append("")
    if first:
        times = (("wall", first.binder.wall, first.site.wall), ("CPU", first.binder.cpu, first.site.cpu))
        for name, binder, site in times:
            verdict = "met" if binder <= site else "NOT met"
            lines.append(f"target: the example's binder no slower than its site build ({name} "
                         f"{binder:.1f} s against {site:.1f} s): {verdict}")
    if largest.n >= 50:
        verdict = "met" if largest.binder_at_once < 2 * GB else "NOT met"
        lines.append(f"target: the {largest.n}× binder under 2 GB: {verdict}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="krishandbok-binder-bench-") as folder:
        rows = []
        for n in args.sizes:
            rows.append(run(n, Path(folder)))
            print(report(rows[-1:]).splitlines()[4], file=sys.stderr, flush=True)  # this N's row, as it comes
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
