"""Rule 9: outgoing text is plain text, each finding at its (line, column) with the plain rewrite."""

import pytest
from conftest import column_of, edit, line_of, use_swedish

from krishandbok.outgoing import find_markup

from .helpers import found, set_variants

TEMPLATE = "templates/first-message.yaml"


def _body(data_dir, extra: str):
    """Append lines to the body (a block literal) of the English handbook's template."""
    template = data_dir / TEMPLATE
    edit(template, "Next update at {next}.", "Next update at {next}.\n" + extra)
    return template


def test_bold_heading_is_an_error_with_its_plain_rewrite(handbook_dir):
    use_swedish(handbook_dir)
    template = _body(handbook_dir, "  **Det här vet vi:** inget mer.")
    assert found(handbook_dir, "outgoing-text") == [
        ("data/" + TEMPLATE, line_of(template, "**Det"), 3, "outgoing-text",
         'Markdown-betoning "**Det här vet vi:**" i texten (body) i mallen "first-message" – texten publiceras'
         ' precis som den står, så stjärnor och understreck syns: skriv "Det här vet vi:"'),
    ]


@pytest.mark.parametrize("markup, plain", [
    ("[exempelby.se](https://www.exempelby.se)", "www.exempelby.se"),
    ("[113 13](tel:11313)", "113 13"),
    ("[read more](https://www.example.se/flood)", "read more: www.example.se/flood"),
    ("<https://www.example.se/>", "www.example.se"),
    ("[help@example.se](mailto:help@example.se)", "help@example.se"),
    ("<b>Important</b>", "Important"),
    ("*now*", "now"),
    ("__now__", "now"),
])
def test_each_kind_of_markup_is_found_where_it_starts(handbook_dir, markup, plain):
    template = _body(handbook_dir, f"  See {markup} today.")
    [problem] = found(handbook_dir, "outgoing-text")
    assert problem[1:4] == (line_of(template, markup), column_of(template, markup), "outgoing-text")
    assert f'"{plain}"' in problem[4]


def test_a_lone_tag_is_to_be_removed(handbook_dir):
    template = _body(handbook_dir, "  Line one<br>line two.")
    [problem] = found(handbook_dir, "outgoing-text")
    assert problem[1:3] == (line_of(template, "<br>"), column_of(template, "<br>"))
    assert "remove the tag" in problem[4]


def test_several_findings_on_one_line_each_at_its_column(handbook_dir):
    template = _body(handbook_dir, "  Call [113 13](tel:11313) or read [example.se](https://example.se).")
    line = line_of(template, "tel:11313")
    assert [p[1:4] for p in found(handbook_dir, "outgoing-text")] == [
        (line, column_of(template, "[113 13]"), "outgoing-text"),
        (line, column_of(template, "[example.se]"), "outgoing-text"),
    ]


def test_plain_text_passes(handbook_dir):
    _body(handbook_dir, "\n".join([
        "  What we know:",
        "  - The water in the centre is not safe to drink.",
        "  - Boil it for one minute.",
        "  * A starred list line shows as written and reads fine.",
        "  Read www.example.se/water or https://www.example.se/water, mail help@example.se,",
        "  call 0589-871 00 or 113 13. 5 * 3 = 15, file_name_here, a lone * star, 10 % off.",
    ]))
    assert found(handbook_dir, "outgoing-text") == []


def test_markup_in_a_variant_points_into_the_variant(handbook_dir):
    template = handbook_dir / TEMPLATE
    set_variants(template, "variants:\n  text-alert: 'Flood: **stay away**. More at {next}.'\n")
    [problem] = found(handbook_dir, "outgoing-text")
    assert problem[1:4] == (line_of(template, "**stay"), column_of(template, "**stay"), "outgoing-text")
    assert 'the variant for "text-alert"' in problem[4] and '"stay away"' in problem[4]


def test_a_variant_for_a_channel_the_template_does_not_use(handbook_dir):
    template = handbook_dir / TEMPLATE
    set_variants(template, "variants:\n  text-alert: Flood at {next}.\n  radio: Flood at {next}.\n")
    assert [p[1:4] for p in found(handbook_dir, "outgoing-text")] == [
        (line_of(template, "  radio:"), 3, "outgoing-text"),
    ]
    assert 'one of the template\'s channels (website, text-alert)' in found(handbook_dir, "outgoing-text")[0][4]


def test_markup_in_outgoing_text_is_not_reported_twice(handbook_dir):
    _body(handbook_dir, "  <script>alert(1)</script> [x](javascript:alert(1))")
    assert found(handbook_dir, "text-safety") == []
    assert len(found(handbook_dir, "outgoing-text")) == 2


@pytest.mark.parametrize("text", [
    "a ** b ** c", "***", "snake_case_name", "https://example.se/a_b_c", "2*3", "* list", "x*",
])
def test_asterisks_and_underscores_that_cannot_be_emphasis(text):
    assert find_markup(text) == []


@pytest.mark.parametrize("text", ["**x**", "*x*", "_x_", "__x__", "a *b c* d", "(*x*)"])
def test_emphasis_is_found(text):
    assert [m.kind for m in find_markup(text)] == ["emphasis"]


def test_find_markup_agrees_with_a_markdown_renderer():
    """What find_markup accepts renders without markup; what it rejects would render some."""
    import markdown

    samples = [
        "a ** b ** c", "***", "snake_case_name", "2*3 och 4", "* list", "x*", "5 * 3", "a_b_c",
        "**x**", "*x*", "_x_", "a *b c* d", "<b>x</b>", "[a](https://x.se)", "<https://x.se>",
    ]
    for text in samples:
        html = markdown.markdown(text)
        rendered_markup = any(tag in html for tag in ("<em>", "<strong>", "<a ", "<b>"))
        assert bool(find_markup(text)) == rendered_markup, (text, html)


class _CountingRuns:
    """Stands in for outgoing._RUN and counts every delimiter run the scan reads."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def finditer(self, *args):
        for match in self.pattern.finditer(*args):
            self.read += 1
            yield match


@pytest.mark.parametrize("unit", ["*x ", "x* ", "**a a* ", "_a ", "*a\n\n"])
def test_emphasis_scan_reads_each_run_once(monkeypatch, unit):
    """Stray asterisks cost one look each, never a scan to the end per asterisk (counted, not timed)."""
    from krishandbok import outgoing

    counting = _CountingRuns(outgoing._RUN)
    monkeypatch.setattr(outgoing, "_RUN", counting)
    text = unit * (10_000 // len(unit))
    find_markup(text)
    assert counting.read == len(outgoing.re.findall(r"\*+|_+", text))
