"""`exercise draft`: a valid exercise from any handbook, the same for the same seed."""

from __future__ import annotations

import shutil

import pytest
import yaml
from conftest import ENGLISH, EXAMPLE, SODERTUNA, run_cli

from krishandbok import validate
from krishandbok.exercises.draft import draft_exercise, draft_yaml
from krishandbok.exercises.files import check_with
from krishandbok.exercises.words import STRATEGY_TOPICS, words

SCHEMA = "# yaml-language-server: $schema=../../schemas/exercise.schema.json"
# The example, the English handbook and the other test handbooks written to the contract.
HANDBOOKS = {"example": EXAMPLE, "english": ENGLISH} | {
    path.name: path for path in sorted(ENGLISH.parent.iterdir()) if path.is_dir() and path != ENGLISH
}


@pytest.fixture(scope="module", params=sorted(HANDBOOKS))
def handbook(request):
    return validate(HANDBOOKS[request.param]).handbook


@pytest.mark.parametrize("exercise_format", ["simulation", "seminar"])
def test_every_scenario_drafts_a_valid_exercise(handbook, exercise_format):
    for scenario_id in handbook.scenarios:
        draft = draft_exercise(handbook, scenario_id, exercise_format, seed=7)
        text = draft_yaml(draft, SCHEMA)
        _, problems = check_with(handbook.data_dir, draft.exercise_id, text, "data")
        assert [p.format() for p in problems if p.is_error] == [], scenario_id
        data = yaml.safe_load(text)
        receivers = {inject["to"] for inject in data["injects"]}
        assert set(data["participants"]) <= receivers, scenario_id
        named = {goal for inject in data["injects"] for goal in inject.get("goals", [])}
        assert {goal["id"] for goal in data["goals"]} <= named, scenario_id


def test_the_participants_are_the_scenarios_roles(handbook):
    for scenario in handbook.scenarios.values():
        data = draft_exercise(handbook, scenario.id).data()
        players = {scenario.lead, *scenario.roles, *(a.role for a in scenario.first_actions)}
        expected = players - {data["lead"], data.get("evaluator")} or players
        assert set(data["participants"]) == expected


def test_same_seed_same_draft_other_seed_other_draft(handbook):
    scenario_id = next(iter(handbook.scenarios))
    first = draft_yaml(draft_exercise(handbook, scenario_id, seed=1), SCHEMA)
    assert draft_yaml(draft_exercise(handbook, scenario_id, seed=1), SCHEMA) == first
    assert draft_yaml(draft_exercise(handbook, scenario_id, seed=2), SCHEMA) != first


def test_the_storm_comes_in_three_phases_in_order(handbook):
    for scenario in handbook.scenarios.values():
        draft = draft_exercise(handbook, scenario.id, seed=3)
        tags = [inject.tag for inject in draft.injects]
        storm = [tag for tag in tags if tag.startswith("storm-")]
        assert storm == ["storm-1", "storm-2", "storm-3"], scenario.id
        social = [c for c in scenario.channels if handbook.channels[c].kind == "social"]
        for inject in draft.injects:
            if inject.tag.startswith("storm-") and social:
                assert inject.via == "social" and inject.channel in social
        text = draft_yaml(draft, SCHEMA)
        w = words(handbook.language)
        for phase in ("storm-1", "storm-2", "storm-3"):
            assert f"# {w['tag-' + phase]}" in text


def test_the_draft_has_every_kind_of_inject(handbook):
    scenario = next(iter(handbook.scenarios.values()))
    tags = {inject.tag for inject in draft_exercise(handbook, scenario.id).injects}
    assert {"sign", "question", "press", "call", "sitrep", "reserve"} <= tags
    reserves = [i for i in draft_exercise(handbook, scenario.id).injects if i.reserve]
    assert reserves and all(i.tag == "reserve" for i in reserves)


def test_signs_start_the_play(handbook):
    for scenario in handbook.scenarios.values():
        injects = draft_exercise(handbook, scenario.id).injects
        assert injects[0].at == 0 and injects[0].tag == "sign"
        if scenario.signs:
            assert injects[0].text == scenario.signs[0]


def test_goals_come_from_first_actions_and_first_message(handbook):
    for scenario in handbook.scenarios.values():
        goals = draft_exercise(handbook, scenario.id).goals
        for action in scenario.first_actions:
            assert any(action.role in g.get("tests", {}).get("roles", []) and action.text.rstrip(".") in g["text"]
                       for g in goals), (scenario.id, action.text)
        if scenario.first_message:
            assert any(scenario.first_message in g.get("tests", {}).get("templates", []) for g in goals)


def test_a_seminar_asks_every_strategy_question(handbook):
    for scenario in handbook.scenarios.values():
        draft = draft_exercise(handbook, scenario.id, "seminar")
        assert draft.question_topics == list(STRATEGY_TOPICS)
        assert len(draft.questions) == len(STRATEGY_TOPICS)
        questions = yaml.safe_load(draft_yaml(draft, SCHEMA))["questions"]
        assert questions == draft.questions
        # each question is the topic's own, filled in for this scenario
        for topic, question in zip(STRATEGY_TOPICS, questions, strict=True):
            template = words(handbook.language)["questions"][topic]
            stem = template.split("{")[0] or template.split("}")[-1]
            assert stem.strip() in question, topic


def test_draft_on_the_command_line_writes_the_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    shutil.rmtree(data / "exercises")
    result = run_cli("exercise", "draft", "flood", "--data", str(data), "--seed", "4")
    assert result.returncode == 0, result.stderr
    written = data / "exercises" / "flood-simulation.yaml"
    assert result.stdout.strip() == str(written)
    assert written.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert written.stat().st_mode & 0o777 == 0o644  # a data file like the others, not private to its writer
    assert validate(data).ok
    again = run_cli("exercise", "draft", "flood", "--data", str(data))
    assert again.returncode == 1 and "exists" in again.stderr and "Traceback" not in again.stderr
    unknown = run_cli("exercise", "draft", "flod", "--data", str(data))
    assert unknown.returncode == 2 and '"flod"' in unknown.stderr and "Traceback" not in unknown.stderr


@pytest.mark.parametrize("args, said", [
    (["draft", "ingen-sadan"], 'det finns inget scenario "ingen-sadan"'),
    (["draft", "--minutes", "5", "{scenario}"], "--minutes ska vara mellan 30 och 1440"),
    (["findings", "ingen-sadan"], 'det finns ingen övning "ingen-sadan"'),
])
def test_refusals_are_in_the_handbooks_language(args, said):
    scenario = next(iter(validate(SODERTUNA).handbook.scenarios))
    result = run_cli("exercise", *[arg.format(scenario=scenario) for arg in args], "--data", str(SODERTUNA))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert said in result.stderr, result.stderr
