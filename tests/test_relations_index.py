"""One relations object per handbook, built once: its answers are those of a plain scan
(written out here as the oracle), for every id and for unknown ones."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE, TEST_HANDBOOKS

from krishandbok import relations as rel
from krishandbok import validate


def _scan(handbook):
    """Each question answered by scanning the handbook, as the relations must answer it."""
    hb = handbook
    return {
        rel.owned_checklists: lambda r: [c for c, x in hb.checklists.items() if x.owner == r],
        rel.assigned_items: lambda r: [
            rel.AssignedItem(c, i, item) for c, x in hb.checklists.items() if x.owner != r
            for i, item in enumerate(x.items) if item.role == r
        ],
        rel.channels_of_role: lambda r: [
            (c, "owner" if x.owner == r else "backup") for c, x in hb.channels.items() if r in (x.owner, x.backup)
        ],
        rel.templates_of_role: lambda r: [
            (t, duty) for t, x in hb.templates.items()
            for duty, who in (("sender", x.sender), ("approver", x.approver)) if who == r
        ],
        rel.scenarios_of_role: lambda r: [
            (s, "lead" if x.lead == r else "part") for s, x in hb.scenarios.items() if r == x.lead or r in x.roles
        ],
        rel.checklists_for: lambda s: sorted(
            (c for c, x in hb.checklists.items() if rel.applies(x, s)),
            key=lambda c: (rel.PHASES.index(hb.checklists[c].phase), c),
        ),
        rel.templates_for: lambda s: sorted(
            (t for t, x in hb.templates.items() if rel.applies(x, s)),
            key=lambda t: (rel.PHASES.index(hb.templates[t].phase), hb.templates[t].scenarios is None),
        ),
        rel.templates_in_channel: lambda c: [t for t, x in hb.templates.items() if c in x.channels],
        rel.channels_reaching: lambda a: [c for c, x in hb.channels.items() if a in x.audiences],
        rel.templates_addressing: lambda a: [t for t, x in hb.templates.items() if a in x.audiences],
    }


KIND_OF = {
    rel.owned_checklists: "role", rel.assigned_items: "role", rel.channels_of_role: "role",
    rel.templates_of_role: "role", rel.scenarios_of_role: "role", rel.checklists_for: "scenario",
    rel.templates_for: "scenario", rel.templates_in_channel: "channel", rel.channels_reaching: "audience",
    rel.templates_addressing: "audience",
}


@pytest.fixture(params=["example", *TEST_HANDBOOKS])
def handbook(request):
    return validate(EXAMPLE if request.param == "example" else TEST_HANDBOOKS[request.param]).handbook


def test_every_answer_is_the_scanned_answer(handbook):
    scan = _scan(handbook)
    for question, kind in KIND_OF.items():
        for entity_id in [*handbook.of_kind(kind), "no-such-id"]:
            assert question(handbook, entity_id) == scan[question](entity_id), (question.__name__, entity_id)


def test_the_relations_are_built_once_per_handbook(handbook):
    first = rel.relations(handbook)
    role_id = next(iter(handbook.roles))
    rel.owned_checklists(handbook, role_id)
    assert rel.relations(handbook) is first
    assert rel.relations(validate(TEST_HANDBOOKS["minimal"]).handbook) is not first
