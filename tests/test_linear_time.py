"""Work that grows with the text, not with its square: counted, never timed.

Python-Markdown looks for the end of a link from every "[" (and for the end of its
target from every "(") to the end of the text; 10 000 "[" took 88 s to render
(issue 17). The restricted converter checks a link's shape within a bounded distance
first. The characters its link parsing still reads are counted here.
"""

from __future__ import annotations

import pytest
from markdown.inlinepatterns import LinkInlineProcessor

from krishandbok.loader import MAX_TEXT
from krishandbok.render import markup

HOSTILE = ["[", "[a", "[](", "[(", "`[", "*[", "[`", "[a](b ", "[a](<", "](", "[a] [", "[[a]"]


@pytest.fixture
def scanned(monkeypatch) -> list[int]:
    """The characters each call of Python-Markdown's own link scanning read."""
    counts: list[int] = []
    get_text, get_link = LinkInlineProcessor.getText, LinkInlineProcessor.getLink

    def counting_text(self, data, index):
        result = get_text(self, data, index)
        counts.append(result[1] - index)
        return result

    def counting_link(self, data, index):
        result = get_link(self, data, index)
        counts.append(result[2] - index)
        return result

    monkeypatch.setattr(LinkInlineProcessor, "getText", counting_text)
    monkeypatch.setattr(LinkInlineProcessor, "getLink", counting_link)
    markup._inline.cache_clear()
    markup._block.cache_clear()
    return counts


@pytest.mark.parametrize("pattern", HOSTILE)
def test_link_parsing_reads_each_character_a_bounded_number_of_times(scanned, pattern):
    text = (pattern * (MAX_TEXT // len(pattern) + 1))[:MAX_TEXT]
    markup.block(text)
    markup.inline(text)
    assert sum(scanned) <= 4 * len(text), f"{sum(scanned)} characters read for {len(text)}"


def test_links_still_work(scanned):
    html = str(markup.inline('See [the plan](https://example.org/plan "The plan") and [x]'))
    assert 'href="https://example.org/plan"' in html
    assert "&#91;x&#93;" in html
