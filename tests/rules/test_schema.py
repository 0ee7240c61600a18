"""Shape errors (contract rule 7): unknown keys, wrong types, missing keys, duplicate ids."""

from conftest import edit, line_of, use_swedish

from .helpers import found


def test_misspelt_key_is_never_ignored(handbook_dir):
    use_swedish(handbook_dir)
    channels = handbook_dir / "channels.yaml"
    edit(channels, "    fallback: text-alert", "    falback: text-alert")
    assert found(handbook_dir) == [
        ("data/channels.yaml", line_of(channels, "falback"), 5, "schema",
         'okänd nyckel "falback" i kanalen "website" – menade du "fallback"? – tillåtna nycklar: id, name,'
         " kind, owner, backup, audiences, max_length, cadence, staffing, response_time, moderation,"
         " escalate_to, depends_on, fallback, reviewed"),
    ]


def test_duplicate_ids(handbook_dir):
    audiences = handbook_dir / "audiences.yaml"
    duplicate = "  - id: staff\n    name: Staff\n  - id: residents\n    name: Again"
    edit(audiences, "  - id: staff\n    name: Staff", duplicate)
    assert found(handbook_dir, "unique-id") == [
        ("data/audiences.yaml", line_of(audiences, "id: residents", 2), 9, "unique-id",
         'the id "residents" is already used by another audience (line 3) – every id must be unique'),
    ]


def test_values_are_never_converted(handbook_dir):
    levels = handbook_dir / "levels.yaml"
    edit(levels, "name: Normal", "name: no")
    edit(handbook_dir / "roles.yaml", "Decide the level and who speaks for the council.", "8:30")
    report_problems = found(handbook_dir)
    assert report_problems == []
    from krishandbok import validate

    handbook = validate(handbook_dir).handbook
    assert handbook.levels["normal"].name == "no"
    assert handbook.roles["chief-executive"].during == ["8:30"]


def test_missing_required_key_points_at_the_entity(handbook_dir):
    scenarios = handbook_dir / "scenarios.yaml"
    edit(scenarios, "    lead: chief-executive\n", "")
    [problem] = found(handbook_dir)
    assert problem[:4] == ("data/scenarios.yaml", line_of(scenarios, "id: flood"), 5, "schema")
    assert problem[4] == 'scenario "flood" is missing "lead" – id för rollen som leder'
