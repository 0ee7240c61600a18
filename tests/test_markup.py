"""The restricted Markdown's shortcuts give exactly what the full conversion gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from markupsafe import Markup

from krishandbok.render import markup

EXAMPLE = Path(__file__).resolve().parent.parent / "data"


def _full(text: str) -> str:
    md = markup._restricted()
    md.reset()
    return md.convert(text)


# Characters that matter to Markdown or to the shortcut, and a few that do not.
_PIECES = [*"ab åÖ 12.)-+#=:!?\"'()/%½\u00a0\u2003\t\n\\`*_[]<>&|~^{}", "  ", "    ", "1. ", "- ", "+ ", "https://x.se"]


def test_plain_lines_take_the_shortcut_and_convert_the_same():
    rng = random.Random(7)
    shortcut = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        assert markup._convert(text) == _full(text), repr(text)
        shortcut += markup.is_plain_line(text)
    assert shortcut > 2000  # the comparison covered the shortcut, not only the full path


@pytest.mark.parametrize(("text", "plain"), [
    ("Ring 112 vid fara för liv.", True),
    ("Obs! Ring 112 – inte 113 – vid fara för liv (dygnet runt).", True),
    ("1. Larma", False),
    ("- Punkt", False),
    ("+ Punkt", False),
    ("  Indraget", False),
    ("Rad ett\nRad två", False),
    ("Fet *text*", False),
    ("Se [länk](https://exempelby.se)", False),
    ("A & B < C", False),
    ("Tab\there", False),
])
def test_shortcut_is_taken_only_where_markdown_would_do_nothing(text, plain):
    assert markup.is_plain_line(text) is plain
    assert markup._convert(text) == _full(text)


@pytest.mark.parametrize("which", ["example", "english"])
def test_every_data_text_converts_the_same(which, handbook_dir):
    from krishandbok import validate

    report = validate(EXAMPLE if which == "example" else handbook_dir)
    kinds = ("role", "audience", "channel", "scenario", "template", "checklist")
    entities = [entity for kind in kinds for entity in report.handbook.of_kind(kind).values()]
    texts = [text for entity in entities for text in _texts(entity.model_dump())]
    assert len(texts) > 50
    for text in texts:
        assert markup._convert(text) == _full(text), repr(text)


def test_html_escapes_values_like_markup_format():
    values = ("<b>&", Markup("<i>kept</i>"), 3, None)
    assert markup.html("{}|{}|{}|{}", *values) == Markup("{}|{}|{}|{}").format(*values)
    assert markup.html("{a}{b}", a='"q"', b=Markup("<br>")) == Markup("{a}{b}").format(a='"q"', b=Markup("<br>"))


def test_md_text_memo_keeps_text_and_markup_apart():
    """md_text is memoised; Markup equals the same str, but only the str is escaped.

    A memo keyed by the text's value alone would hand one the other's result."""
    assert markup.md_text(Markup("<b>")) == "<b>"
    assert markup.md_text("<b>") == "&lt;b&gt;"
    assert markup.md_text(Markup("<b>")) == "<b>"


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_md_text_writes_quotes_and_apostrophes_as_single_references():
    """Escaping and neutralising in two passes turned the `#` of `&#39;` into a reference."""
    assert markup.md_text("The exercise's \"pages\" #1") == "The exercise&#39;s &#34;pages&#34; &#35;1"
    assert markup.md_text(Markup("a&#39;b <i>*</i>")) == "a&#39;b <i>&#42;</i>"
