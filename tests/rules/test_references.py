from conftest import column_of, edit, line_of, use_swedish

from .helpers import found


def test_valid_fixture_has_no_problems(handbook_dir):
    assert found(handbook_dir) == []


def test_unknown_deputy_suggests_the_closest_role(handbook_dir):
    roles = handbook_dir / "roles.yaml"
    edit(roles, "deputy: press-officer", "deputy: press-oficer")
    assert found(handbook_dir, "unknown-reference") == [
        ("data/roles.yaml", line_of(roles, "press-oficer"), column_of(roles, "press-oficer"),
         "unknown-reference",
         'role "planner": "deputy" points to "press-oficer", which is not among the roles'
         ' – did you mean "press-officer"?'),
    ]


def test_unknown_reference_in_swedish(handbook_dir):
    use_swedish(handbook_dir)
    scenarios = handbook_dir / "scenarios.yaml"
    edit(scenarios, "channels: [website, text-alert]", "channels: [website, radio]")
    assert found(handbook_dir, "unknown-reference") == [
        ("data/scenarios.yaml", line_of(scenarios, "radio"), column_of(scenarios, "radio"),
         "unknown-reference",
         'scenariot "flood": "channels" pekar på "radio", som inte finns bland kanalerna'),
    ]


def test_checklist_item_template_must_exist(handbook_dir):
    checklist = handbook_dir / "checklists" / "first-hour.yaml"
    edit(checklist, "template: first-message", "template: first-mesage")
    [problem] = found(handbook_dir, "unknown-reference")
    assert problem[:4] == ("data/checklists/first-hour.yaml", line_of(checklist, "first-mesage"), 15,
                           "unknown-reference")
    assert '"first-mesage"' in problem[4] and 'did you mean "first-message"' in problem[4]


def test_level_decided_by_must_exist(handbook_dir):
    levels = handbook_dir / "levels.yaml"
    edit(levels, "decided_by: chief-executive", "decided_by: mayor")
    [problem] = found(handbook_dir, "unknown-reference")
    assert problem[:3] == ("data/levels.yaml", line_of(levels, "mayor"), 17)
    assert problem[4] == 'level "major-incident": "decided_by" points to "mayor", which is not among the roles'


def test_reference_to_a_broken_entity_is_not_reported_twice(handbook_dir):
    roles = handbook_dir / "roles.yaml"
    edit(roles, "    summary: Owns the plan and the handbook.\n", "")  # planner now fails its shape
    problems = found(handbook_dir)
    assert [p[3] for p in problems] == ["schema"]
