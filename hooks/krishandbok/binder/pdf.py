"""The binder and the pocket cards as PDF files, through WeasyPrint.

WeasyPrint needs Pango at import time, so it is imported on first use: the
validator and the site work on a machine without it. Nothing is fetched: the
HTML is self-contained and the URL fetcher refuses every scheme but `data:`.
The PDFs are tagged (PDF/UA-1), carry the handbook's language and real text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..contacts import Contacts
from ..handbook import Handbook
from .document import Card, binder_html, cards_html, first_cards
from .edition import Edition
from .extensions import change_log, contacts_section

BINDER_FILE, CARDS_FILE = "krishandbok.pdf", "kriskort.pdf"
PDF_VARIANT = "pdf/ua-1"
MIN_SCALE = 80  # percent (6.8 pt): pocket cards never get a smaller font than this
MAX_FITTING_ROUNDS = 12


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
    extra = {
        "contacts": contacts_section(handbook, contacts),
        "changes": change_log(handbook.data_dir, handbook.language),
    }
    binder = _write(_layout(binder_html(handbook, edition, extra, contacts)), out_dir / BINDER_FILE)
    cards = _write(fitted_cards(handbook, edition, contacts), out_dir / CARDS_FILE)
    return Result(binder, cards, time.perf_counter() - started)


def fitted_cards(handbook: Handbook, edition: Edition, contacts: Contacts | None = None):
    """The laid-out pocket cards, each shrunk until it fits on one page."""
    cards = first_cards(handbook)
    for _ in range(MAX_FITTING_ROUNDS):
        document = _layout(cards_html(handbook, edition, cards, contacts))
        spans = card_pages(document, cards)
        if all(span == 1 for span in spans):
            break
        cards = [card.shrunk(MIN_SCALE) if span > 1 else card for card, span in zip(cards, spans, strict=True)]
    return document


def card_pages(document, cards: list[Card]) -> list[int]:
    """How many pages each card takes in a laid-out document."""
    first_page = {}
    for number, page in enumerate(document.pages):
        for name in page.anchors:
            first_page.setdefault(name, number)
    starts = [first_page[f"kh-card-{card.role_id}"] for card in cards]
    ends = starts[1:] + [len(document.pages)]
    return [end - start for start, end in zip(starts, ends, strict=True)]


def _layout(html: str):
    import weasyprint

    fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    return weasyprint.HTML(string=html, url_fetcher=fetcher).render(pdf_variant=PDF_VARIANT)


def _write(document, path: Path) -> Written:
    document.write_pdf(path, pdf_variant=PDF_VARIANT)
    return Written(path, len(document.pages))
