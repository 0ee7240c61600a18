"""The printed exercise pack (`ovningar/<id>.pdf`), laid out by Typst.

Every page is marked ÖVNING (EXERCISE). The pack holds the cover and plan, the
schedule, the spelledning's script (drejbok: every inject with time, from, to, via,
text, expected reaction and goal), the inject cards (A6, four to an A4 sheet with
cut marks), an observation sheet per goal, the discussion guide of a seminar, the
participants' evaluation form and the hot-wash agenda.

The script and the cards would spoil an exercise not yet held: a public build
leaves them out (`staff=False`); an internal build, or an exercise that has been
held, has them. The data reaches Typst only as JSON in `sys.inputs` and is set as
strings, never read as markup; Typst runs in a worker process (`typeset`). Each PDF
is tagged PDF/UA-1 and written whole.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..files import copy_whole
from ..handbook import Handbook
from ..typeset import Typesetter, page_count
from .pack_words import pack_words

LAYOUT = "pack.typ"


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)  # Typst's
    replaced: Counter = field(default_factory=Counter)  # characters printed as fonts.PLACEHOLDER


def pack_data(handbook: Handbook, exercise_id: str, staff: bool) -> dict:
    """Everything the layout prints, as plain JSON values (strings, lists, mappings)."""
    exercise = handbook.exercises[exercise_id]
    w = pack_words(handbook.language)
    script = staff or exercise.held is not None
    personas = {p.id: p.name for p in exercise.personas}
    goals = {goal.id: goal for goal in exercise.goals}
    injects = []
    for number, inject in enumerate(exercise.injects, start=1):
        channel = handbook.channels.get(inject.channel) if inject.channel else None
        via = w["vias"][inject.via] + (f" – {channel.name}" if channel else "")
        injects.append({
            "number": str(number), "time": inject.at, "from": personas.get(inject.from_, inject.from_),
            "to": _role(handbook, inject.to), "via": via, "text": inject.text, "expect": inject.expect,
            "goals": [goals[g].id for g in inject.goals if g in goals], "reserve": inject.reserve,
        })
    return {
        "lang": handbook.language,
        "words": w,
        "title": exercise.title,
        "organisation": handbook.settings.organisation if handbook.settings else "",
        "format": w["format"][exercise.format],
        "seminar": exercise.format == "seminar",
        "scenario": handbook.scenarios[exercise.scenario].name if exercise.scenario in handbook.scenarios
        else exercise.scenario,
        "planned": str(exercise.planned or ""), "held": str(exercise.held or ""),
        "duration": exercise.duration or "",
        "purpose": exercise.purpose,
        "lead": _role(handbook, exercise.lead),
        "evaluator": _role(handbook, exercise.evaluator) if exercise.evaluator else "",
        "participants": [_role(handbook, r) for r in exercise.participants],
        "personas": [p.name for p in exercise.personas],
        "goals": [{"id": g.id, "text": g.text, "tests": _tests(handbook, g.tests)} for g in exercise.goals],
        "script": script,
        "injects": injects if script else [],
        "inject_count": str(len(exercise.injects)),
        "questions": list(exercise.questions),
        "schedule": _schedule(exercise, w),
    }


def write_pack(handbook: Handbook, exercise_id: str, out_dir: Path, staff: bool) -> Written:
    """Write `<out_dir>/<exercise_id>.pdf`."""
    return write_packs(handbook, out_dir, staff, [exercise_id])[0]


def write_packs(handbook: Handbook, out_dir: Path, staff: bool, exercise_ids=None) -> list[Written]:
    """Write `<out_dir>/<id>.pdf` for each exercise (or each of `exercise_ids`).
    Raises `typeset.TypesetError` when the layout cannot be compiled."""
    layout = resources.files("krishandbok.exercises").joinpath("layout", LAYOUT).read_bytes()
    ids = handbook.exercises if exercise_ids is None else exercise_ids
    return [_write_pack(handbook, exercise_id, Path(out_dir), staff, layout) for exercise_id in ids]


def _write_pack(handbook: Handbook, exercise_id: str, out_dir: Path, staff: bool, layout: bytes) -> Written:
    """One pack, with its own typesetter: its warnings and replaced characters are the pack's."""
    with tempfile.TemporaryDirectory(prefix="krishandbok-pack-") as folder:
        typesetter = Typesetter(Path(folder), {LAYOUT: layout})
        pdf = typesetter.compile(LAYOUT, pack_data(handbook, exercise_id, staff))
        path = out_dir / f"{exercise_id}.pdf"
        copy_whole(pdf, path)
    return Written(path, page_count(path), typesetter.warnings, typesetter.replaced)


# --------------------------------------------------------------------------- helpers


def _role(handbook: Handbook, role_id: str) -> str:
    role = handbook.roles.get(role_id)
    return role.name if role else role_id


def _tests(handbook: Handbook, tests) -> list[str]:
    if tests is None:
        return []
    names = []
    for key, kind, attribute in (("roles", "role", "name"), ("channels", "channel", "name"),
                                   ("templates", "template", "title"), ("checklists", "checklist", "title")):
        for value in getattr(tests, key):
            entity = handbook.of_kind(kind).get(value)
            names.append(getattr(entity, attribute) if entity else value)
    return names


def _clock(total: int) -> str:
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 60}:{total % 60:02d}"


def _schedule(exercise, w: dict) -> list[dict]:
    """Briefing, play, hot wash and evaluation, in minutes from the start of play."""
    rows = [{"time": _clock(-15), "what": w["schedule"]["briefing"]}]
    if exercise.format == "seminar":
        length = 10
        rows.append({"time": _clock(0), "what": w["schedule"]["start-seminar"]})
        for number, _question in enumerate(exercise.questions, start=1):
            what = w["schedule"]["question"].format(number=number)
            rows.append({"time": _clock(5 + (number - 1) * length), "what": what})
        end = 5 + len(exercise.questions) * length
    else:
        rows.append({"time": _clock(0), "what": w["schedule"]["start-play"]})
        regular = [i.minutes for i in exercise.injects if not i.reserve]
        if regular:
            rows.append({"time": _clock(regular[0]), "what": w["schedule"]["first-inject"]})
        end = max([i.minutes for i in exercise.injects] or [45]) + 15
    rows.append({"time": _clock(end), "what": w["schedule"]["end"]})
    rows.append({"time": _clock(end + 10), "what": w["schedule"]["hotwash"]})
    rows.append({"time": _clock(end + 40), "what": w["schedule"]["evaluation"]})
    return rows
