from conftest import line_of

from .helpers import found


def test_hard_text_gets_a_warning(handbook_dir):
    template = handbook_dir / "templates" / "first-message.yaml"
    text = template.read_text()
    hard = ("Kommunikationsavdelningen samordnar informationsinsatserna tillsammans med"
            " räddningstjänsten och verksamhetsansvariga förvaltningschefer {event} {next}.")
    template.write_text(text[: text.index("body: |")] + "body: |\n  " + hard + "\n")
    [problem] = found(handbook_dir, "readability")
    assert problem[:4] == ("data/templates/first-message.yaml", line_of(template, "body: |"), 7, "readability")
    assert problem[4].startswith('template "first-message" is hard to read (LIX ')
    assert found(handbook_dir, "message-length")  # and far too long for one SMS
