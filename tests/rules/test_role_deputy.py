from conftest import edit, line_of, use_swedish

from .helpers import found


def test_role_cannot_be_its_own_deputy(handbook_dir):
    use_swedish(handbook_dir)
    roles = handbook_dir / "roles.yaml"
    edit(roles, "deputy: planner", "deputy: chief-executive")
    assert found(handbook_dir, "role-deputy") == [
        ("data/roles.yaml", line_of(roles, "deputy: chief-executive"), 13,
         "role-deputy",
         'rollen "chief-executive" har sig själv som ersättare (deputy) – ange en annan roll som tar över'),
    ]


def test_during_must_not_be_empty(handbook_dir):
    roles = handbook_dir / "roles.yaml"
    edit(roles, "    during:\n      - Keep the log and the situation picture.\n", "    during: []\n")
    assert found(handbook_dir) == [
        ("data/roles.yaml", line_of(roles, "during: []"), 13, "schema",
         '"during" in role "planner" must not be empty – give at least one'),
    ]
