"""Rule 12 (exercise-plan) on the English handbook's flood simulation: (line, column, rule)."""

from conftest import column_of, edit, line_of, use_swedish

from .helpers import found

EXERCISE = "exercises/flood-simulation.yaml"


def _file(handbook_dir):
    return handbook_dir / EXERCISE


def _at(path, needle, occurrence=1):
    return (f"data/{EXERCISE}", line_of(path, needle, occurrence), column_of(path, needle, occurrence), "exercise-plan")


def test_the_fixture_exercise_is_valid(handbook_dir):
    assert found(handbook_dir, "exercise-plan") == []


def test_injects_out_of_time_order(handbook_dir):
    path = _file(handbook_dir)
    edit(path, 'at: "0:25"', 'at: "0:05"')
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == _at(path, '"0:05"')
    assert "0:05" in problem[4] and "0:10" in problem[4]


def test_unknown_goal_of_an_inject_suggests_the_closest(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "goals: [level-decided]\n  - at: \"0:10\"", "goals: [level-decide]\n  - at: \"0:10\"")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == _at(path, "level-decide]")
    assert 'did you mean "level-decided"' in problem[4]


def test_sender_written_like_an_id_must_be_a_persona(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "from: worried-resident\n    to: press-officer\n    via: phone\n    text: Is",
         "from: worried-residen\n    to: press-officer\n    via: phone\n    text: Is")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:3] == (f"data/{EXERCISE}", line_of(path, "from: worried-residen"), 11)
    assert 'did you mean "worried-resident"' in problem[4]


def test_free_text_and_role_ids_are_senders_too(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "from: Weather service", "from: planner")
    edit(path, "from: Exercise control", "from: The river authority's duty officer")
    assert found(handbook_dir, "exercise-plan") == []


def test_social_inject_needs_a_channel(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "via: email", "via: social")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == _at(path, "social")


def test_channel_outside_the_scenario_is_a_warning(handbook_dir):
    path = _file(handbook_dir)
    edit(handbook_dir / "scenarios.yaml", "channels: [website, text-alert]", "channels: [website]")
    edit(path, "via: email", "via: social\n    channel: text-alert")
    problems = [p for p in found(handbook_dir) if p[3] == "exercise-plan"]
    where = (f"data/{EXERCISE}", line_of(path, "channel: text-alert"), 14, "exercise-plan")
    assert [p[:4] for p in problems] == [where]
    assert '"text-alert"' in problems[0][4]


def test_participant_without_an_inject(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "to: planner", "to: press-officer")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == _at(path, "planner, press-officer]")
    assert '"planner"' in problem[4]


def test_goal_no_inject_exercises(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "goals: [level-decided]\n  - at: \"0:10\"", "goals: [first-message]\n  - at: \"0:10\"")
    edit(path, "goals: [level-decided]\n  - at: \"0:40\"", "goals: [first-message]\n  - at: \"0:40\"")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == _at(path, "level-decided")
    assert "level-decided" in problem[4]


def test_simulation_without_injects(handbook_dir):
    path = _file(handbook_dir)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("injects:")] + "held: 2026-10-14\n", encoding="utf-8")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == (f"data/{EXERCISE}", line_of(path, "format:"), 9, "exercise-plan")


def test_seminar_needs_questions(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "format: simulation", "format: seminar")
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[:4] == (f"data/{EXERCISE}", line_of(path, "format:"), 9, "exercise-plan")
    edit(path, "held: 2026-10-14", "held: 2026-10-14\nquestions:\n  - Who speaks for the council?")
    assert found(handbook_dir, "exercise-plan") == []


def test_findings_only_when_held(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "held: 2026-10-14", "findings:\n  - text: Nobody knew the deputy.\n"
                                   "    action: Name a deputy.\n    owner: planner")
    problems = found(handbook_dir, "exercise-plan")
    assert [p[:4] for p in problems] == [(f"data/{EXERCISE}", line_of(path, "findings:"), 1, "exercise-plan")]


def test_duplicate_goal_and_persona_ids(handbook_dir):
    path = _file(handbook_dir)
    edit(path, "  - id: level-decided", "  - id: first-message")
    edit(path, "goals: [level-decided]", "goals: [first-message]")
    edit(path, "goals: [level-decided]", "goals: [first-message]")
    edit(path, "personas:\n", "personas:\n  - id: worried-resident\n    name: Another\n")
    problems = found(handbook_dir, "exercise-plan")
    assert [p[:4] for p in problems] == [
        (f"data/{EXERCISE}", line_of(path, "id: first-message", 2), 9, "exercise-plan"),
        (f"data/{EXERCISE}", line_of(path, "id: worried-resident", 2), 9, "exercise-plan"),
    ]


def test_messages_in_swedish(handbook_dir):
    use_swedish(handbook_dir)
    edit(_file(handbook_dir), 'at: "0:25"', 'at: "0:05"')
    [problem] = found(handbook_dir, "exercise-plan")
    assert problem[4].startswith('övningen "flood-simulation": inspelet kl. 0:05')
