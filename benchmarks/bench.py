"""Krishandbok against plain MkDocs, at 1x, 10x and 50x the example handbook.

    python benchmarks/bench.py                  # N = 1, 10, 50; 3 runs; medians
    python benchmarks/bench.py --smoke          # N = 1, one run (the test suite runs this)
    python benchmarks/bench.py --sizes 1 10 --runs 5 --json figures.json

For each N, a synthetic handbook (synthetic.py beside this file, seed 0) is written and
exported with `render --out`; then, per run:

- validation, render: `validate()` and `render_site()` in a fresh interpreter
  (imports not counted): the engine's own work, which a hook build adds;
- hook build: `mkdocs build --strict` of a copy of the project with the synthetic
  handbook as its data/ (KRISHANDBOK_PDF=0: the site only, the PDF is timed on its own);
- plain build: `mkdocs build --strict` of the exported project (same pages, no hooks; with
  the edit links the hook build also shows, see with_edit_links);
- binder: `python -m krishandbok binder`, in the first run of each N up to --binder-max
  (minutes at 50x).

Ratios are taken within a run, then the median is reported. The first load of
a role page (its HTML and the CSS and JS it references, raw and gzipped) is
compared with a bare Material page: a one-page project with the same theme
settings and nothing else. "serve rebuild" repeats what `mkdocs serve` does
after a one-line edit of the example's roles.yaml (a second build in the same
process, with the configuration loaded again). Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
EXAMPLE = ROOT / "data"
PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="0")
TARGETS = {"hook overhead": 1.10, "validation at 50x (s)": 1.0, "growth 50x/10x": 5.5,
           "first load / bare": 1.15, "serve rebuild (s)": 1.5}


@dataclass
class Run:
    """One run's seconds: wall clock, and CPU time (user + system) that a busy machine distorts less."""

    validation: float
    validation_cpu: float
    render_cpu: float
    hook: float
    plain: float
    hook_cpu: float
    plain_cpu: float
    binder: float | None

    @property
    def ratio(self) -> float:
        return self.hook / self.plain

    @property
    def ratio_cpu(self) -> float:
        return self.hook_cpu / self.plain_cpu

    @property
    def engine_share(self) -> float:
        """Validation and rendering as a part of the plain build: the hook's own cost, measured apart."""
        return (self.validation_cpu + self.render_cpu) / self.plain_cpu


@dataclass
class Size:
    n: int
    pages: int
    runs: list[Run] = field(default_factory=list)
    weight: dict = field(default_factory=dict)

    def median(self, name: str) -> float | None:
        """The median of the runs that have the figure (the binder is timed in the first only)."""
        values = [value for value in (getattr(run, name) for run in self.runs) if value is not None]
        return statistics.median(values) if values else None


# ----------------------------------------------------------------------------- measuring


def timed(command: list[str], **options) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of a command that must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=options.pop("env", ENV), **options)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, command))}\n{result.stdout}{result.stderr}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


ENGINE = """
import sys, time
from krishandbok import validate
from krishandbok.render import render_site
start, cpu = time.perf_counter(), time.process_time()
report = validate(sys.argv[1])
print(time.perf_counter() - start, time.process_time() - cpu)
assert report.ok, [problem.format() for problem in report.errors]
cpu = time.process_time()
render_site(report.handbook, report.warnings)
print(time.process_time() - cpu)
"""


def engine_seconds(data: Path) -> tuple[float, float, float]:
    """(wall, CPU) seconds of `validate()` and CPU seconds of the first `render_site()` after it.

    In a fresh interpreter, imports not counted: the engine's own share of a hook build.
    """
    result = subprocess.run([PYTHON, "-c", ENGINE, str(data)], capture_output=True, text=True, env=ENV, check=True)
    wall, cpu, render = result.stdout.split()
    return float(wall), float(cpu), float(render)


def hook_build(data: Path, site: Path) -> tuple[float, float]:
    """`data` is the data/ folder of a project made by `project_with()`."""
    project = data.parent
    return timed([PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                  "-d", str(site)], cwd=project)


def plain_build(project: Path, site: Path) -> tuple[float, float]:
    return timed([PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                  "-d", str(site)], cwd=project)


def binder_available() -> bool:
    result = subprocess.run([PYTHON, "-m", "krishandbok", "binder", "--help"], capture_output=True, env=ENV)
    return result.returncode == 0


def binder_seconds(data: Path, out: Path) -> float:
    return timed([PYTHON, "-m", "krishandbok", "binder", str(data), "--out", str(out)], cwd=ROOT)[0]


# ----------------------------------------------------------------------------- page weight


def first_load(site: Path, page: str) -> dict:
    """Bytes of a page's HTML and of the local CSS and JS it references, raw and gzipped."""
    html = (site / page).read_bytes()
    text = html.decode("utf-8")
    refs = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
    refs += re.findall(r'<script[^>]+src="([^"]+)"', text)
    parts = {page: html}
    external = []
    for ref in refs:
        url = urlsplit(urljoin("/" + page, ref))
        if url.scheme or url.netloc:
            external.append(ref)
        else:
            parts[url.path.lstrip("/")] = (site / url.path.lstrip("/")).read_bytes()
    return {
        "raw": sum(len(data) for data in parts.values()),
        "gzip": sum(len(gzip.compress(data, 6, mtime=0)) for data in parts.values()),
        "files": {name: len(data) for name, data in parts.items()},
        "external": external,
    }


def bare_material(work: Path, language: str) -> dict:
    """A one-page project with the project's theme settings and nothing of ours."""
    from krishandbok.tools.export import read_config, write_config

    theme = dict(read_config(CONFIG)["theme"], language=language)
    theme.pop("custom_dir", None)  # nothing of ours: Material as it comes
    project = work / "bare"
    (project / "docs").mkdir(parents=True, exist_ok=True)
    (project / "docs" / "index.md").write_text("# Bare\n\nOne page.\n", encoding="utf-8")
    write_config(project / "mkdocs.yml", {"site_name": "Bare", "theme": theme})
    plain_build(project, project / "site")
    return first_load(project / "site", "index.html")


def role_page(handbook) -> str:
    from krishandbok.render import Site

    site = Site(handbook)
    return site.path("role", next(iter(handbook.roles))).removesuffix(".md") + "/index.html"


# ----------------------------------------------------------------------------- serve


def serve_rebuild(data: Path) -> tuple[float, float]:
    """What `mkdocs serve` does after a save: load the configuration again, build again.

    Runs in this process (call it in a fresh one): a first build, a one-line edit of
    roles.yaml, then the timed second build.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ.update(NO_MKDOCS_2_WARNING="1", HANDBOOK_DATA=str(data))
    os.environ.pop("KRISHANDBOK_PDF", None)  # as a communicator runs it
    site = Path(tempfile.mkdtemp(prefix="kh-serve-"))
    config = load_config(str(CONFIG), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    serve_url = "http://127.0.0.1:8000/"
    config.site_url = serve_url
    build(config, serve_url=serve_url)
    roles = data / "roles.yaml"
    roles.write_text(_edit_one_line(roles.read_text(encoding="utf-8")), encoding="utf-8")
    start, cpu = time.perf_counter(), time.process_time()
    config = load_config(str(CONFIG), site_dir=str(site))
    config.site_url = serve_url
    build(config, serve_url=serve_url)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    config.plugins.on_shutdown()
    shutil.rmtree(site, ignore_errors=True)
    return elapsed, cpu


def _edit_one_line(text: str) -> str:
    line = next(line for line in text.splitlines() if line.strip().startswith("summary:"))
    return text.replace(line, line + " Redigerad.", 1)


def serve_seconds(work: Path) -> tuple[float, float]:
    copy = work / "serve-data"
    shutil.copytree(EXAMPLE, copy, dirs_exist_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("KRISHANDBOK_PDF", None)
    result = subprocess.run([PYTHON, __file__, "--serve-rebuild", str(copy)], capture_output=True, text=True,
                            env=env, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"serve rebuild failed:\n{result.stdout}{result.stderr}")
    wall, cpu = result.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


# ----------------------------------------------------------------------------- the benchmark


def prepare(n: int, work: Path):
    """The N-times handbook in a copy of the project, its validation report and its
    export (a plain MkDocs project)."""
    from synthetic import scale

    from krishandbok import validate
    from krishandbok.tools.export import export_site

    data = scale(EXAMPLE, project_with(work / f"project-{n}") / "data", n, seed=0)
    report = validate(data, display_dir="data")  # as the hook writes it, building in the project
    if not report.ok:
        raise SystemExit(f"the {n}x handbook does not validate: {report.errors[0].format()}")
    export = export_site(report, CONFIG, work / f"plain-{n}")
    with_edit_links(export.out / "mkdocs.yml")
    return data, report.handbook, export


def project_with(project: Path) -> Path:
    """A copy of this project (mkdocs.yml, docs/, hooks/ and overrides/ linked) for a synthetic
    data/, as a municipality's repository holds it: the edit links then point into it."""
    project.mkdir(parents=True)
    shutil.copy2(CONFIG, project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    for folder in ("hooks", "overrides"):
        (project / folder).symlink_to(ROOT / folder, target_is_directory=True)
    return project


def with_edit_links(config_file: Path) -> None:
    """The hook build puts an edit link (to the page's YAML file) on every generated page.
    `render --out` leaves edit_uri out (its pages are not in a repository); the plain
    build gets it back, so that both builds render the same page features."""
    from krishandbok.tools.export import read_config, write_config

    edit_uri = read_config(CONFIG).get("edit_uri")
    if edit_uri:
        write_config(config_file, dict(read_config(config_file), edit_uri=edit_uri))


def measure(n: int, runs: int, work: Path, with_binder: bool) -> Size:
    data, handbook, export = prepare(n, work)
    size = Size(n, export.generated + export.hand_written)
    for index in range(runs):
        validation, validation_cpu, render_cpu = engine_seconds(data)
        # alternate the order, so that neither build always runs on a warmer machine
        builds = [("hook", lambda: hook_build(data, work / "site-hook")),
                  ("plain", lambda: plain_build(export.out, work / "site-plain"))]
        times = {name: run() for name, run in (builds if index % 2 == 0 else builds[::-1])}
        binder = binder_seconds(data, work / "binder") if with_binder and index == 0 else None
        (hook, hook_cpu), (plain, plain_cpu) = times["hook"], times["plain"]
        size.runs.append(Run(validation, validation_cpu, render_cpu, hook, plain, hook_cpu, plain_cpu, binder))
        print(f"  N={n} run {index + 1}: validation {validation:.3f} s ({validation_cpu:.3f} s CPU), "
              f"render {render_cpu:.2f} s CPU, "
              f"hook {hook:.2f} s ({hook_cpu:.2f} s CPU), plain {plain:.2f} s ({plain_cpu:.2f} s CPU)"
              + (f", binder {binder:.1f} s" if binder else ""), flush=True)
    size.weight = first_load(work / "site-hook", role_page(handbook))
    return size


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(int(memory) / 1024 / 1024, 1),
            "python": platform.python_version(), "load": os.getloadavg()[0]}


def report(sizes: list[Size], bare: dict, serve: tuple, machine_info: dict, binder_note: str) -> str:
    lines = [f"machine: {machine_info['nproc']} CPUs, {machine_info['cpu']}, {machine_info['ram_gib']} GiB RAM, "
             f"Python {machine_info['python']} (load {machine_info['load']:.2f} at the end)", ""]
    lines.append("|   N | pages | validation s (CPU) | hook build s | plain build s | hooks/plain "
                 "| hook CPU s | plain CPU s | hooks/plain CPU | render CPU s | engine/plain | binder s |")
    lines.append("|----:|------:|-------------------:|-------------:|--------------:|------------:"
                 "|-----------:|------------:|----------------:|-------------:|-------------:|---------:|")
    for size in sizes:
        binder = size.median("binder")
        lines.append(
            f"| {size.n:>3} | {size.pages:>5} "
            f"| {size.median('validation'):>6.3f} ({size.median('validation_cpu'):.3f}) "
            f"| {size.median('hook'):>12.2f} "
            f"| {size.median('plain'):>13.2f} | {size.median('ratio'):>11.3f} | {size.median('hook_cpu'):>10.2f} "
            f"| {size.median('plain_cpu'):>11.2f} | {size.median('ratio_cpu'):>15.3f} "
            f"| {size.median('render_cpu'):>12.2f} | {size.median('engine_share'):>12.3f} "
            f"| {(f'{binder:.1f}' if binder is not None else '–'):>8} |"
        )
    lines += ["", binder_note, ""]
    lines.append("| first load | raw bytes | gzip bytes | raw / bare | gzip / bare |")
    lines.append("|---|---:|---:|---:|---:|")
    lines.append(f"| bare Material page | {bare['raw']} | {bare['gzip']} | 1.000 | 1.000 |")
    for size in sizes:
        weight = size.weight
        lines.append(f"| role page, N={size.n} | {weight['raw']} | {weight['gzip']} | "
                     f"{weight['raw'] / bare['raw']:.3f} | {weight['gzip'] / bare['gzip']:.3f} |")
    lines += ["", f"serve rebuild after a one-line edit of the example: {serve[0]:.2f} s ({serve[1]:.2f} s CPU)", ""]
    lines += verdicts(sizes, bare, serve)
    return "\n".join(lines)


def verdicts(sizes: list[Size], bare: dict, serve: tuple) -> list[str]:
    """Each target against the figures: build times in CPU seconds (wall clock in the table)."""
    by_n = {size.n: size for size in sizes}
    found = [("hook overhead", max(size.median("ratio_cpu") for size in sizes), "max hooks/plain, CPU")]
    if 50 in by_n:
        found.append(("validation at 50x (s)", by_n[50].median("validation_cpu"), "median, CPU"))
    if 10 in by_n and 50 in by_n:
        found.append(("growth 50x/10x", by_n[50].median("hook_cpu") / by_n[10].median("hook_cpu"), "hook build, CPU"))
    worst = max(max(size.weight["raw"] / bare["raw"], size.weight["gzip"] / bare["gzip"]) for size in sizes)
    found.append(("first load / bare", worst, "worst of raw and gzip"))
    found.append(("serve rebuild (s)", serve[1], "example, CPU"))
    return [f"target {name} <= {TARGETS[name]}: {value:.3f} ({how}) -> {'met' if value <= TARGETS[name] else 'MISSED'}"
            for name, value, how in found]


def compile_engine() -> None:
    """Byte-compile hooks/ as Python does on its first import, so that every build
    runs from __pycache__ as it does for a communicator (and as MkDocs' own
    packages, compiled when installed, do). With PYTHONDONTWRITEBYTECODE set,
    as on some CI machines, each build would otherwise compile the engine again."""
    compileall.compile_dir(ROOT / "hooks", quiet=1)


def runs_at(n: int, runs: int) -> int:
    """The 1x builds take a second or two, so a shared machine's noise moves a single
    ratio by several percent (1.02 to 1.16 in one series): they get three times the runs."""
    return runs * 3 if n == 1 else runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="N = 1, one run, no binder")
    parser.add_argument("--binder-max", type=int, default=50, help="time the binder up to this N (default 50)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    parser.add_argument("--serve-rebuild", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_rebuild:
        print(*serve_rebuild(args.serve_rebuild))
        return 0
    if args.smoke:
        args.sizes, args.runs, args.binder_max = [1], 1, 0
    compile_engine()
    has_binder = binder_available()
    binder_note = (f"binder: timed up to N={args.binder_max} (`python -m krishandbok binder`)" if has_binder
                   else "binder: skipped, `python -m krishandbok binder` does not exist yet")
    with tempfile.TemporaryDirectory(prefix="kh-bench-") as temporary:
        work = Path(temporary)
        sizes = []
        for n in args.sizes:
            print(f"N={n}: generating and exporting ...", flush=True)
            runs = args.runs if args.smoke else runs_at(n, args.runs)
            sizes.append(measure(n, runs, work, has_binder and n <= args.binder_max))
        bare = bare_material(work, "sv")
        rebuilds = [serve_seconds(work) for _ in range(args.runs)]
        serve = (statistics.median(w for w, _ in rebuilds), statistics.median(c for _, c in rebuilds))
    info = machine()
    print()
    print(report(sizes, bare, serve, info, binder_note))
    if args.json:
        figures = {"machine": info, "bare": bare, "serve_rebuild": serve,
                   "sizes": [dict(asdict(size), medians={name: size.median(name) for name in
                                                         ("validation", "validation_cpu", "render_cpu",
                                                          "engine_share", "hook", "plain",
                                                          "ratio", "hook_cpu",
                                                          "plain_cpu", "ratio_cpu", "binder")})
                             for size in sizes]}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
