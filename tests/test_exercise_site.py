"""The Övningar section rendered from the handbook (pure render, no MkDocs)."""

from __future__ import annotations

from conftest import EXAMPLE, edit

from krishandbok import validate
from krishandbok.contacts import Contacts
from krishandbok.render import render_site
from krishandbok.render.exercises import run_path, words
from krishandbok.render.site import Site


def _pages(data_dir, internal=False):
    report = validate(data_dir)
    contacts = Contacts([]) if internal else None
    return report.handbook, {p.path: p for p in render_site(report.handbook, report.warnings, contacts)}


def test_an_index_and_a_plan_per_exercise(handbook_dir):
    handbook, pages = _pages(handbook_dir)
    folder = words(handbook.language)["folder"]
    assert f"{folder}/index.md" in pages
    for exercise_id, exercise in handbook.exercises.items():
        plan = pages[f"{folder}/{exercise_id}/index.md"]
        assert plan.source == f"exercises/{exercise_id}.yaml"
        assert "EXERCISE" in plan.markdown
        for goal in exercise.goals:
            assert goal.text.split()[1] in plan.markdown
        for role_id in exercise.participants:
            assert f"roles/{role_id}.md" in plan.markdown


def test_no_section_without_exercises(handbook_dir):
    import shutil

    shutil.rmtree(handbook_dir / "exercises")
    handbook, pages = _pages(handbook_dir)
    assert not [p for p in pages if p.startswith("exercises/")]


def test_inject_texts_are_public_only_once_held(handbook_dir):
    exercise = handbook_dir / "exercises" / "flood-simulation.yaml"
    secret = "Flood warning for the town centre from tonight."
    _, pages = _pages(handbook_dir)
    assert secret in pages["exercises/flood-simulation/index.md"].markdown  # held: the record is public
    edit(exercise, "held: 2026-10-14", "")
    _, public = _pages(handbook_dir)
    assert secret not in public["exercises/flood-simulation/index.md"].markdown
    _, internal = _pages(handbook_dir, internal=True)
    assert secret in internal["exercises/flood-simulation/index.md"].markdown


def test_coverage_page_says_when_each_role_and_scenario_was_last_exercised(handbook_dir):
    edit(handbook_dir / "exercises" / "flood-simulation.yaml", "held: 2026-10-14",
         "held: 2026-10-14\nfindings:\n  - text: Nobody knew the deputy.\n    action: Name a deputy for nights.\n"
         "    owner: planner\n    due: 2027-01-15")
    handbook, pages = _pages(handbook_dir)
    coverage = pages["coverage.md"].markdown
    assert "Last exercised" in coverage and "Open findings by owner" in coverage
    for role_id in handbook.roles:
        assert f"(roles/{role_id}.md) | 2026&#45;10&#45;14 |" in coverage
    assert "Name a deputy for nights." in coverage


def test_example_plan_pages_link_the_runner_only_when_it_is_there():
    handbook, pages = _pages(EXAMPLE)
    w = words(handbook.language)
    for exercise_id in handbook.exercises:
        plan = pages[f"{w['folder']}/{exercise_id}/index.md"].markdown
        for view in ("facilitator", "feed"):
            target = run_path(Site(handbook), exercise_id, view)
            assert (f"{target.rsplit('/', 1)[1]})" in plan) == (target in pages)
