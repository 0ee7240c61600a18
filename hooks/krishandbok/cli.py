"""`python -m krishandbok`: the command line for editors and CI.

Exit codes: 0 valid (warnings may be printed), 1 errors in the handbook,
2 usage errors (argparse's convention), 3 an internal error (never a traceback).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from .exercises.command import add_exercise_commands
from .messages import say
from .problems import github_message, github_property, printable
from .tools.scaffold import NEW_KINDS
from .validate import validate

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def existing_data_dir(given: str | None) -> str | None:
    """The data folder to use (argument, $HANDBOOK_DATA, data); None, said once, when it is missing."""
    data_dir = given or default_data_dir()
    if os.path.isdir(data_dir):
        return data_dir
    print(f"krishandbok: {printable(say('sv', 'cli-no-data-dir', path=data_dir))}", file=sys.stderr)
    return None


def default_data_dir() -> str:
    return os.environ.get("HANDBOOK_DATA") or "data"


def _data_argument(parser: argparse.ArgumentParser, name: str) -> None:
    """The handbook's data folder, as a positional DATA_DIR or as --data."""
    extra = {"nargs": "?"} if name == "data_dir" else {}
    parser.add_argument(name, default=None, metavar="DATA_DIR",
                        help="the handbook's data folder (default: $HANDBOOK_DATA or data)", **extra)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="krishandbok", description="Krishandbok: the crisis handbook tool.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("validate", help="check a handbook and report every problem")
    _data_argument(check, "data_dir")
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="text for people, github for pull-request annotations")
    check.add_argument("--contacts", default=None, metavar="FILE",
                       help="also check a private contacts file (as an internal build reads it)")
    check.set_defaults(run=run_validate)
    schemas = commands.add_parser("schemas", help="write the JSON Schemas generated from the models")
    schemas.add_argument("--out", default="schemas", help="folder to write into (default: schemas)")
    schemas.add_argument("--check", action="store_true", help="only report schemas that are out of date")
    schemas.set_defaults(run=run_schemas)
    binder = commands.add_parser("binder", help="write the printable binder (A4) and pocket cards (A6) as PDF")
    _data_argument(binder, "data_dir")
    binder.add_argument("--out", required=True, metavar="DIR",
                        help="folder to write krishandbok.pdf and kriskort.pdf into")
    binder.set_defaults(run=run_binder)
    new = commands.add_parser("new", help="add a role, audience, channel ... as a skeleton that validates")
    new.add_argument("kind", choices=NEW_KINDS, metavar="KIND", help=", ".join(NEW_KINDS))
    new.add_argument("entity_id", metavar="ID", help="the new id: lowercase letters a-z, digits and hyphens")
    _data_argument(new, "--data")
    new.set_defaults(run=run_new)
    changes = commands.add_parser("changes", help="what changed in the handbook between two git revisions (Markdown)")
    changes.add_argument("base", metavar="BASE", help="the revision to compare with, e.g. main or HEAD~1")
    changes.add_argument("head", nargs="?", default=None, metavar="HEAD",
                         help="the revision to summarise (default: the working tree, uncommitted edits included)")
    _data_argument(changes, "--data")
    changes.set_defaults(run=run_changes)
    reviews = commands.add_parser("reviews", help="list overdue reviews with their owner roles; exit 1 when any")
    _data_argument(reviews, "data_dir")
    reviews.add_argument("--format", choices=("text", "github"), default="text",
                         help="github: the summary as a workflow command (an annotation on the run)")
    reviews.add_argument("--today", type=datetime.date.fromisoformat, default=None, help=argparse.SUPPRESS)
    reviews.set_defaults(run=run_reviews)
    render = commands.add_parser("render", help="write the site as a plain MkDocs project (no hooks) into a folder")
    _data_argument(render, "data_dir")
    render.add_argument("--out", required=True, metavar="DIR",
                        help="the folder to write (replaced if an earlier render wrote it)")
    render.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="FILE",
                        help="the project's mkdocs.yml to take theme and extensions from (default: mkdocs.yml)")
    render.set_defaults(run=run_render)
    add_exercise_commands(commands, _data_argument)
    return parser


def run_render(args: argparse.Namespace) -> int:
    from .tools.export import ExportError, export_site

    data_dir = existing_data_dir(args.data_dir)
    if data_dir is None:
        return EXIT_USAGE
    if not os.path.isfile(args.config_file):
        print(f"krishandbok: {args.config_file}: no such MkDocs configuration file", file=sys.stderr)
        return EXIT_USAGE
    # Paths as the hook writes them (relative to the working folder): the coverage page lists warnings.
    report = validate(data_dir, display_dir=_display_like_the_hook(data_dir))
    language = report.handbook.language
    for problem in report.problems:
        print(problem.format(language), file=sys.stderr)
    if not report.ok:
        counts = {"path": data_dir, "errors": len(report.errors), "warnings": len(report.warnings)}
        print(say(language, "cli-summary-errors", **counts), file=sys.stderr)
        return EXIT_INVALID
    try:
        result = export_site(report, args.config_file, args.out)
    except ExportError as error:
        print(f"krishandbok: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{result.out}: {result.generated} generated and {result.hand_written} hand-written pages;"
          f" build it with: mkdocs build --strict -f {result.out / 'mkdocs.yml'}", file=sys.stderr)
    return EXIT_OK


def _display_like_the_hook(data_dir: str) -> str:
    path = Path(data_dir).resolve()
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run_new(args: argparse.Namespace) -> int:
    from .tools.scaffold import ScaffoldError, describe, new_entry

    data_dir = existing_data_dir(args.data)
    if data_dir is None:
        return EXIT_USAGE
    try:
        created = new_entry(data_dir, args.kind, args.entity_id)
    except ScaffoldError as error:
        print(f"krishandbok: {printable(str(error))}", file=sys.stderr)
        return EXIT_INVALID
    print("\n".join(describe(created)))
    return EXIT_OK


def run_changes(args: argparse.Namespace) -> int:
    from .tools.changes import ChangesError, changes_markdown, compare

    data_dir = args.data or default_data_dir()
    try:
        comparison = compare(".", args.base, args.head, data_dir)
    except ChangesError as error:
        print(f"krishandbok: {printable(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    markdown = changes_markdown(
        comparison.changes, comparison.language, base=args.base, head=args.head, incomplete=comparison.incomplete
    )
    print(markdown, end="")
    return EXIT_OK


def run_reviews(args: argparse.Namespace) -> int:
    from .tools.reviews import overdue, overdue_report

    data_dir = existing_data_dir(args.data_dir)
    if data_dir is None:
        return EXIT_USAGE
    report = validate(data_dir, today=args.today)
    late = overdue(report.handbook)
    text, summary = overdue_report(report.handbook, late, data_dir)
    if text:
        print(text, end="")
    if args.format == "github":  # role names must never start a line of the workflow log
        command = "error" if late else "notice"
        title = github_property(say(report.handbook.language, "reviews-title"))
        print(f"::{command} title={title}::{github_message(summary)}", file=sys.stderr)
    else:
        print(printable(summary), file=sys.stderr)
    return EXIT_INVALID if late else EXIT_OK


def run_binder(args: argparse.Namespace) -> int:
    """The printed date is today, or the day of $SOURCE_DATE_EPOCH (reproducible builds).

    Profiles as in a site build: HANDBOOK_PROFILE=internal reads the contacts from
    HANDBOOK_PRIVATE; a public build (the default) never opens that file.
    """
    from .binder import write_binder
    from .contacts import ContactsFileError, ProfileError, contacts_for_build, public_notice
    from .edition import edition
    from .fonts import replaced_note
    from .typeset import TypesetError

    data_dir = existing_data_dir(args.data_dir)
    if data_dir is None:
        return EXIT_USAGE
    report = validate(data_dir)
    language = report.handbook.language
    if not report.ok:
        for problem in report.errors:
            print(problem.format(language))
        return EXIT_INVALID
    try:
        contacts = contacts_for_build(report.handbook)
    except ProfileError as error:
        print(f"krishandbok: {error}", file=sys.stderr)
        return EXIT_INVALID if isinstance(error, ContactsFileError) else EXIT_USAGE
    notice = public_notice()
    if notice:
        print(f"krishandbok: {notice}", file=sys.stderr)
    report.handbook.release_positions()  # as a site build does (hooks/handbook.py): a long run ahead
    try:
        result = write_binder(report.handbook, Path(args.out), edition(Path(data_dir)), contacts)
    except (TypesetError, OSError) as error:
        print(f"krishandbok: the binder could not be written: {error}", file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(f"krishandbok: {warning}", file=sys.stderr)
    if result.replaced:
        print(f"krishandbok: {replaced_note(result.replaced)}", file=sys.stderr)
    for written in result.files:
        print(f"{written.path}: {written.pages} pages")
    print(f"krishandbok: binder built in {result.seconds:.1f} s{_peak_memory(result)}", file=sys.stderr)
    return EXIT_OK


def _peak_memory(result) -> str:
    """"; peak memory: ..." for the benchmark, where the platform can tell (not on Windows)."""
    try:
        import resource
    except ImportError:
        return ""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux gives KiB
    worker = result.peak_worker_bytes
    return f"; peak memory: this process {own / 2**30:.2f} GB, the largest worker {worker / 2**30:.2f} GB"


def run_schemas(args: argparse.Namespace) -> int:
    from .tools.schemas import stale_schemas, write_schemas

    directory = Path(args.out)
    if args.check:
        stale = stale_schemas(directory)
        for name in stale:
            print(f"{directory / name}: out of date – run: python -m krishandbok schemas", file=sys.stderr)
        return EXIT_INVALID if stale else EXIT_OK
    for path in write_schemas(directory):
        print(path)
    return EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    data_dir = existing_data_dir(args.data_dir)
    if data_dir is None:
        return EXIT_USAGE
    report = validate(data_dir)
    language = report.handbook.language
    if args.contacts:
        report = _with_contacts(report, Path(args.contacts))
    for problem in report.problems:
        print(problem.format_github() if args.format == "github" else problem.format(language))
    counts = {"path": data_dir, "errors": len(report.errors), "warnings": len(report.warnings)}
    summary = say(language, "cli-summary-ok" if report.ok else "cli-summary-errors", **counts)
    print(summary, file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_INVALID


def _with_contacts(report, path: Path):
    """The report with the contacts overlay's problems added (read only when asked for)."""
    from .contacts import load_contacts
    from .problems import sort_problems
    from .validate import Report

    _, problems = load_contacts(path, report.handbook)
    return Report(report.handbook, sort_problems(report.problems + problems))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except OSError as error:  # a folder that cannot be written, a full disk: said, not a crash
        where = f"{error.filename}: " if error.filename else ""
        detail = printable(f"{where}{error.strerror or type(error).__name__}")
        print(f"krishandbok: {say('sv', 'cli-os-error', detail=detail)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # the last line of defence: never show a traceback
        print(f"krishandbok: {say('sv', 'cli-internal-error', detail=type(error).__name__)}", file=sys.stderr)
        return EXIT_INTERNAL
