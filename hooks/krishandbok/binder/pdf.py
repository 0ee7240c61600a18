"""The binder and the pocket cards as PDF files, through WeasyPrint.

WeasyPrint needs Pango at import time, so it is imported on first use: the
validator and the site work on a machine without it. Nothing is fetched: the
HTML is self-contained and the URL fetcher refuses every scheme but `data:`.
The PDFs are tagged (PDF/UA-1), carry the handbook's language and real text.
"""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..contacts import Contacts
from ..handbook import Handbook
from .document import Card, binder_html, cards_html, first_cards
from .edition import Edition
from .extensions import change_log, contacts_section
from .outline import outline

BINDER_FILE, CARDS_FILE = "krishandbok.pdf", "kriskort.pdf"
PDF_VARIANT = "pdf/ua-1"
MIN_SCALE = 80  # percent (6.8 pt): pocket cards never get a smaller font than this
MAX_FITTING_ROUNDS = 12
COLLECTOR_THRESHOLDS = (100_000, 100, 10)  # young and middle generation while laying out, see _collector_relaxed
PAGE_ROUNDS = 4  # layouts to settle the binder's page numbers, then WeasyPrint's target-counter


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int


@dataclass(frozen=True)
class Result:
    binder: Written
    cards: Written
    seconds: float


def write_binder(handbook: Handbook, out_dir: Path, edition: Edition, contacts: Contacts | None = None) -> Result:
    """Write krishandbok.pdf (A4) and kriskort.pdf (A6) into `out_dir`.

    `contacts` only for an internal build: a contact list, people on the role and
    pocket cards, and every page marked internal. None: neither contacts nor mark.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    changes = change_log(handbook.data_dir, handbook.language)
    with _collector_relaxed():
        binder = _write(laid_out_binder(handbook, edition, changes, contacts), out_dir / BINDER_FILE)
        gc.collect()  # the binder's layout, before the cards make more
        cards = _write(fitted_cards(handbook, edition, contacts), out_dir / CARDS_FILE)
    return Result(binder, cards, time.perf_counter() - started)


def laid_out_binder(handbook: Handbook, edition: Edition, changes: Markup, contacts: Contacts | None = None):
    """The laid-out binder, every link (contents, cross-references) showing its target's page.

    WeasyPrint can find those pages itself (CSS target-counter), but lays out every
    page about three times to do so, and its bookkeeping of thousands of links grows
    with links × targets: ten times the example took 245 s of CPU, not ten times 15.
    Here the page numbers are written into the HTML: a first layout with stand-ins
    of about the same width tells on which page each target starts, the next one
    prints those pages, and is kept once every number printed is the page its
    target starts on (as a rule the second layout). Should they not settle,
    WeasyPrint's target-counter finds them as before.
    """

    def html(page_of):
        extra = {"contacts": contacts_section(handbook, contacts, page_of), "changes": changes}
        return binder_html(handbook, edition, extra, contacts, page_of)

    lookup, measuring = stand_ins(handbook), True
    for _ in range(PAGE_ROUNDS):
        printed = PrintedPages(lookup)
        document = _layout(html(printed), measuring)
        found = anchor_pages(document)
        if not measuring and printed.hold(found):
            return document
        del document
        gc.collect()  # this layout, before the next one makes as much again
        lookup, measuring = found.get, False
    return _layout(html(None))


class PrintedPages:
    """The page numbers given to the binder's links (by `lookup`), kept to check them against a layout."""

    def __init__(self, lookup) -> None:
        self._lookup = lookup
        self.printed: dict[str, int | str | None] = {}

    def __call__(self, anchor_name: str) -> int | str | None:
        number = self.printed[anchor_name] = self._lookup(anchor_name)
        return number

    def hold(self, found: dict[str, int]) -> bool:
        """Whether each number printed is the page its anchor starts on in `found`."""
        return all(found.get(anchor_name) == number for anchor_name, number in self.printed.items())


def anchor_pages(document) -> dict[str, int]:
    """The page number (from 1) on which each anchor (element id) of a laid-out document starts."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            pages.setdefault(name, number)
    return pages


def stand_ins(handbook: Handbook):
    """Page numbers for the first layout, which only measures: zeros, as many as the
    target's page is likely to have digits (DejaVu Sans digits are all as wide), from
    its place in the outline at about one page an entry; a target not in the outline
    (a channel's row) gets as many as the last page. A wrong guess costs a layout,
    never a wrong number."""
    guesses, place = {}, 2  # the cover and the contents
    for section in outline(handbook):
        for anchor_name in [section.anchor, *(entry.anchor for entry in section.entries)]:
            place += 1
            guesses[anchor_name] = "0" * len(str(place))
    last = "0" * len(str(place))
    return lambda anchor_name: guesses.get(anchor_name, last)


def fitted_cards(handbook: Handbook, edition: Edition, contacts: Contacts | None = None):
    """The laid-out pocket cards, each shrunk until it fits on one page.

    A card starts a page of its own, so its layout does not depend on the others:
    after the first layout of all cards, only the cards that spill over are laid
    out again, and the document is put together from each card's last layout.
    """
    cards = first_cards(handbook)
    pages: list[list] = [[] for _ in cards]
    todo = list(range(len(cards)))
    first = None
    for _ in range(MAX_FITTING_ROUNDS):
        laid_out = [cards[i] for i in todo]
        document = _layout(cards_html(handbook, edition, laid_out, contacts))
        if first is None:
            first = document
        for i, (start, end) in zip(todo, card_ranges(document, laid_out), strict=True):
            pages[i] = document.pages[start:end]
        todo = [i for i in todo if len(pages[i]) > 1]
        if not todo:
            break
        for i in todo:
            cards[i] = cards[i].shrunk(MIN_SCALE)
    return first.copy([page for card in pages for page in card])


def card_ranges(document, cards: list[Card]) -> list[tuple[int, int]]:
    """The pages (start, end: indexes, end excluded) that each card takes in a laid-out document."""
    first_page = {}
    for number, page in enumerate(document.pages):
        for name in page.anchors:
            first_page.setdefault(name, number)
    starts = [first_page[f"kh-card-{card.role_id}"] for card in cards]
    ends = starts[1:] + [len(document.pages)]
    return list(zip(starts, ends, strict=True))


# Margin boxes (running headers, footers) never move page content: a layout that
# only measures where things fall leaves them out (a tenth of a layout's time).
_MARGIN_BOXES = (
    "top-left-corner", "top-left", "top-center", "top-right", "top-right-corner",
    "bottom-left-corner", "bottom-left", "bottom-center", "bottom-right", "bottom-right-corner",
    "left-top", "left-middle", "left-bottom", "right-top", "right-middle", "right-bottom",
)
_MEASURING_CSS = "@page { " + " ".join(f"@{box} {{ content: none !important }}" for box in _MARGIN_BOXES) + " }"


def _layout(html: str, measuring: bool = False):
    """The laid-out document; `measuring`: without margin boxes, only to learn where its pages break."""
    import weasyprint

    fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    stylesheets = [weasyprint.CSS(string=_MEASURING_CSS)] if measuring else None
    with _page_styles_direct():
        return weasyprint.HTML(string=html, url_fetcher=fetcher).render(
            pdf_variant=PDF_VARIANT, stylesheets=stylesheets
        )


def _write(document, path: Path) -> Written:
    with _page_references_kept():
        document.write_pdf(path, pdf_variant=PDF_VARIANT)
    return Written(path, len(document.pages))


@contextmanager
def _collector_relaxed():
    """The cycle collector looks at new objects every 100,000 allocations, not 700,
    and at the middle generation every hundred of those, not ten.

    A layout makes millions of objects (boxes, styles, text) that live until its
    PDF is written: with the default thresholds the collector walks them again and
    again, a fifth of a layout's time, and more the longer the binder. Most garbage
    still goes in the young collections; each dropped layout is collected at once
    (see laid_out_binder). The thresholds are restored afterwards.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def _page_styles_direct():
    """While laying out, WeasyPrint 70 finds a page's margin-box styles directly.

    For every page it lays out, `set_page_type_computed_styles` looks for that
    page's margin boxes among the cascaded styles of every element of the document:
    time that grows with pages × elements (56 s of a 5,000-page binder). The same
    styles are computed here from the few keys a page can have, (page, "@top-left")
    and the like (weasyprint.css.PAGE_MARGIN_BOXES). Another WeasyPrint: as it is.
    """
    import weasyprint
    from weasyprint.css import PAGE_MARGIN_BOXES
    from weasyprint.layout import page as layout_page

    original = layout_page.set_page_type_computed_styles
    if weasyprint.__version__ != "70.0":
        yield
        return
    pseudo_types = [f"@{box}" for box in sorted(PAGE_MARGIN_BOXES)]

    def set_page_type_computed_styles(page_type, html, style_for):
        style_for.add_page_declarations(page_type)
        root = html.etree_element
        style_for.set_computed_styles(page_type, root=root, parent=root, base_url=html.base_url)
        cascaded = style_for.get_cascaded_styles()
        for pseudo_type in pseudo_types:
            if (page_type, pseudo_type) in cascaded:
                style_for.set_computed_styles(
                    page_type, pseudo_type=pseudo_type, root=root, parent=page_type, base_url=html.base_url
                )

    layout_page.set_page_type_computed_styles = set_page_type_computed_styles
    try:
        yield
    finally:
        layout_page.set_page_type_computed_styles = original


@contextmanager
def _page_references_kept():
    """While a PDF is written, pydyf's list of page references is made once, not once per use.

    `pydyf.PDF.page_references` (pydyf 0.13) builds a reference to every page each
    time it is read, and WeasyPrint reads it for every tagged element (PDF/UA) and
    every link: time that grew with elements × pages, most of the writing at 500
    pages. The same tuple is kept until a page is added; the PDF is the same.
    """
    import pydyf

    original = pydyf.PDF.__dict__.get("page_references")
    if not isinstance(original, property):  # another pydyf: leave it as it is
        yield
        return

    def page_references(pdf):
        count = len(pdf.pages["Kids"])
        kept = pdf.__dict__.get("_kh_page_references")
        if kept is None or kept[0] != count:
            kept = pdf.__dict__["_kh_page_references"] = (count, original.fget(pdf))
        return kept[1]

    pydyf.PDF.page_references = property(page_references)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original
