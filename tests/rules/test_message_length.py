import pytest
from conftest import line_of, use_swedish

from .helpers import found


def _set_body(data_dir, body: str) -> None:
    template = data_dir / "templates" / "first-message.yaml"
    text = template.read_text()
    head = text[: text.index("body: |")]
    template.write_text(head + "body: |\n  " + body + "\n")


def test_sms_over_160_gsm_units(handbook_dir):
    use_swedish(handbook_dir)
    _set_body(handbook_dir, "{event} {next} " + "å" * 140)  # 26 + 1 + 5 + 1 + 140 = 173
    template = handbook_dir / "templates" / "first-message.yaml"
    assert found(handbook_dir, "message-length") == [
        ("data/templates/first-message.yaml", line_of(template, "channels:"), 21, "message-length",
         'mallen "first-message" blir för lång för kanalen "text-alert": 173 av högst 160'
         " GSM-7-tecken med exemplen ifyllda – korta texten"),
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
