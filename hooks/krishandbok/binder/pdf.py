"""The binder and the pocket cards as PDF files, laid out by Typst.

The handbook reaches Typst only as JSON in `sys.inputs` (see `content`): the
layouts in `layout/` read it with `json(bytes(sys.inputs.data))` and set every
text as a string, so no text from the data is ever read as Typst code. Typst
runs in a temporary folder that holds only our layouts (its root: `read()` and
`image()` reach nothing else), with its embedded fonts only (the same output on
every machine) and no packages (nothing is fetched). The PDFs are tagged PDF/UA-1
with the handbook's language; each file is written whole or not at all.

Each document is laid out in a process of its own (`_WORKER`): Typst keeps what it
has laid out in a cache for the life of the process, so a long-lived one (`mkdocs
serve`, a binder in parts) would only grow. Typst holds a whole document in memory
while it lays it out, about 1 MB a page. A
handbook of more than `WHOLE_LIMIT` entries is therefore laid out in parts of at most
`PART_ENTRIES` entries (scenarios, roles, checklists, templates; or pocket cards),
one after the other, and the parts are joined into one tagged PDF (`merge`). Each
part has an even number of pages (a page left empty says so), so every part, and
every role section, still starts on a right-hand page. The front matter of a binder
in parts is numbered i, ii, ... and its contents list the other parts' pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..contacts import Contacts
from ..edition import Edition
from ..files import source_date_epoch, write_whole
from ..handbook import Handbook
from ..printed import BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE
from . import merge
from .changelog import change_log
from .content import binder_data, cards_data
from .labels import BinderLabels

PDF_STANDARDS = ["ua-1"]
LAYOUTS = ("common.typ", "binder.typ", "cards.typ", "sheet.typ")
ENTRY_SECTIONS = ("scenarios", "roles", "checklists", "templates")  # in the binder's order
WHOLE_LIMIT = 300  # entries: up to here one Typst document (a 300-page binder takes about 0.3 GB)
PART_ENTRIES = 150  # entries (or pocket cards) in one part of a larger handbook


class BinderError(Exception):
    """The layouts could not be compiled: a bug in a layout, or Typst missing."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int


@dataclass(frozen=True)
class Result:
    binder: Written
    cards: Written
    sheet: Written
    seconds: float
    warnings: list[str] = field(default_factory=list)
    peak_typst_bytes: int = 0  # the largest Typst worker's peak memory (the binder's own process apart)

    @property
    def files(self) -> tuple[Written, Written, Written]:
        return (self.binder, self.cards, self.sheet)


def write_binder(handbook: Handbook, out_dir: Path, edition: Edition, contacts: Contacts | None = None) -> Result:
    """Write krishandbok.pdf (A4), kriskort.pdf (A6) and kriskort-a4.pdf (4 cards per A4) into `out_dir`.

    `contacts` only for an internal build: a contact list, people in the role sections
    and on the pocket cards, and every page marked internal. None: neither contacts nor mark.
    """
    started = time.perf_counter()
    binder = binder_data(handbook, edition, change_log(handbook.data_dir), contacts)
    cards = cards_data(handbook, edition, contacts)
    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="krishandbok-binder-") as folder:
        root = _layout_root(Path(folder))
        (root / "no-packages").mkdir()  # Typst's package folders: empty, and nothing is fetched
        compiler = _Compiler(root)
        binder_pdf = _binder_pdf(compiler, root / "binder.typ", binder, warnings)
        cards_pdf = _cards_pdf(compiler, root / "cards.typ", cards, warnings)
        (root / CARDS_FILE).write_bytes(cards_pdf)
        sheet = {
            "lang": handbook.language, "title": handbook.settings.title, "file": CARDS_FILE,
            "pages": merge.page_count(cards_pdf), "words": BinderLabels(handbook.language).words(),
        }
        # Typst cannot embed a PDF in a PDF/UA file: the sheet, a print aid, is plain PDF with
        # the cards' real text; kriskort.pdf is the accessible copy of the same cards.
        sheet_pdf = compiler(root / "sheet.typ", sheet, warnings, standards=[])
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [_write(out_dir / name, pdf) for name, pdf in
               ((BINDER_FILE, binder_pdf), (CARDS_FILE, cards_pdf), (CARDS_SHEET_FILE, sheet_pdf))]
    return Result(*written, seconds=time.perf_counter() - started, warnings=warnings,
                  peak_typst_bytes=compiler.peak_bytes)


def _binder_pdf(compiler, layout: Path, data: dict, warnings: list[str]) -> bytes:
    if sum(len(data[key]) for key in ENTRY_SECTIONS) <= WHOLE_LIMIT:
        return compiler(layout, data, warnings)
    continued = f" – {data['words']['continued']}"
    empty = {key: [] for key in ENTRY_SECTIONS}
    body, marks, page = [], [], 1
    slices = [(key, start) for key in ENTRY_SECTIONS for start in range(0, len(data[key]), PART_ENTRIES)]
    for mode, start in [*slices, ("back", 0)]:
        part = {**data, **empty, "part": _part(mode, page, continued=start > 0)}
        if mode in ENTRY_SECTIONS:
            part[mode] = data[mode][start : start + PART_ENTRIES]
        pdf = compiler(layout, part, warnings)
        marks += [m for m in merge.bookmarks_of(pdf, page - 1) if not (m.level == 1 and m.title.endswith(continued))]
        page = _append_even(compiler, layout, data, body, pdf, page, warnings)
    contents = [[m.level, m.title, m.page + 1] for m in marks if m.level <= 2]  # as Typst's outline, depth 2
    front = compiler(layout, {**data, **empty, "part": _part("front", 1, contents=contents)}, warnings)
    parts = []
    front_pages = _append_even(compiler, layout, data, parts, front, 1, warnings, numbering="i") - 1
    bookmarks = merge.bookmarks_of(front) + [merge.Bookmark(m.level, m.title, m.page + front_pages) for m in marks]
    return merge.join(parts + body, bookmarks)


def _cards_pdf(compiler, layout: Path, data: dict, warnings: list[str]) -> bytes:
    cards = data["cards"]
    if len(cards) <= WHOLE_LIMIT:
        return compiler(layout, data, warnings)
    parts, marks, page = [], [], 1
    for start in range(0, len(cards), PART_ENTRIES):
        part = {**data, "cards": cards[start : start + PART_ENTRIES], "part": _part("cards", page)}
        pdf = compiler(layout, part, warnings)
        marks += merge.bookmarks_of(pdf, page - 1)
        page = _append_even(compiler, layout, data, parts, pdf, page, warnings)
    return merge.join(parts, marks)


def _part(mode: str, first_page: int, continued: bool = False, contents=None, numbering: str = "1") -> dict:
    return {"mode": mode, "first_page": first_page, "continued": continued, "contents": contents or [],
            "numbering": "i" if mode == "front" else numbering}


def _append_even(compiler, layout, data, parts, pdf, page, warnings, numbering="1") -> int:
    """Append `pdf` (starting at page `page`) to `parts`, and a page that says it is empty
    when its pages are odd in number; the number of the next page."""
    parts.append(pdf)
    page += merge.page_count(pdf)
    if (page - 1) % 2:
        empty = {key: [] for key in (*ENTRY_SECTIONS, "cards") if key in data}
        blank = {**data, **empty, "part": _part("blank", page, numbering=numbering)}
        parts.append(compiler(layout, blank, warnings))
        page += 1
    return page


def _layout_root(folder: Path) -> Path:
    """A folder holding only our layouts: Typst's root, so nothing else is readable."""
    layouts = resources.files("krishandbok.binder").joinpath("layout")
    for name in LAYOUTS:
        (folder / name).write_bytes(layouts.joinpath(name).read_bytes())
    return folder


# Runs in a fresh interpreter: reads the job as JSON on standard input, writes the PDF to
# job["output"], prints its warnings and its own peak memory as JSON. Imports only typst.
_WORKER = """
import json, sys
try:
    import resource  # not on Windows
except ImportError:
    resource = None
try:
    import typst
except ImportError as error:
    sys.stderr.write(f"Typst is not installed (pip install typst): {error}")
    sys.exit(3)
job = json.loads(sys.stdin.buffer.read())
compiler = typst.Compiler(root=job["root"], ignore_system_fonts=True,
                          package_path=job["packages"], package_cache_path=job["packages"])
try:
    pdf, warnings = compiler.compile_with_warnings(
        input=job["layout"], format="pdf", sys_inputs={"data": job["data"]},
        pdf_standards=job["standards"], timestamp=job["timestamp"])
except typst.TypstError as error:
    sys.stderr.write(error.message)
    sys.exit(3)
with open(job["output"], "wb") as file:
    file.write(pdf)
def peak_bytes():
    # VmHWM: this process's own high-water mark. ru_maxrss would carry over the parent's
    # from before exec (Linux), so it is only the fallback.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 if resource else 0
peak = peak_bytes()
json.dump({"warnings": [w.message for w in warnings], "peak": peak}, sys.stdout)
"""


@dataclass
class _Compiler:
    """Compiles our layouts, each in a worker process, and remembers the largest worker's memory."""

    root: Path
    peak_bytes: int = 0

    def __call__(self, layout: Path, data: dict, warnings: list[str], standards=PDF_STANDARDS) -> bytes:
        output = self.root / "out.pdf"
        job = {
            "root": str(self.root), "packages": str(self.root / "no-packages"), "layout": str(layout),
            "data": json.dumps(data, ensure_ascii=False), "standards": standards, "timestamp": source_date_epoch(),
            "output": str(output),
        }
        try:
            done = subprocess.run([sys.executable, "-c", _WORKER], input=json.dumps(job).encode("utf-8"),
                                  capture_output=True, check=False)
        except OSError as error:
            raise BinderError(f"{layout.name}: {error}") from None
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
            raise BinderError(f"{layout.name}: {said[-1] if said else f'exit status {done.returncode}'}")
        report = json.loads(done.stdout)
        warnings += [f"{layout.name}: {warning}" for warning in report["warnings"]]
        self.peak_bytes = max(self.peak_bytes, report["peak"])
        pdf = output.read_bytes()
        output.unlink()
        return pdf


def _write(path: Path, pdf: bytes) -> Written:
    write_whole(path, pdf)
    return Written(path, merge.page_count(pdf))
