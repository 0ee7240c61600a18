"""A large handbook keeps the site's size linear: the navigation and the coverage grids adapt."""

from __future__ import annotations

import pytest
from conftest import SODERTUNA
from synthetic import scale

from krishandbok import validate
from krishandbok.render import navigation, render_site, unlisted
from krishandbok.render.overview import GRID_LIMIT
from krishandbok.render.site import KIND_DIRS, NAV_LIMIT, Site


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return validate(scale(SODERTUNA, tmp_path_factory.mktemp("large") / "data", 20)).handbook


@pytest.fixture(scope="module")
def example():
    return validate(SODERTUNA).handbook


def _sections(nav) -> dict:
    return {title: pages for item in nav for title, pages in item.items() if isinstance(pages, list)}


def test_the_example_lists_every_entity_in_the_navigation(example):
    kind_folders = {f"/{Site(example).folder(kind)}/" for kind in KIND_DIRS}
    assert not kind_folders & set(unlisted(example))
    assert len(_sections(navigation(example, []))["Roller"]) == len(example.roles) + 1


def test_a_large_kind_is_listed_by_its_index_page(large):
    assert len(large.roles) > NAV_LIMIT
    assert _sections(navigation(large, []))["Roller"] == ["roller/index.md"]
    assert "/roller/" in unlisted(large)
    index = next(page for page in render_site(large) if page.path == "roller/index.md")
    assert all(f"({role_id}.md)" in index.markdown for role_id in large.roles)


def test_the_example_keeps_its_coverage_grids(example):
    coverage = next(page for page in render_site(example) if page.path == "tackning.md")
    assert (len(example.roles) + len(example.channels)) * len(example.scenarios) <= GRID_LIMIT
    assert "|---|" in coverage.markdown


def test_large_coverage_lists_the_same_facts(large):
    coverage = next(page for page in render_site(large) if page.path == "tackning.md").markdown
    # No grid: what tables remain (last exercised) have one row per entity, two columns.
    assert all(line.count("|") <= 3 for line in coverage.splitlines() if line.startswith("|"))
    lines = {line.split("](")[1].split(")")[0]: line for line in coverage.splitlines() if line.startswith("- [")}
    for scenario_id, scenario in large.scenarios.items():
        target = f"scenarier/{scenario_id}.md"
        assert "leder" in lines[f"roller/{scenario.lead}.md"].split(target)[0].rsplit("·", 1)[-1]
        for channel_id in scenario.channels:
            assert target in lines[f"kanaler/{channel_id}.md"]
