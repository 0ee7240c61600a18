"""Bad input never crashes: each case exits non-zero and names the right file and line.

Every case breaks a copy of the small English handbook in one way, runs the real
command line, and checks the verdict the communicator would read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import edit, line_of, run_cli

from krishandbok.loader import MAX_BYTES


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # relative to the data folder
    old: str | None  # replaced by `new`; None: the whole file becomes `new`
    new: str | bytes
    needle: str | None = None  # the expected line holds this text (default: line 1)
    line: int | None = None

    def apply(self, data: Path) -> None:
        path = data / self.file
        if self.old is None:
            path.write_bytes(self.new if isinstance(self.new, bytes) else self.new.encode())
        else:
            edit(path, self.old, self.new)

    def expected_line(self, data: Path) -> int:
        if self.line is not None:
            return self.line
        return line_of(data / self.file, self.needle) if self.needle else 1


BOMB = "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
ROLES = "roles.yaml"
CHANNELS = "channels.yaml"
SCENARIOS = "scenarios.yaml"
TEMPLATE = "templates/first-message.yaml"
CHECKLIST = "checklists/first-hour.yaml"
EXERCISE = "exercises/flood-simulation.yaml"

CASES = [
    # --- YAML hazards
    Case("duplicate-key", ROLES, "    name: Emergency planner\n", "    name: Emergency planner\n    name: Planner\n",
         needle="name: Planner"),
    Case("anchor", ROLES, "name: Emergency planner", "name: &p Emergency planner", needle="&p"),
    Case("alias", ROLES, "summary: Owns the plan and the handbook.", "summary: *p", needle="*p"),
    Case("alias-bomb", "levels.yaml", None, BOMB, line=1),
    Case("python-tag", ROLES, "name: Emergency planner", "name: !!python/object/apply:os.system [ls]",
         needle="!!python"),
    Case("str-tag", ROLES, "name: Emergency planner", "name: !!str Emergency planner", needle="!!str"),
    Case("merge-key", CHANNELS, "    name: Website\n", "    name: Website\n    <<: {kind: web}\n", needle="<<"),
    Case("several-documents", "audiences.yaml", "  - id: staff\n", "---\n  - id: staff\n", needle="---"),
    Case("empty-file", "levels.yaml", None, ""),
    Case("comments-only", "levels.yaml", None, "# nothing here yet\n"),
    Case("not-utf8", "audiences.yaml", None, "audiences:\n  - id: x\n    name: F\xf6retagare\n".encode("latin-1"),
         line=3),
    Case("tab", ROLES, "    name: Press officer", "\tname: Press officer", needle="\tname"),
    Case("too-deep", "audiences.yaml", "    name: Staff", "    name: " + "[" * 40 + "]" * 40, needle="[[["),
    Case("too-large", "audiences.yaml", None, "audiences:\n" + "# padding\n" * (MAX_BYTES // 10 + 1), line=1),
    Case("syntax-unclosed-quote", ROLES, 'name: Press officer', 'name: "Press officer', needle='"Press'),
    Case("syntax-bad-indent", CHANNELS, "    kind: web", "      kind: web", needle="kind: web"),
    Case("control-character", ROLES, "name: Press officer", "name: Press\x00officer", needle="Press"),
    Case("root-is-a-list", "handbook.yaml", None, "- title: x\n"),
    # --- dangling references of every kind
    Case("unknown-role", CHANNELS, "owner: press-officer", "owner: press", needle="owner: press"),
    Case("unknown-audience", SCENARIOS, "audiences: [residents, staff]", "audiences: [residents, staf]",
         needle="staf]"),
    Case("unknown-channel", TEMPLATE, "channels: [website, text-alert]", "channels: [website, text]",
         needle="channels:"),
    Case("unknown-scenario", CHECKLIST, "phase: during\n", "phase: during\nscenarios: [flod]\n", needle="flod"),
    Case("unknown-level", SCENARIOS, "level: major-incident", "level: major", needle="level: major"),
    Case("unknown-template", CHECKLIST, "template: first-message", "template: first", needle="template: first"),
    Case("unknown-fallback", CHANNELS, "fallback: text-alert", "fallback: radio", needle="fallback"),
    Case("unknown-owner-of-handbook", "handbook.yaml", "owner: planner", "owner: plan", needle="owner: plan"),
    # --- wrong types, misspelt keys, bad values
    Case("during-not-a-list", ROLES, "    during:\n      - Keep the log and the situation picture.",
         "    during: Keep the log.", needle="during: Keep"),
    Case("channels-a-mapping", TEMPLATE, "channels: [website, text-alert]", "channels: {website: yes}",
         needle="channels:"),
    Case("max-length-not-a-number", CHANNELS, "max_length: 160", "max_length: many", needle="max_length"),
    Case("misspelt-key", ROLES, "summary: Owns the plan", "sumary: Owns the plan", needle="sumary"),
    Case("unknown-kind", CHANNELS, "kind: sms", "kind: pigeon", needle="pigeon"),
    Case("invalid-id", "audiences.yaml", "id: staff", "id: Our Staff", needle="Our Staff"),
    Case("impossible-date", ROLES, "reviewed: 2026-09-01", "reviewed: 2026-02-30", needle="2026-02-30"),
    Case("yaml11-boolean-phase", TEMPLATE, "phase: during", "phase: no", needle="phase: no"),
    Case("language-not-supported", "handbook.yaml", "language: en", "language: fr", needle="language: fr"),
    Case("missing-required", SCENARIOS, "    summary: The river floods the town centre.\n", "",
         needle="id: flood"),
    Case("yml-extension", "templates/extra.yml", None, "title: x\n"),
    # --- texts
    # The SMS channel publishes the template's variant: a length error points at it.
    Case("sms-too-long", TEMPLATE, "on www.example.org'", "on www.example.org. " + "Please keep away. " * 8 + "'",
         needle="text-alert: '"),
    Case("emoji-sms", TEMPLATE, "text-alert: 'Town", "text-alert: '\U0001F30A Town", needle="text-alert: '"),
    Case("markdown-in-outgoing-text", TEMPLATE, "Stay away from the area.", "**Stay away** from the area.",
         needle="**Stay"),
    Case("script-injection", "audiences.yaml", "name: Residents", "name: Residents<script>alert(1)</script>",
         needle="<script>"),
    Case("event-handler", ROLES, "name: Press officer", "name: <img src=x onerror=alert(1)>",
         needle="onerror"),
    Case("javascript-link", SCENARIOS, "summary: The river floods the town centre.",
         "summary: See [map](javascript:alert(1)).", needle="javascript"),
    Case("attribute-block", ROLES, "summary: Owns the plan and the handbook.",
         "summary: 'Owns the plan {: onclick=\"alert(1)\" }'", needle="onclick"),
    Case("undeclared-placeholder", TEMPLATE, "Stay away from the area.", "Stay away from {area}.",
         needle="{area}"),
    Case("bad-placeholder-name", TEMPLATE, "  next:", "  Next-Time:", needle="Next-Time"),
    # --- exercises (rule 12)
    Case("exercise-times-out-of-order", EXERCISE, 'at: "0:25"', 'at: "0:05"', needle='"0:05"'),
    Case("exercise-unknown-role", EXERCISE, "to: planner", "to: planer", needle="to: planer"),
    Case("exercise-unknown-persona", EXERCISE, "from: worried-resident\n    to: press-officer\n    via: phone\n"
         "    text: Is", "from: worried-residnt\n    to: press-officer\n    via: phone\n    text: Is",
         needle="worried-residnt"),
    Case("exercise-unknown-goal", EXERCISE, "goals: [first-message]", "goals: [first-mesage]", needle="first-mesage"),
    Case("exercise-participant-idle", EXERCISE, "to: planner", "to: press-officer",
         needle="participants:"),
    Case("exercise-seminar-without-questions", EXERCISE, "format: simulation", "format: seminar",
         needle="format: seminar"),
    Case("exercise-findings-not-held", EXERCISE, "held: 2026-10-14",
         "findings:\n  - text: x.\n    action: y.\n    owner: planner", needle="findings:"),
    Case("exercise-bad-time", EXERCISE, 'at: "0:25"', 'at: "0:95"', needle='"0:95"'),
]


def test_at_least_thirty_cases():
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_bad_input_is_reported_with_its_position(handbook_dir, case):
    case.apply(handbook_dir)
    result = run_cli("validate", "data", cwd=handbook_dir.parent)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    expected = f"data/{case.file}:{case.expected_line(handbook_dir)}:"
    assert any(line.startswith(expected) for line in result.stdout.splitlines()), output
    for line in result.stdout.splitlines():
        assert line.startswith("data/"), line
        assert any(f": {word}: " in line for word in ("error", "warning", "fel", "varning")), line
