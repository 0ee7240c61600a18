"""The synthetic handbook: the example scaled N times, valid, and the same for the same seed."""

from __future__ import annotations

import filecmp

import pytest
from conftest import EXAMPLE
from synthetic import scale, town_names

from krishandbok import validate


@pytest.mark.parametrize("factor", [1, 3])
def test_scaled_handbook_is_valid(tmp_path, factor):
    example = validate(EXAMPLE).handbook
    report = validate(scale(EXAMPLE, tmp_path / "data", factor))
    assert report.errors == []
    handbook = report.handbook
    for kind in ("role", "audience", "channel", "scenario", "template", "checklist"):
        assert len(handbook.of_kind(kind)) == factor * len(example.of_kind(kind)), kind
    assert handbook.levels.keys() == example.levels.keys()


def test_copies_point_into_their_own_copy(tmp_path):
    example = validate(EXAMPLE).handbook
    handbook = validate(scale(EXAMPLE, tmp_path / "data", 3)).handbook
    for template_id in example.templates:
        copy = handbook.templates[f"{template_id}-3"]
        assert copy.sender.endswith("-3")
        assert all(channel.endswith("-3") for channel in copy.channels)
        assert copy.scenarios and all(scenario.endswith("-3") for scenario in copy.scenarios)


def test_one_copy_is_the_example(tmp_path):
    example = validate(EXAMPLE).handbook
    handbook = validate(scale(EXAMPLE, tmp_path / "data", 1)).handbook
    for kind in ("role", "audience", "channel", "level", "scenario", "template", "checklist"):
        dump = {key: entity.model_dump() for key, entity in handbook.of_kind(kind).items()}
        assert dump == {key: entity.model_dump() for key, entity in example.of_kind(kind).items()}, kind
    assert handbook.settings.model_dump() == example.settings.model_dump()


def test_same_seed_same_files(tmp_path):
    first = scale(EXAMPLE, tmp_path / "a", 2, seed=7)
    second = scale(EXAMPLE, tmp_path / "b", 2, seed=7)
    comparison = filecmp.dircmp(first, second)
    assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
    assert town_names(5, seed=1) != town_names(5, seed=2)
    assert len(set(town_names(50))) == 50
