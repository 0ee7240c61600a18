from conftest import edit, line_of

from .helpers import found


def test_role_without_checklist(handbook_dir):
    checklist = handbook_dir / "checklists" / "first-hour.yaml"
    edit(checklist, "  - text: Start the log.\n    role: planner\n", "")
    roles = handbook_dir / "roles.yaml"
    assert found(handbook_dir, "role-coverage") == [
        ("data/roles.yaml", line_of(roles, "id: planner"), 9, "role-coverage",
         'role "planner" has no checklist – make it the owner of a checklist or name it as the role of an item'),
    ]
