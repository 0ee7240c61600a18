"""`python -m krishandbok exercise …`: draft, export, import and findings of exercises.

Kept apart from `cli.py`, which only registers the subcommand: the heavy imports
happen when a command runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from ..messages import say

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def add_exercise_commands(commands, data_argument) -> None:
    exercise = commands.add_parser("exercise", help="draft, export, import and summarise exercises")
    actions = exercise.add_subparsers(dest="exercise_command", required=True, metavar="ACTION")
    draft = actions.add_parser("draft", help="write a draft exercise for a scenario, from the handbook")
    draft.add_argument("scenario", metavar="SCENARIO", help="the scenario id")
    draft.add_argument("--format", choices=("seminar", "simulation"), default="simulation")
    draft.add_argument("--minutes", type=int, default=120, help="length of play (default 120)")
    draft.add_argument("--seed", type=int, default=0, help="another seed gives another draft (default 0)")
    draft.add_argument("--out", default=None, metavar="FILE",
                       help="where to write (default: DATA_DIR/exercises/<scenario>-<format>.yaml)")
    data_argument(draft, "--data")
    draft.set_defaults(run=run_draft)
    export = actions.add_parser("export", help="write an exercise's injects as CSV (MSEL columns)")
    export.add_argument("exercise_id", metavar="ID")
    export.add_argument("--csv", action="store_true", required=True, help="CSV (the only format)")
    export.add_argument("--out", default=None, metavar="FILE", help="file to write (default: standard output)")
    data_argument(export, "--data")
    export.set_defaults(run=run_export)
    load = actions.add_parser("import", help="replace an exercise's injects with the rows of a CSV file")
    load.add_argument("csv_file", metavar="FILE.csv")
    load.add_argument("--id", dest="exercise_id", default=None, help="the exercise (default: the file's name)")
    data_argument(load, "--data")
    load.set_defaults(run=run_import)
    pack = actions.add_parser("pack", help="write the printed exercise pack (PDF) of one exercise")
    pack.add_argument("exercise_id", metavar="ID")
    pack.add_argument("--out", required=True, metavar="DIR", help="folder to write <ID>.pdf into")
    pack.add_argument("--staff", action="store_true",
                      help="with the script and inject cards even when the exercise is not held yet")
    data_argument(pack, "--data")
    pack.set_defaults(run=run_pack)
    findings = actions.add_parser("findings", help="the exercise's findings as Markdown for a pull request")
    findings.add_argument("exercise_id", metavar="ID")
    data_argument(findings, "--data")
    findings.set_defaults(run=run_findings)


class _Refused(Exception):
    """A command stops with this exit code; what went wrong is already printed."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def _refusals(command):
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except _Refused as refused:
            return refused.code

    return run


def _valid_handbook(data: str | None):
    """(the validated handbook, its folder); refused after printing its errors."""
    from ..cli import existing_data_dir
    from ..validate import validate

    data_dir = existing_data_dir(data)
    if data_dir is None:
        raise _Refused(EXIT_USAGE)
    report = validate(data_dir)
    if not report.ok:
        for problem in report.errors:
            print(problem.format(report.handbook.language), file=sys.stderr)
        raise _Refused(EXIT_INVALID)
    return report.handbook, data_dir


def _exercise(handbook, exercise_id: str):
    exercise = handbook.exercises.get(exercise_id)
    if exercise is None:
        known = ", ".join(handbook.exercises) or say(handbook.language, "cli-none")
        print(f"krishandbok: {say(handbook.language, 'cli-no-exercise', id=exercise_id, known=known)}", file=sys.stderr)
        raise _Refused(EXIT_USAGE)
    return exercise


@_refusals
def run_draft(args: argparse.Namespace) -> int:
    from ..files import write_whole
    from .draft import DraftError, draft_exercise, draft_yaml
    from .files import check_with, exercise_path, schema_line

    handbook, data_dir = _valid_handbook(args.data)
    try:
        draft = draft_exercise(handbook, args.scenario, args.format, args.minutes, args.seed)
    except DraftError as error:
        print(f"krishandbok: {error}", file=sys.stderr)
        return EXIT_USAGE
    target = Path(args.out) if args.out else exercise_path(Path(data_dir), draft.exercise_id)
    if target.exists():
        print(f"krishandbok: {say(handbook.language, 'cli-file-exists', path=target)}", file=sys.stderr)
        return EXIT_INVALID
    text = draft_yaml(draft, schema_line(Path(data_dir)))
    _, problems = check_with(Path(data_dir), draft.exercise_id, text, data_dir)
    errors = [p for p in problems if p.is_error]
    for problem in problems:
        print(problem.format(handbook.language), file=sys.stderr)
    if errors:
        return EXIT_INVALID
    write_whole(target, text.encode("utf-8"))
    print(target)
    return EXIT_OK


@_refusals
def run_export(args: argparse.Namespace) -> int:
    from ..files import write_whole
    from .msel import export_csv

    handbook, data_dir = _valid_handbook(args.data)
    exercise = _exercise(handbook, args.exercise_id)
    text = export_csv(exercise)
    if args.out:
        write_whole(Path(args.out), ("\ufeff" + text).encode("utf-8"))  # the BOM makes Excel read UTF-8
        print(args.out)
    else:
        sys.stdout.write(text)
    return EXIT_OK


@_refusals
def run_import(args: argparse.Namespace) -> int:
    from ..files import write_whole
    from .files import check_with, exercise_path
    from .msel import read_csv, replace_injects

    handbook, data_dir = _valid_handbook(args.data)
    source = Path(args.csv_file)
    try:
        text = source.read_bytes().decode("utf-8")
    except OSError as error:
        print(f"krishandbok: {source}: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    except UnicodeDecodeError:
        print(f"{source}:1:1: {say(handbook.language, 'cli-not-utf8')}", file=sys.stderr)
        return EXIT_INVALID
    exercise = _exercise(handbook, args.exercise_id or source.stem)
    injects, problems = read_csv(text, exercise, handbook)
    for problem in sorted(problems, key=lambda p: (p.row, p.column)):
        print(problem.format(str(source)), file=sys.stderr)
    if problems:
        return EXIT_INVALID
    path = exercise_path(Path(data_dir), exercise.id)
    document = exercise._origin.document
    line = document.key_position(("injects",)).line if "injects" in document.data else None
    updated = replace_injects(path.read_text(encoding="utf-8"), injects, line)
    _, found = check_with(Path(data_dir), exercise.id, updated, data_dir)
    errors = [p for p in found if p.is_error]
    for problem in errors:
        print(problem.format(handbook.language), file=sys.stderr)
    if errors:
        return EXIT_INVALID
    write_whole(path, updated.encode("utf-8"))
    print(f"{path}: {len(injects)} injects")
    return EXIT_OK


@_refusals
def run_findings(args: argparse.Namespace) -> int:
    from .findings import findings_markdown

    handbook, data_dir = _valid_handbook(args.data)
    _exercise(handbook, args.exercise_id)
    sys.stdout.write(findings_markdown(handbook, args.exercise_id))
    return EXIT_OK


@_refusals
def run_pack(args: argparse.Namespace) -> int:
    from ..fonts import replaced_note
    from ..typeset import TypesetError
    from .pack import write_pack

    handbook, data_dir = _valid_handbook(args.data)
    _exercise(handbook, args.exercise_id)
    try:
        written = write_pack(handbook, args.exercise_id, Path(args.out), staff=args.staff)
    except TypesetError as error:
        print(f"krishandbok: {error}", file=sys.stderr)
        return EXIT_USAGE
    for warning in written.warnings:
        print(f"krishandbok: {warning}", file=sys.stderr)
    if written.replaced:
        print(f"krishandbok: {replaced_note(written.replaced)}", file=sys.stderr)
    print(f"{written.path}: {written.pages} pages")
    return EXIT_OK
