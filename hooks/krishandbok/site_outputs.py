"""What a site build writes beside MkDocs' pages: the printed PDFs and the offline web app.

One function for the hook's last event (the site folder is complete but not yet swapped
in). Failures come back as one `OutputError`, worded for the person building; what went
well comes back as lines to log. No MkDocs here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import offline_app
from .binder import write_binder
from .exercises.pack import write_packs
from .fonts import replaced_note
from .render.exercises import words as exercise_words
from .typeset import TypesetError


class OutputError(Exception):
    """A PDF or the offline app could not be written; the message says which and how to skip it."""


@dataclass
class Outputs:
    """Lines for the build log: what was written, and what the binder warns about."""

    info: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def write_outputs(handbook, site_dir: Path, edition, contacts, pdfs: bool, app: offline_app.App | None) -> Outputs:
    """The binder, pocket cards and exercise packs (when `pdfs`), then the web app's worker,
    which lists every file of the site and so comes last."""
    outputs = Outputs()
    site_dir = Path(site_dir)
    if pdfs:
        _binder(handbook, site_dir, edition, contacts, outputs)
        _packs(handbook, site_dir, contacts, outputs)
    if app is not None:
        _app(site_dir, app, outputs)
    return outputs


def _binder(handbook, site_dir: Path, edition, contacts, outputs: Outputs) -> None:
    try:
        result = write_binder(handbook, site_dir, edition, contacts)
    except (TypesetError, OSError) as error:
        raise OutputError(f"the binder PDF could not be written (KRISHANDBOK_PDF=0 skips it): {error}") from None
    outputs.warnings += [f"binder: {warning}" for warning in result.warnings]
    pages = ", ".join(f"{written.path.name} ({written.pages} pages)" for written in result.files)
    outputs.info.append(f"binder: {pages} in {result.seconds:.1f} s")
    if result.replaced:  # info, not a warning: the validator has warned, and --strict must pass
        outputs.info.append(f"binder: {replaced_note(result.replaced)}")


def _packs(handbook, site_dir: Path, contacts, outputs: Outputs) -> None:
    """`ovningar/<id>.pdf`; the script and inject cards of an exercise not yet held only internally."""
    folder = site_dir / exercise_words(handbook.language)["folder"]
    try:
        written = write_packs(handbook, folder, staff=contacts is not None)
    except (TypesetError, OSError) as error:
        raise OutputError(f"the exercise packs could not be written (KRISHANDBOK_PDF=0 skips them): {error}") from None
    outputs.info += [f"exercise pack: {pack.path.name} ({pack.pages} pages)" for pack in written]
    outputs.warnings += [f"exercise pack {pack.path.name}: {warning}" for pack in written for warning in pack.warnings]
    outputs.info += [f"exercise pack {pack.path.name}: {replaced_note(pack.replaced)}"
                     for pack in written if pack.replaced]


def _app(site_dir: Path, app: offline_app.App, outputs: Outputs) -> None:
    try:
        written = offline_app.write_app(site_dir, app)
    except OSError as error:
        raise OutputError(f"the offline web app could not be written: {error}") from None
    outputs.info.append(
        f"offline app: {len(written.entries)} files, {written.size / 1e6:.1f} MB to cache ({written.cache})"
    )
