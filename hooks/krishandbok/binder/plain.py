"""Data text as plain text for paper: the small Markdown subset of descriptive fields read out.

Paper shows no emphasis markers, link syntax or HTML: a link prints as its text,
followed by its address when that says more than the text (`https:`, `mailto:`, and
`tel:` when the text has no number in it: "ring jouren" gets its number); a list item
starts with a bullet, or its number in a numbered list; paragraphs are separated by a
blank line.
The text goes through the site's restricted converter first, so what the site
would refuse to render never reaches the binder either.
"""

from __future__ import annotations

from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import unquote

from ..render.markup import block, is_plain_line

BULLET = "• "
_ITEM = "\ue000"  # marks where a list item starts while the text is put together (private use)


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
        self._lists: list[int | None] = []  # each open list: the next item's number, None for bullets

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("p", "ul", "ol"):
            self._parts.append("\n\n")
        if tag in ("ul", "ol"):
            start = dict(attrs).get("start") or "1"
            self._lists.append(int(start) if tag == "ol" and start.isdigit() else None)
        elif tag == "li":
            number = self._lists[-1] if self._lists else None
            self._parts.append("\n" + _ITEM + (BULLET if number is None else f"{number}. "))
            if number is not None:
                self._lists[-1] = number + 1
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "a":
            self._href.append(dict(attrs).get("href"))
            self._link_text.append(len(self._parts))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag == "a" and self._href:
            href, start = self._href.pop(), self._link_text.pop()
            shown = "".join(self._parts[start:]).strip()
            address = _address(href, shown)
            if address and address != shown:
                self._parts.append(f" ({address})")

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def text(self) -> str:
        lines = "".join(self._parts).split("\n")
        joined = "\n".join(line.strip() for line in lines)
        while "\n\n\n" in joined:
            joined = joined.replace("\n\n\n", "\n\n")
        return joined.replace("\n\n" + _ITEM, "\n").replace(_ITEM, "").strip()


def _address(href: str | None, shown: str) -> str | None:
    """What a reader can type: a web address as it is, an e-mail address without `mailto:`,
    a phone number without `tel:` unless the link's text already holds a number."""
    if not href:
        return None
    if href.startswith("mailto:"):
        return href[len("mailto:"):]
    if href.startswith(("https:", "http:")):
        return href
    if href.startswith("tel:") and not any(character.isdigit() for character in shown):
        return unquote(href[len("tel:"):])
    return None
