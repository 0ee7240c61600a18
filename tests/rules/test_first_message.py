from conftest import column_of, edit, line_of

from .helpers import found


def _second_scenario(data_dir):
    """A second scenario, and the first message narrowed to it."""
    scenarios = data_dir / "scenarios.yaml"
    text = scenarios.read_text()
    flood = text[text.index("  - id: flood"):]
    storm = flood.replace("id: flood", "id: storm").replace("name: Flood", "name: Storm")
    storm = storm[: storm.index("    first_actions:")]  # the storm has no playbook of its own
    scenarios.write_text(text + storm)
    template = data_dir / "templates" / "first-message.yaml"
    edit(template, "phase: during", "scenarios: [storm]\nphase: during")


def test_first_message_for_another_scenario_is_an_error(handbook_dir):
    _second_scenario(handbook_dir)
    scenarios = handbook_dir / "scenarios.yaml"
    [problem] = found(handbook_dir, "first-message")
    assert problem[:4] == (
        "data/scenarios.yaml", line_of(scenarios, "first_message: first-message"),
        column_of(scenarios, "first-message"), "first-message",
    )
    assert '"first-message", which applies only to storm' in problem[4]


def test_a_template_for_every_scenario_or_naming_it_passes(handbook_dir):
    assert found(handbook_dir, "first-message") == []
    edit(handbook_dir / "templates" / "first-message.yaml", "phase: during", "scenarios: [flood]\nphase: during")
    assert found(handbook_dir, "first-message") == []


def test_an_unknown_first_message_is_reported_once(handbook_dir):
    edit(handbook_dir / "scenarios.yaml", "first_message: first-message", "first_message: first-mesage")
    assert found(handbook_dir, "first-message") == []
    [problem] = found(handbook_dir, "unknown-reference")
    assert 'menade' in problem[4] or 'did you mean "first-message"' in problem[4]
