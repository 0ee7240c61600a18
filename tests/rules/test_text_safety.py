import pytest
from conftest import edit, line_of

from .helpers import found


@pytest.mark.parametrize(
    "text, kind",
    [
        ("<script>alert(1)</script>", "HTML is not allowed"),
        ("<img src=x onerror=alert(1)>", "HTML is not allowed"),
        ("[click](javascript:alert(1))", 'the link "javascript:alert(1"'),
        ("[page](http://example.org)", 'the link "http://example.org"'),
        ("[page](../admin.md)", 'the link "../admin.md"'),
        ("Read this {: onclick=alert(1) }", "attribute blocks"),
        ("Read this { .evil #id }", "attribute blocks"),
    ],
)
def test_unsafe_markup_is_an_error_at_its_column(handbook_dir, text, kind):
    roles = handbook_dir / "roles.yaml"
    edit(roles, "summary: Owns the plan and the handbook.", f"summary: 'Owns {text}'")
    line = line_of(roles, "summary: 'Owns")
    problem = found(handbook_dir, "text-safety")[0]
    assert problem[:2] == ("data/roles.yaml", line)
    assert problem[2] >= roles.read_text().splitlines()[line - 1].index("Owns") + 1
    assert kind in problem[4]


def test_allowed_links_pass(handbook_dir):
    roles = handbook_dir / "roles.yaml"
    edit(roles, "summary: Owns the plan and the handbook.",
         "summary: Call [113 13](tel:11313), [mail](mailto:a@example.se) or see <https://example.se>.")
    assert found(handbook_dir, "text-safety") == []


def test_position_inside_a_block_literal(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "Next update at {next}.", "Next update at {next}.\n  Then <b>bold</b>.")
    line = line_of(template, "<b>")
    # Outgoing text is rule 9's: reported once, by outgoing-text, at the same character.
    assert found(handbook_dir, "text-safety") == []
    assert [p[1:4] for p in found(handbook_dir, "outgoing-text")] == [(line, 8, "outgoing-text")]
