"""`exercise findings ID`: what an exercise showed, as Markdown for the pull request that records it.

Every value from the data is written as inert text (no links, emphasis or HTML can
come alive in a PR comment): the same escaping as the site's table cells.
"""

from __future__ import annotations

from ..handbook import Handbook

WORDS = {
    "sv": {"title": "Erfarenheter från övningen {title}", "held": "Hölls {date}.", "not-held": "Inte hållen än.",
           "none": "Övningen har inga erfarenheter (findings) ännu.", "finding": "Erfarenhet",
           "action": "Åtgärd", "owner": "Ansvarig", "due": "Klart senast", "affects": "Gäller",
           "count": "{count} erfarenheter, {overdue} med passerat datum."},
    "en": {"title": "Findings of the exercise {title}", "held": "Held on {date}.", "not-held": "Not held yet.",
           "none": "The exercise has no findings yet.", "finding": "Finding", "action": "Action",
           "owner": "Owner", "due": "Due", "affects": "Concerns",
           "count": "{count} findings, {overdue} past their due date."},
}


_MARKDOWN = str.maketrans({ch: "\\" + ch for ch in "\\`*_{}[]()#+-.!|~"} | {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;", "\n": " ", "\r": " "})


def md_text(text: str) -> str:
    """Data as inert Markdown text: every character Markdown or HTML could act on is escaped."""
    return text.translate(_MARKDOWN)


def findings_markdown(handbook: Handbook, exercise_id: str) -> str:
    exercise = handbook.exercises[exercise_id]
    w = WORDS.get(handbook.language, WORDS["sv"])
    lines = [f"## {md_text(w['title'].format(title=exercise.title))}", ""]
    lines.append(w["held"].format(date=exercise.held) if exercise.held else w["not-held"])
    lines.append("")
    if not exercise.findings:
        return "\n".join([*lines, w["none"], ""])
    overdue = sum(1 for f in exercise.findings if f.due and f.due < handbook.today)
    lines += [w["count"].format(count=len(exercise.findings), overdue=overdue), ""]
    lines.append(f"| {w['finding']} | {w['action']} | {w['owner']} | {w['due']} | {w['affects']} |")
    lines.append("|---|---|---|---|---|")
    for finding in exercise.findings:
        owner = handbook.roles.get(finding.owner)
        cells = [finding.text, finding.action, owner.name if owner else finding.owner,
                 str(finding.due) if finding.due else "–", _affects(handbook, finding.affects)]
        lines.append("| " + " | ".join(md_text(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def _affects(handbook: Handbook, affects) -> str:
    if affects is None:
        return "–"
    names = []
    for field, values in affects:
        kind = field[:-1]
        for value in values:
            entity = handbook.of_kind(kind).get(value)
            names.append(getattr(entity, "name", None) or getattr(entity, "title", None) or value)
    return ", ".join(names) or "–"
