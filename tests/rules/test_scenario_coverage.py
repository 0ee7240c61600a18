from conftest import edit, line_of, use_swedish

from .helpers import found


def test_scenario_needs_a_checklist(handbook_dir):
    use_swedish(handbook_dir)
    edit(handbook_dir / "checklists" / "first-hour.yaml", "phase: during\n", "phase: during\nscenarios: [storm]\n")
    scenarios = handbook_dir / "scenarios.yaml"
    scenarios.write_text(
        scenarios.read_text() + "  - id: storm\n    name: Storm\n    summary: A storm.\n    level: normal\n"
        "    lead: press-officer\n    roles: []\n    channels: [website]\n    audiences: [residents]\n"
    )
    assert found(handbook_dir, "scenario-coverage") == [
        ("data/scenarios.yaml", line_of(scenarios, "id: flood"), 9, "scenario-coverage",
         'scenariot "flood" har ingen checklista – lägg till "flood" under scenarios i en checklista'
         ' (eller ta bort scenarios där så att den gäller alla)'),
    ]


def test_scenario_channel_and_audience_need_templates(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "phase: during\n", "phase: during\nscenarios: [flood]\n")
    (handbook_dir / "templates" / "staff-note.yaml").write_text(
        "title: Staff note\nscenarios: [flood]\nphase: during\nchannels: [website]\naudiences: [staff]\n"
        "sender: press-officer\neffect: Staff know.\nbody: Read the intranet.\n"
    )
    edit(template, "audiences: [residents, staff]", "audiences: [residents]")
    edit(template, "channels: [website, text-alert]", "channels: [website]")
    (handbook_dir / "templates" / "sms.yaml").write_text(
        "title: SMS\nscenarios: [other]\nphase: during\nchannels: [text-alert]\naudiences: [residents]\n"
        "sender: press-officer\neffect: Residents know.\nbody: Stay away.\n"
    )
    scenarios = handbook_dir / "scenarios.yaml"
    edit(scenarios, "  - id: flood\n", "  - id: other\n    name: Other\n    summary: Other.\n    level: normal\n"
         "    lead: planner\n    roles: []\n    channels: [text-alert]\n    audiences: [residents]\n  - id: flood\n")
    assert found(handbook_dir, "scenario-coverage") == [
        ("data/scenarios.yaml", line_of(scenarios, "channels: [website, text-alert]"),
         25, "scenario-coverage",
         'scenario "flood" uses channel "text-alert" but no template for the scenario goes out in it'
         ' – add a template or remove the channel here'),
    ]
