"""Page images of the printed binder and pocket cards, for review (benchmarks/binder-pages/).

    python benchmarks/binder_pages.py [DATA_DIR] [--out benchmarks/binder-pages]

Builds the three PDFs of the handbook (default: data/) and renders chosen pages
with pdftoppm (poppler-utils): the cover, the first role section that runs over
a page and its continuation, a template with blanks, the situation report form,
a scenario playbook, the front and back of a pocket card that continues, and the
first A4 sheet of cards. Pages are found by the words the binder prints
(`BinderLabels`), so any handbook will do.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from krishandbok import validate  # noqa: E402
from krishandbok.binder import write_binder  # noqa: E402
from krishandbok.binder.labels import BinderLabels  # noqa: E402
from krishandbok.edition import edition  # noqa: E402


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")


def first(texts: list[str], *needles: str, after: int = 0) -> int:
    """The 1-based number of the first page from `after` holding every needle."""
    return next(i + 1 for i, text in enumerate(texts) if i >= after and all(n in text for n in needles))


def render(pdf: Path, page: int, out: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(out.with_suffix(""))], check=True)
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {pdf.name} page {page}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="?", default=ROOT / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "binder-pages")
    args = parser.parse_args()
    handbook = validate(args.data).handbook
    t = BinderLabels(handbook.language)
    continued = t("continued")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        result = write_binder(handbook, Path(folder), edition(args.data))
        binder = page_texts(result.binder.path)
        cards = page_texts(result.cards.path)
        role = next(r for r in handbook.roles.values()
                    if any(f"{r.name} – {continued}" in text for text in binder))
        going_on = first(binder, f"{role.name} – {continued}")
        start = max(i + 1 for i, text in enumerate(binder[: going_on - 1])
                    if role.name in text and t("first_hour") in text)
        pages = {
            "cover": (result.binder.path, 1),
            "role-section": (result.binder.path, start),
            "role-section-continued": (result.binder.path, going_on),
            "template-with-blanks": (result.binder.path, first(binder, t("template.blanks"), t("template.approved"))),
            "form-situation-report": (result.binder.path, first(binder, t("form.report.head"))),
            "playbook": (result.binder.path, first(binder, t("first_actions"), t("key_messages"))),
        }
        front = first(cards, t("card.continues").rstrip("."))
        pages |= {
            "card-front": (result.cards.path, front),
            "card-back": (result.cards.path, front + 1),
            "cards-a4-sheet": (result.sheet.path, 1),
        }
        for name, (pdf, page) in pages.items():
            render(pdf, page, args.out / f"{name}.png")


if __name__ == "__main__":
    main()
