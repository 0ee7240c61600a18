import pytest
from conftest import column_of, line_of, use_swedish

from .helpers import found, set_variants


def _set_body(data_dir, body: str) -> None:
    template = data_dir / "templates" / "first-message.yaml"
    text = template.read_text()
    head = text[: text.index("body: |")]
    template.write_text(head + "body: |\n  " + body + "\n")


def test_sms_over_160_gsm_units(handbook_dir):
    use_swedish(handbook_dir)
    _set_body(handbook_dir, "{event} {next} " + "å" * 140)  # 26 + 1 + 5 + 1 + 140 = 173
    template = handbook_dir / "templates" / "first-message.yaml"
    # The error points at the text to shorten (the body's first character), not at `channels`.
    assert found(handbook_dir, "message-length") == [
        ("data/templates/first-message.yaml", line_of(template, "{event} {next}"), 3, "message-length",
         'mallen "first-message" blir för lång för kanalen "text-alert": 173 av högst 160'
         " GSM-7-tecken med exemplen ifyllda – korta texten (body) eller lägg till en kortare variant"
         " för kanalen under variants"),
    ]


def test_extension_characters_count_twice(handbook_dir):
    _set_body(handbook_dir, "{event} {next} " + "x" * 121 + "[]€")  # 33 + 121 + 6 = 160: fits
    assert found(handbook_dir, "message-length") == []
    _set_body(handbook_dir, "{event} {next} " + "x" * 122 + "[]€")  # 161
    [problem] = found(handbook_dir, "message-length")
    assert "161 of at most 160 GSM-7 characters" in problem[4]


@pytest.mark.parametrize("extra, fits", [("x" * 35, True), ("x" * 36, False)])
def test_emoji_limits_one_sms_to_70(handbook_dir, extra, fits):
    # 26 + 1 + 5 + 1 = 33 characters, an emoji (2 UTF-16 units): 35 + extra
    _set_body(handbook_dir, "{event} {next} \U0001F4A7" + extra)
    problems = found(handbook_dir, "message-length")
    assert (problems == []) is fits
    if not fits:
        assert "71 of at most 70 characters (the text has characters outside GSM-7" in problems[0][4]


def test_a_short_variant_makes_a_long_body_fit(handbook_dir):
    _set_body(handbook_dir, "{event} {next} " + "x" * 200)
    assert [p[3] for p in found(handbook_dir, "message-length")] == ["message-length"]
    template = handbook_dir / "templates" / "first-message.yaml"
    set_variants(template, "variants:\n  text-alert: Flood. Next update {next}.\n")
    assert found(handbook_dir, "message-length") == []


def test_a_long_variant_is_the_text_to_shorten(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    set_variants(template, "variants:\n  text-alert: '{next} " + "y" * 160 + "'\n")
    [problem] = found(handbook_dir, "message-length")
    assert problem[1:4] == (line_of(template, "text-alert: '"), column_of(template, "{next} yyy"), "message-length")
    assert "166 of at most 160 GSM-7 characters" in problem[4]
    assert 'shorten the variant for "text-alert"' in problem[4]


def test_the_body_is_not_measured_on_a_channel_with_a_variant(handbook_dir):
    # The website has no limit; the body goes there only. The SMS gets the variant.
    _set_body(handbook_dir, "{event} {next} " + "x" * 400)
    template = handbook_dir / "templates" / "first-message.yaml"
    set_variants(template, "variants:\n  text-alert: |\n    {event} at {next}\n")
    assert found(handbook_dir, "message-length") == []
