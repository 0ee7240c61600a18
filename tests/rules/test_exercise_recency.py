"""Warnings: roles and scenarios not exercised lately (one warning), findings past due."""

import datetime
import shutil

from conftest import edit, line_of

from .helpers import found


def test_nothing_to_say_while_the_held_exercise_is_recent(handbook_dir):
    assert found(handbook_dir, "exercise-recency") == []


def test_one_warning_lists_every_role_and_scenario_not_exercised(handbook_dir):
    later = datetime.date(2029, 1, 1)  # more than 24 months after 2026-10-14
    [problem] = found(handbook_dir, "exercise-recency", today=later)
    assert problem[:4] == ("data/handbook.yaml", 2, 1, "exercise-recency")
    assert "chief-executive, planner, press-officer" in problem[4] and "flood" in problem[4]


def test_the_interval_comes_from_the_handbook(handbook_dir):
    handbook = handbook_dir / "handbook.yaml"
    edit(handbook, "review_interval_months: 12", "review_interval_months: 12\nexercise_interval_months: 1")
    [problem] = found(handbook_dir, "exercise-recency")
    assert problem[:3] == ("data/handbook.yaml", line_of(handbook, "exercise_interval_months"), 1)
    assert "1 months" in problem[4]


def test_a_role_that_did_not_play_is_listed(handbook_dir):
    exercise = handbook_dir / "exercises" / "flood-simulation.yaml"
    edit(exercise, "[chief-executive, planner, press-officer]", "[chief-executive, planner]")
    edit(exercise, "to: press-officer", "to: planner")
    edit(exercise, "to: press-officer", "to: planner")
    [problem] = found(handbook_dir, "exercise-recency")
    assert "roles: press-officer;" in problem[4] and "scenarios: none" in problem[4]


def test_not_held_or_held_in_the_future_does_not_count(handbook_dir):
    exercise = handbook_dir / "exercises" / "flood-simulation.yaml"
    edit(exercise, "held: 2026-10-14", "held: 2026-12-24")
    [problem] = found(handbook_dir, "exercise-recency")
    assert "flood" in problem[4]


def test_no_exercises_no_warning(handbook_dir):
    shutil.rmtree(handbook_dir / "exercises")
    assert found(handbook_dir, "exercise-recency", today=datetime.date(2030, 1, 1)) == []


def test_finding_past_due(handbook_dir):
    exercise = handbook_dir / "exercises" / "flood-simulation.yaml"
    edit(exercise, "held: 2026-10-14", "held: 2026-10-14\nfindings:\n  - text: Nobody knew the deputy.\n"
                                       "    action: Name a deputy for nights.\n    owner: planner\n    due: 2026-11-01")
    [problem] = found(handbook_dir, "finding-overdue")
    assert problem[:4] == ("data/exercises/flood-simulation.yaml", line_of(exercise, "due: 2026-11-01"), 10,
                           "finding-overdue")
    assert '"planner"' in problem[4] and "2026-11-01" in problem[4]
    assert found(handbook_dir, "finding-overdue", today=datetime.date(2026, 10, 31)) == []
