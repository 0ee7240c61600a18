from conftest import edit, line_of, use_swedish

from .helpers import found


def test_backup_must_differ_from_owner(handbook_dir):
    use_swedish(handbook_dir)
    channels = handbook_dir / "channels.yaml"
    edit(channels, "backup: planner", "backup: press-officer")
    assert found(handbook_dir, "channel-coverage") == [
        ("data/channels.yaml", line_of(channels, "backup: press-officer"), 13, "channel-coverage",
         'kanalen "website" har samma roll som ägare och ersättare (backup) – ange en annan roll som ersättare'),
    ]


def test_channel_needs_a_template(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    edit(template, "channels: [website, text-alert]", "channels: [website]")
    channels = handbook_dir / "channels.yaml"
    scenario_problems = found(handbook_dir, "scenario-coverage")
    assert found(handbook_dir, "channel-coverage") == [
        ("data/channels.yaml", line_of(channels, "id: text-alert"), 9, "channel-coverage",
         'channel "text-alert" is not used by any template – add it to the channels of at least one template'),
    ]
    assert len(scenario_problems) == 1  # the flood scenario uses text-alert too


def test_missing_crisis_cadence(handbook_dir):
    channels = handbook_dir / "channels.yaml"
    edit(channels, "      crisis: When something changes.\n", "      normal: Weekly.\n")
    [problem] = found(handbook_dir)
    assert problem[:4] == ("data/channels.yaml", line_of(channels, "normal: Weekly."), 7, "schema")
    assert problem[4].startswith('channel "text-alert" is missing "cadence.crisis"')


def test_channel_cannot_fall_back_on_itself(handbook_dir):
    channels = handbook_dir / "channels.yaml"
    edit(channels, "fallback: text-alert", "fallback: website")
    [problem] = found(handbook_dir, "channel-coverage")
    assert problem[1:4] == (line_of(channels, "fallback: website"), 15, "channel-coverage")
