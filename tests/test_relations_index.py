"""Inside `relations.indexed`, every question gets exactly the answer of the plain scan."""

from __future__ import annotations

import pytest
from conftest import ENGLISH, EXAMPLE

from krishandbok import relations as rel
from krishandbok import validate
from krishandbok.synthetic import scale

BY_ROLE = (rel.owned_checklists, rel.assigned_items, rel.channels_of_role, rel.templates_of_role,
           rel.scenarios_of_role)
BY_SCENARIO = (rel.checklists_for, rel.templates_for)
BY_CHANNEL = (rel.templates_in_channel,)
BY_AUDIENCE = (rel.channels_reaching, rel.templates_addressing)


def questions(handbook):
    unknown = ["no-such-id"]
    for kind, functions in (("role", BY_ROLE), ("scenario", BY_SCENARIO), ("channel", BY_CHANNEL),
                            ("audience", BY_AUDIENCE)):
        for entity_id in [*handbook.of_kind(kind), *unknown]:
            for function in functions:
                yield function, entity_id


@pytest.fixture(params=["example", "english", "scaled"])
def handbook(request, tmp_path):
    source = {"example": EXAMPLE, "english": ENGLISH}.get(request.param)
    data = source or scale(EXAMPLE, tmp_path / "data", 3)
    return validate(data).handbook


def test_indexed_answers_are_the_scanned_answers(handbook):
    scanned = {(f.__name__, i): f(handbook, i) for f, i in questions(handbook)}
    with rel.indexed(handbook):
        indexed = {(f.__name__, i): f(handbook, i) for f, i in questions(handbook)}
    assert indexed == scanned


def test_the_index_serves_only_its_own_handbook(handbook):
    other = validate(ENGLISH).handbook
    with rel.indexed(other):
        role_id = next(iter(handbook.roles))
        assert rel._index(handbook) is None or handbook is other
        assert rel.owned_checklists(handbook, role_id) == [
            cid for cid, c in handbook.checklists.items() if c.owner == role_id
        ]
    assert rel._index(other) is None
