"""Rule 11: an organisation's alert_at, alerted_by and scenarios resolve."""

import pytest
from conftest import column_of, edit, line_of

from .helpers import found


@pytest.mark.parametrize(("old", "new", "bad"), [
    ("alert_at: [major-incident]\n    alerted_by: planner", "alert_at: [major-incidnet]\n    alerted_by: planner",
     "major-incidnet"),
    ("alerted_by: planner", "alerted_by: planer", "planer"),
    ("scenarios: [flood]", "scenarios: [flod]", "flod"),
])
def test_unknown_reference_in_an_organisation(handbook_dir, old, new, bad):
    path = handbook_dir / "organisations.yaml"
    edit(path, old, new)
    [problem] = found(handbook_dir, "unknown-reference")
    assert problem[:4] == ("data/organisations.yaml", line_of(path, bad), column_of(path, bad), "unknown-reference")
    assert 'organisation "' in problem[4]


def test_the_organisations_file_is_optional(handbook_dir):
    (handbook_dir / "organisations.yaml").unlink()
    assert found(handbook_dir) == []
