"""The binder and the pocket cards as PDF files, laid out by Typst.

The handbook reaches Typst only as JSON in `sys.inputs` (see `content`): the
layouts in `layout/` read it with `json(bytes(sys.inputs.data))` and set every
text as a string, so no text from the data is ever read as Typst code. Typst
runs in a temporary folder that holds only our layouts (its root: `read()` and
`image()` reach nothing else), with its embedded fonts only (the same output on
every machine) and no packages (nothing is fetched). The PDFs are tagged PDF/UA-1
with the handbook's language; each file is written whole or not at all.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..contacts import Contacts
from ..edition import Edition
from ..handbook import Handbook
from ..printed import BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE
from .changelog import change_log
from .content import binder_data, cards_data
from .labels import BinderLabels

PDF_STANDARDS = ["ua-1"]
LAYOUTS = ("common.typ", "binder.typ", "cards.typ", "sheet.typ")
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


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
        compiler = _compiler(root)
        binder_pdf = _compile(compiler, root / "binder.typ", binder, warnings)
        cards_pdf = _compile(compiler, root / "cards.typ", cards, warnings)
        (root / CARDS_FILE).write_bytes(cards_pdf)
        sheet = {
            "lang": handbook.language, "title": handbook.settings.title, "file": CARDS_FILE,
            "pages": page_count(cards_pdf), "words": BinderLabels(handbook.language).words(),
        }
        # Typst cannot embed a PDF in a PDF/UA file: the sheet, a print aid, is plain PDF with
        # the cards' real text; kriskort.pdf is the accessible copy of the same cards.
        sheet_pdf = _compile(compiler, root / "sheet.typ", sheet, warnings, standards=[])
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [_write(out_dir / name, pdf) for name, pdf in
               ((BINDER_FILE, binder_pdf), (CARDS_FILE, cards_pdf), (CARDS_SHEET_FILE, sheet_pdf))]
    return Result(*written, seconds=time.perf_counter() - started, warnings=warnings)


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF that Typst wrote (its page objects are never compressed)."""
    return len(_PAGE.findall(pdf))


def _layout_root(folder: Path) -> Path:
    """A folder holding only our layouts: Typst's root, so nothing else is readable."""
    layouts = resources.files("krishandbok.binder").joinpath("layout")
    for name in LAYOUTS:
        (folder / name).write_bytes(layouts.joinpath(name).read_bytes())
    return folder


def _compiler(root: Path):
    try:
        import typst  # the pdf extra: imported when a binder is printed, off the site's import path
    except ImportError as error:
        raise BinderError(f"Typst is not installed (pip install typst): {error}") from None
    empty = root / "no-packages"
    empty.mkdir()
    return typst.Compiler(
        root=str(root), ignore_system_fonts=True, package_path=str(empty), package_cache_path=str(empty)
    )


def _compile(compiler, layout: Path, data: dict, warnings: list[str], standards=PDF_STANDARDS) -> bytes:
    import typst

    try:
        pdf, said = compiler.compile_with_warnings(
            input=str(layout), format="pdf", sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
            pdf_standards=standards, timestamp=_timestamp(),
        )
    except typst.TypstError as error:
        raise BinderError(f"{layout.name}: {error.message}") from None
    warnings += [f"{layout.name}: {warning.message}" for warning in said]
    return pdf


def _timestamp() -> int | None:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else None


def _write(path: Path, pdf: bytes) -> Written:
    """Write `pdf` whole: into a temporary file beside `path`, then renamed over it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a site's files are readable
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Written(path, page_count(pdf))
