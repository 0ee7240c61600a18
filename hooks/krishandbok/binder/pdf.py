"""The binder and the pocket cards as PDF files, laid out by Typst.

The handbook reaches Typst only as JSON in `sys.inputs` (see `content`): the
layouts in `layout/` read it with `json(bytes(sys.inputs.data))` and set every
text as a string, so no text from the data is ever read as Typst code. Each
layout is compiled in a worker process (`typeset`). The PDFs are tagged PDF/UA-1
with the handbook's language; each file is written whole or not at all.

Typst holds a whole document in memory while it lays it out, in proportion to the
data it is given (about 0.1 GB and 0.4 GB per MB of JSON). A handbook whose entries come to
more than `WHOLE_BYTES` of JSON is therefore laid out in parts of at most
`PART_BYTES` (scenarios, roles, checklists, templates; or pocket cards), one after
the other, and the parts are joined into one tagged PDF (`typeset.join`), also in a
worker. Each part has an even number of pages (a page left empty says so), so every
part, and every role section, still starts on a right-hand page. The front matter
of a binder in parts is numbered i, ii, ... and its contents list the other parts' pages.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..contacts import Contacts
from ..edition import Edition
from ..files import copy_whole
from ..handbook import Handbook
from ..printed import BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE
from ..typeset import Bookmark, Typesetter, bookmarks_of, page_count
from .changelog import change_log
from .content import binder_data, cards_data
from .labels import BinderLabels

LAYOUTS = ("common.typ", "binder.typ", "cards.typ", "sheet.typ")
ENTRY_SECTIONS = ("scenarios", "roles", "checklists", "templates")  # in the binder's order
# Bytes of the entries' JSON. Up to WHOLE_BYTES one document (the 1x example is about
# 0.3 MB); a part of PART_BYTES takes a Typst worker about 0.5 GB (benchmarks/binder.py).
WHOLE_BYTES = 2_000_000
PART_BYTES = 1_000_000


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
    peak_worker_bytes: int = 0  # the largest worker's peak memory (this process apart)
    # characters no font can print, and how often each was printed as fonts.PLACEHOLDER
    replaced: Counter = field(default_factory=Counter)

    @property
    def files(self) -> tuple[Written, Written, Written]:
        return (self.binder, self.cards, self.sheet)


def write_binder(handbook: Handbook, out_dir: Path, edition: Edition, contacts: Contacts | None = None) -> Result:
    """Write krishandbok.pdf (A4), kriskort.pdf (A6) and kriskort-a4.pdf (4 cards per A4) into `out_dir`.

    `contacts` only for an internal build: a contact list, people in the role sections
    and on the pocket cards, and every page marked internal. None: neither contacts nor mark.
    Raises `typeset.TypesetError` when a layout cannot be compiled.
    """
    started = time.perf_counter()
    binder = binder_data(handbook, edition, change_log(handbook.data_dir), contacts)
    cards = cards_data(handbook, edition, contacts)
    layouts = resources.files("krishandbok.binder").joinpath("layout")
    with tempfile.TemporaryDirectory(prefix="krishandbok-binder-") as folder:
        typesetter = Typesetter(Path(folder), {name: layouts.joinpath(name).read_bytes() for name in LAYOUTS})
        binder_pdf = _binder_pdf(typesetter, binder)
        cards_pdf = _cards_pdf(typesetter, cards)
        sheet = {
            "lang": handbook.language, "title": handbook.settings.title, "file": CARDS_FILE,
            "pages": page_count(cards_pdf), "words": BinderLabels(handbook.language).words(),
        }
        # Typst cannot embed a PDF in a PDF/UA file: the sheet, a print aid, is plain PDF with
        # the cards' real text; kriskort.pdf is the accessible copy of the same cards.
        typesetter.add_file(CARDS_FILE, cards_pdf)
        sheet_pdf = typesetter.compile("sheet.typ", sheet, standards=[])
        out_dir = Path(out_dir)
        written = [_write(out_dir / name, pdf) for name, pdf in
                   ((BINDER_FILE, binder_pdf), (CARDS_FILE, cards_pdf), (CARDS_SHEET_FILE, sheet_pdf))]
    return Result(*written, seconds=time.perf_counter() - started, warnings=typesetter.warnings,
                  peak_worker_bytes=typesetter.peak_bytes, replaced=typesetter.replaced)


def _binder_pdf(typesetter: Typesetter, data: dict) -> Path:
    sizes = {key: _sizes(data[key]) for key in ENTRY_SECTIONS}
    if sum(map(sum, sizes.values())) <= WHOLE_BYTES:
        return typesetter.compile("binder.typ", data)
    continued = f" – {data['words']['continued']}"
    empty = {key: [] for key in ENTRY_SECTIONS}
    parts = _Parts(typesetter, "binder.typ", data)
    marks = []
    slices = [(key, entries, start > 0) for key in ENTRY_SECTIONS
              for start, entries in _slices(data[key], sizes[key])]
    for mode, entries, continuing in [*slices, ("back", [], False)]:
        part = {**data, **empty, "part": _part(mode, parts.page, continued=continuing)}
        if mode in ENTRY_SECTIONS:
            part[mode] = entries
        pdf = typesetter.compile("binder.typ", part)
        marks += [m for m in bookmarks_of(pdf, parts.page - 1)
                  if not (m.level == 1 and m.title.endswith(continued))]
        parts.append(pdf)
    contents = [[m.level, m.title, m.page + 1] for m in marks if m.level <= 2]  # as Typst's outline, depth 2
    front_part = {**data, **empty, "part": _part("front", 1, contents=contents)}
    front_pdf = typesetter.compile("binder.typ", front_part)
    front = _Parts(typesetter, "binder.typ", data, numbering="i")
    front.append(front_pdf)
    front_pages = front.page - 1
    bookmarks = bookmarks_of(front_pdf) + [Bookmark(m.level, m.title, m.page + front_pages) for m in marks]
    return typesetter.join(front.files + parts.files, bookmarks)


def _cards_pdf(typesetter: Typesetter, data: dict) -> Path:
    cards, sizes = data["cards"], _sizes(data["cards"])
    if sum(sizes) <= WHOLE_BYTES:
        return typesetter.compile("cards.typ", data)
    parts = _Parts(typesetter, "cards.typ", data)
    marks = []
    for _, entries in _slices(cards, sizes):
        pdf = typesetter.compile("cards.typ", {**data, "cards": entries, "part": _part("cards", parts.page)})
        marks += bookmarks_of(pdf, parts.page - 1)
        parts.append(pdf)
    return typesetter.join(parts.files, marks)


def _sizes(entries: list) -> list[int]:
    """Each entry's size as JSON, the measure of what Typst will hold for it."""
    return [len(json.dumps(entry, ensure_ascii=False).encode("utf-8")) for entry in entries]


def _slices(entries: list, sizes: list[int]) -> Iterator[tuple[int, list]]:
    """(first index, entries) of consecutive parts of at most PART_BYTES each (an entry
    larger than that is a part of its own); `sizes` from `_sizes(entries)`."""
    start, size = 0, 0
    for index, entry_size in enumerate(sizes):
        if index > start and size + entry_size > PART_BYTES:
            yield start, entries[start:index]
            start, size = index, 0
        size += entry_size
    if start < len(entries):
        yield start, entries[start:]


def _part(mode: str, first_page: int, continued: bool = False, contents=None, numbering: str = "1") -> dict:
    return {"mode": mode, "first_page": first_page, "continued": continued, "contents": contents or [],
            "numbering": "i" if mode == "front" else numbering}


@dataclass
class _Parts:
    """The files of a document laid out in parts, each with an even number of pages."""

    typesetter: Typesetter
    layout: str
    data: dict
    numbering: str = "1"
    files: list[Path] = field(default_factory=list)
    page: int = 1  # the number of the next page

    def append(self, pdf: Path) -> None:
        """Append `pdf`, and a page that says it is empty when its pages are odd in number."""
        self.files.append(pdf)
        self.page += page_count(pdf)
        if (self.page - 1) % 2:
            empty = {key: [] for key in (*ENTRY_SECTIONS, "cards") if key in self.data}
            blank = {**self.data, **empty, "part": _part("blank", self.page, numbering=self.numbering)}
            self.files.append(self.typesetter.compile(self.layout, blank))
            self.page += 1


def _write(path: Path, pdf: Path) -> Written:
    copy_whole(pdf, path)
    return Written(path, page_count(path))
