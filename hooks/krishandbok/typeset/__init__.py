"""Typst layouts compiled, and PDF parts joined, each in a worker process.

Shared by the binder and the exercise packs. Typst keeps what it has laid out in a
cache for the life of its process, so a long-lived one (`mkdocs serve`, a binder in
parts) would only grow; and it holds a whole document in memory while it lays it
out. Each job therefore runs in a fresh interpreter (`worker.py`), one at a time,
and the PDFs pass through files, never through this process's memory: what is
held at once is this process plus one worker, and `peak_bytes` is the largest
worker's peak.

Typst runs with a folder holding only our layouts as its root (`read()` and
`image()` reach nothing else), with its embedded fonts and the ones the package
ships (`krishandbok.fonts`), never the machine's (the same output on every
machine), and no packages (nothing is fetched). A character none of those fonts
can print would stop Typst (PDF/UA-1): it is replaced in the data before layout,
and counted in `Typesetter.replaced` for the build log.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import fonts
from ..files import source_date_epoch
from .join import Bookmark, bookmarks_of, page_count

PDF_UA = ["ua-1"]  # tagged PDF/UA-1
WORKER = Path(__file__).with_name("worker.py")

__all__ = ["PDF_UA", "Bookmark", "TypesetError", "Typesetter", "bookmarks_of", "page_count"]


class TypesetError(Exception):
    """A job failed: a bug in a layout, or Typst or pikepdf missing."""


@dataclass
class Typesetter:
    """Compiles the layouts in `layouts` (name: source) into PDF files under `folder`."""

    folder: Path
    layouts: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)  # Typst's, each with its layout's name
    replaced: Counter = field(default_factory=Counter)  # character: times set as fonts.PLACEHOLDER
    peak_bytes: int = 0
    _made: int = 0

    def __post_init__(self) -> None:
        for name, source in self.layouts.items():
            (self._root / name).parent.mkdir(parents=True, exist_ok=True)
            (self._root / name).write_bytes(source)
        # every layout imports the one fallback list: `#import "fonts.typ": fonts`
        shutil.copyfile(fonts.FOLDER / fonts.FALLBACK_LIST, self._root / fonts.FALLBACK_LIST)
        self._packages.mkdir(parents=True, exist_ok=True)  # empty: nothing is fetched
        self._out.mkdir(parents=True, exist_ok=True)

    @property
    def _root(self) -> Path:
        return self.folder / "layouts"

    @property
    def _packages(self) -> Path:
        return self.folder / "no-packages"

    @property
    def _out(self) -> Path:
        return self.folder / "out"

    def add_file(self, name: str, source: Path) -> None:
        """Make `source` readable to the layouts as `name` (Typst reads nothing outside its root)."""
        shutil.copyfile(source, self._root / name)

    def compile(self, layout: str, data: dict, standards=PDF_UA) -> Path:
        """Lay out `layout` with `data` (as JSON in sys.inputs.data); the PDF file written.

        Characters no font can print are set as `fonts.PLACEHOLDER` (counted in `replaced`)."""
        output = self._next_output()
        printable = fonts.printable_data(data, self.replaced)
        job = {
            "task": "typst", "root": str(self._root), "packages": str(self._packages), "fonts": str(fonts.FOLDER),
            "layout": str(self._root / layout), "data": json.dumps(printable, ensure_ascii=False),
            "standards": standards, "timestamp": source_date_epoch(), "output": str(output),
        }
        self.warnings += [f"{layout}: {warning}" for warning in self._run(layout, job)]
        return output

    def join(self, parts: list[Path], bookmarks: list[Bookmark]) -> Path:
        """The parts joined into one tagged PDF file with `bookmarks` (see `join.py`)."""
        output = self._next_output()
        job = {"task": "join", "parts": [str(part) for part in parts],
               "bookmarks": [[mark.level, mark.title, mark.page] for mark in bookmarks], "output": str(output)}
        self._run("join", job)
        return output

    def _next_output(self) -> Path:
        self._made += 1
        return self._out / f"{self._made:05d}.pdf"

    def _run(self, name: str, job: dict) -> list[str]:
        try:
            done = subprocess.run([sys.executable, str(WORKER)], input=json.dumps(job).encode("utf-8"),
                                  capture_output=True, check=False)
        except OSError as error:
            raise TypesetError(f"{name}: {error}") from None
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
            raise TypesetError(f"{name}: {said[-1] if said else f'exit status {done.returncode}'}")
        report = json.loads(done.stdout)
        self.peak_bytes = max(self.peak_bytes, report["peak"])
        return report["warnings"]
