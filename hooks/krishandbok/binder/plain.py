"""Data text as plain text for paper: the small Markdown subset of descriptive fields read out.

Paper shows no emphasis markers, link syntax or HTML: a link prints as its text,
followed by its address when that says more than the text (`https:`, `mailto:`);
a list item starts with a bullet; paragraphs are separated by a blank line.
The text goes through the site's restricted converter first, so what the site
would refuse to render never reaches the binder either.
"""

from __future__ import annotations

from functools import lru_cache
from html.parser import HTMLParser

from ..render.markup import block, is_plain_line

BULLET = "• "


def plain(text: str | None) -> str:
    """`text` without Markdown or HTML syntax; empty for None."""
    if not text:
        return ""
    if is_plain_line(text):  # most data text: nothing for Markdown to change
        return text
    return _plain(text)


@lru_cache(maxsize=1 << 14)
def _plain(text: str) -> str:
    reader = _TextReader()
    reader.feed(str(block(text)))
    reader.close()
    return reader.text()


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._href: list[str | None] = []
        self._link_text: list[int] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("p", "ul", "ol"):
            self._parts.append("\n\n")
        elif tag == "li":
            self._parts.append("\n" + BULLET)
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "a":
            self._href.append(dict(attrs).get("href"))
            self._link_text.append(len(self._parts))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href:
            href, start = self._href.pop(), self._link_text.pop()
            shown = "".join(self._parts[start:]).strip()
            address = _address(href)
            if address and address != shown:
                self._parts.append(f" ({address})")

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def text(self) -> str:
        lines = "".join(self._parts).split("\n")
        joined = "\n".join(line.strip() for line in lines)
        while "\n\n\n" in joined:
            joined = joined.replace("\n\n\n", "\n\n")
        return joined.replace("\n\n" + BULLET, "\n" + BULLET).strip()


def _address(href: str | None) -> str | None:
    """What a reader can type: a web address as it is, an e-mail address without `mailto:`;
    a `tel:` link's text already is the number."""
    if not href:
        return None
    if href.startswith("mailto:"):
        return href[len("mailto:"):]
    if href.startswith(("https:", "http:")):
        return href
    return None
