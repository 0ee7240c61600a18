"""Injects as a spreadsheet (MSEL): `exercise export ID --csv` and `exercise import FILE.csv`.

The columns are the usual Master Scenario Events List ones — number, time, from, to,
method, inject, expected action, goal — plus channel and reserve, so that a sheet
written in Excel or taken from another exercise tool becomes the exercise's
`injects`, and back. The header row is in English (the exchange format); a
semicolon-separated sheet (Swedish Excel) is read as well.

Import replaces the `injects` of an existing `exercises/<id>.yaml` and keeps the
rest of the file (goals, participants, comments) as written. Every row is checked
first and every problem named `file.csv:row:column`; the exercise is then written
only when the whole handbook validates with it.

Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula:
such a cell is exported with a leading apostrophe, which import removes again.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

import yaml

from ..handbook import Handbook
from ..model import ID_PATTERN, clock_minutes
from .draft import _Dumper, _Time

COLUMNS = ("number", "time", "from", "to", "method", "inject", "expected action", "goal", "channel", "reserve")
VIAS = ("social", "phone", "email", "press", "radio", "situation-report", "in-person")
_TIME = re.compile(r"^\d{1,2}:[0-5]\d$")
_ID = re.compile(ID_PATTERN)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_YES = {"true", "yes", "ja", "x", "1", "reserve", "reserv"}
MESSAGES = {
    "sv": {
        "empty-file": "filen är tom – första raden ska ange kolumnerna: {columns}",
        "missing-column": "kolumnen \"{name}\" saknas – kolumnerna är: {columns}",
        "unknown-column": "okänd kolumn \"{name}\" – kolumnerna är: {columns}",
        "empty": "\"{name}\" är tom – fyll i den",
        "time": "tiden \"{value}\" är inte timmar:minuter efter start, t.ex. 0:05",
        "order": "inspelet kl. {value} kommer efter ett kl. {before} – ordna raderna i tidsordning",
        "method": "vägen \"{value}\" är inte en av: {allowed}",
        "to": "\"{value}\" är ingen roll i handboken{close}",
        "from": "\"{value}\" är skriven som ett id men är ingen persona i övningen{close} – lägg till den "
                "eller skriv avsändaren som text",
        "channel-missing": "ett inspel via social behöver sin kanal (channel)",
        "channel": "\"{value}\" är ingen kanal i handboken{close}",
        "goal": "\"{value}\" är inget mål i övningen{close}",
        "reserve": "\"{value}\" – skriv yes för ett reservinspel, eller lämna tomt",
        "close": " – menade du \"{match}\"?",
    },
    "en": {
        "empty-file": "the file is empty – the first row names the columns: {columns}",
        "missing-column": "the column \"{name}\" is missing – the columns are: {columns}",
        "unknown-column": "unknown column \"{name}\" – the columns are: {columns}",
        "empty": "\"{name}\" is empty – fill it in",
        "time": "the time \"{value}\" is not hours:minutes after the start, e.g. 0:05",
        "order": "the inject at {value} comes after one at {before} – put the rows in time order",
        "method": "the method \"{value}\" is not one of: {allowed}",
        "to": "\"{value}\" is not a role of the handbook{close}",
        "from": "\"{value}\" is written like an id but is not a persona of the exercise{close} – add the persona "
                "or write the sender as text",
        "channel-missing": "an inject via social needs its channel",
        "channel": "\"{value}\" is not a channel of the handbook{close}",
        "goal": "\"{value}\" is not a goal of the exercise{close}",
        "reserve": "\"{value}\" – write yes for a contingency inject, or leave it empty",
        "close": " – did you mean \"{match}\"?",
    },
}
_NO = {"", "false", "no", "nej", "0"}


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.row}:{self.column}: {self.message}"


# --------------------------------------------------------------------------- export


def export_csv(exercise) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for number, inject in enumerate(exercise.injects, start=1):
        writer.writerow([number, inject.at, _cell(inject.from_), inject.to, inject.via, _cell(inject.text),
                         _cell(inject.expect), " ".join(inject.goals), inject.channel or "",
                         "yes" if inject.reserve else ""])
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


# --------------------------------------------------------------------------- import


def read_csv(text: str, exercise, handbook: Handbook) -> tuple[list[dict], list[RowProblem]]:
    """The rows as inject mappings (the contract's keys), and every problem found in them."""
    say = _sayer(handbook.language)
    text = text.lstrip("\ufeff")
    delimiter = ";" if text.partition("\n")[0].count(";") > text.partition("\n")[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    problems: list[RowProblem] = []
    if not rows:
        return [], [RowProblem(1, 1, say("empty-file"))]
    index = _header(rows[0], problems, say)
    if problems:
        return [], problems
    goals = {goal.id for goal in exercise.goals}
    personas = {persona.id for persona in exercise.personas}
    injects: list[dict] = []
    latest = None
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        inject, latest = _row(row, number, index, latest, (goals, personas, handbook), problems, say)
        if inject is not None:
            injects.append(inject)
    return injects, problems


def _header(header: list[str], problems: list[RowProblem], say) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    index = {name: position for position, name in enumerate(names)}
    for required in COLUMNS[1:8]:
        if required not in index:
            problems.append(RowProblem(1, len(names) + 1, say("missing-column", name=required)))
    for position, name in enumerate(names):
        if name not in COLUMNS:
            problems.append(RowProblem(1, position + 1, say("unknown-column", name=header[position])))
    return index


def _sayer(language: str):
    texts = MESSAGES.get(language, MESSAGES["sv"])

    def say(key: str, **params) -> str:
        return texts[key].format(columns=", ".join(COLUMNS), **params)

    return say


def _row(row, number, index, latest, known, problems, say):
    goals, personas, handbook = known

    def cell(name: str) -> str:
        position = index.get(name)
        value = row[position].strip() if position is not None and position < len(row) else ""
        return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA) else value

    def bad(column: str, key: str, **params) -> None:
        problems.append(RowProblem(number, index.get(column, 0) + 1, say(key, **params)))

    def close(value: str, candidates) -> str:
        match = _closest(value, candidates)
        return say("close", match=match) if match else ""

    before = len(problems)
    for name in ("time", "from", "to", "method", "inject", "expected action"):
        if not cell(name):
            bad(name, "empty", name=name)
    at, via, to, channel = cell("time"), cell("method"), cell("to"), cell("channel")
    if at and not _TIME.match(at):
        bad("time", "time", value=at)
    elif at and latest is not None and clock_minutes(at) < latest[0]:
        bad("time", "order", value=at, before=latest[1])
    elif at:
        latest = (clock_minutes(at), at)
    if via and via not in VIAS:
        bad("method", "method", value=via, allowed=", ".join(VIAS))
    if to and to not in handbook.roles:
        bad("to", "to", value=to, close=close(to, handbook.roles))
    sender = cell("from")
    if sender and _ID.match(sender) and sender not in personas | set(handbook.roles) | set(handbook.organisations):
        bad("from", "from", value=sender, close=close(sender, personas))
    if via == "social" and not channel:
        bad("channel", "channel-missing")
    if channel and channel not in handbook.channels:
        bad("channel", "channel", value=channel, close=close(channel, handbook.channels))
    row_goals = re.split(r"[\s,;]+", cell("goal")) if cell("goal") else []
    for goal in row_goals:
        if goal not in goals:
            bad("goal", "goal", value=goal, close=close(goal, goals))
    reserve = cell("reserve").lower()
    if reserve not in _YES | _NO:
        bad("reserve", "reserve", value=cell("reserve"))
    if len(problems) > before:
        return None, latest
    inject = {"at": _Time(at), "from": sender, "to": to, "via": via}
    if channel:
        inject["channel"] = channel
    inject |= {"text": cell("inject"), "expect": cell("expected action")}
    if row_goals:
        inject["goals"] = row_goals
    if reserve in _YES:
        inject["reserve"] = True
    return inject, latest


def _closest(value: str, known) -> str | None:
    import difflib

    match = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return match[0] if match else None


# --------------------------------------------------------------------------- the file


def replace_injects(source: str, injects: list[dict], injects_line: int | None) -> str:
    """`source` with its top-level `injects:` block replaced by `injects` (appended when
    there is none); everything else, comments included, stays as written."""
    block = yaml.dump({"injects": injects}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                      default_flow_style=False)
    lines = source.splitlines(keepends=True)
    if injects_line is None:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        return "".join(lines) + block
    start = injects_line - 1
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t-#"):
        end += 1
    while end > start + 1 and lines[end - 1].lstrip().startswith("#"):
        end -= 1  # a comment right above the next key belongs to that key
    return "".join(lines[:start]) + block + "".join(lines[end:])
