from conftest import column_of, edit, line_of, use_swedish

from .helpers import found, set_variants


def test_undeclared_placeholder_points_into_the_body(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "Stay away from the area.", "Stay away from {area}.")
    line = line_of(template, "{area}")
    column = template.read_text().splitlines()[line - 1].index("{area}") + 1
    assert found(handbook_dir, "placeholders") == [
        ("data/templates/first-message.yaml", line, column, "placeholders",
         'template "first-message" uses {area} but it is not declared under placeholders'
         ' – add it with a description and an example'),
    ]


def test_unused_placeholder_points_at_its_key(handbook_dir):
    use_swedish(handbook_dir)
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "Next update at {next}.", "Next update soon.")
    set_variants(template, "variants:\n  text-alert: Flood. Next update soon.\n")
    assert found(handbook_dir, "placeholders") == [
        ("data/templates/first-message.yaml", line_of(template, "  next:"), 3, "placeholders",
         'platshållaren "next" i mallen "first-message" används varken i texten (body) eller i någon'
         ' variant – använd den som {next} eller ta bort den'),
    ]


def test_other_curly_braces_are_errors(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "Stay away from the area.", "Stay away {Area} or { x.")
    problems = found(handbook_dir, "placeholders")
    assert [(p[1], p[4].split(" in ")[0]) for p in problems] == [
        (line_of(template, "{Area}"), '"{Area}"'),
        (line_of(template, "{Area}"), '"{"'),
    ]


def test_example_longer_than_its_max_length(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, '    example: "15:00"', '    example: "15:00"\n    max_length: 3')
    [problem] = found(handbook_dir, "placeholders")
    assert problem[1:4] == (line_of(template, '"15:00"'), 14, "placeholders")
    assert "has 5 characters but max_length is 3" in problem[4]


def _add_variant(template, text: str) -> None:
    set_variants(template, f"variants:\n  text-alert: {text}\n")


def test_a_placeholder_used_only_in_a_variant_counts_as_used(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "Next update at {next}.", "Next update soon.")
    _add_variant(template, "Flood. Next update at {next}.")
    assert found(handbook_dir, "placeholders") == []


def test_undeclared_placeholder_in_a_variant_points_into_the_variant(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    _add_variant(template, "'{event}. Go to {shelter} at {next}.'")
    assert [p[1:4] for p in found(handbook_dir, "placeholders")] == [
        (line_of(template, "{shelter}"), column_of(template, "{shelter}"), "placeholders"),
    ]
