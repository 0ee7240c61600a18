"""Markup in outgoing text: what Facebook, SMS, X and a CMS would show verbatim.

A template's `body` and `variants` are published exactly as written, so
Markdown emphasis (`**fet**`, `*kursiv*`, `__x__`, `_x_`), link syntax
(`[text](url)`, `<https://…>`, `[id]: url`) and HTML tags are errors there.
Each finding carries its plain rewrite, the text the editor should write
instead. What stays allowed: `- ` list lines, URLs, e-mail addresses and
phone numbers written out, and `*` or `_` where they cannot be emphasis
(`5 * 3`, `fil_namn`, a lone asterisk).

The rules follow CommonMark's flanking rules closely enough that a text
this module accepts renders without emphasis, and one it rejects would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Markup:
    offset: int  # where the markup starts in the text
    kind: str  # "emphasis", "link" or "html"
    found: str  # the markup as written
    plain: str  # what to write instead


_INLINE_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s<>]*\))*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_DEFINITION = re.compile(r"^ {0,3}\[([^\[\]\n]+)\]:[ \t]*<?(\S+?)>?[ \t]*$", re.MULTILINE)
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_AUTOLINK = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)|(?:[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+))>")
_HTML_PAIR = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>([^<>]*)</\1\s*>")
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
# Emphasis: a run of * or _ that opens (followed by a non-space) and a run of the same length
# that closes it (preceded by a non-space), within one paragraph.
_EMPHASIS = re.compile(
    r"(?P<run>\*\*|__|\*|_)(?=\S)(?P<inner>(?:(?!\n\s*\n).)+?)(?<=\S)(?P=run)", re.DOTALL
)
_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~–—«»„“”’")


def find_markup(text: str) -> list[Markup]:
    """Every piece of markup in `text`, in order, each with its plain rewrite."""
    found: list[Markup] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, plain: str) -> None:
        if any(s <= start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Markup(start, kind, text[start:end], plain))

    for match in _REF_DEFINITION.finditer(text):
        add(match.start(), match.end(), "link", plain_url(match.group(2)))
    for match in _INLINE_LINK.finditer(text):
        add(match.start(), match.end(), "link", plain_link(match.group(2), match.group(3)))
    for match in _REF_LINK.finditer(text):
        add(match.start(), match.end(), "link", match.group(1))
    for match in _AUTOLINK.finditer(text):
        add(match.start(), match.end(), "link", plain_url(match.group(1)))
    for match in _HTML_PAIR.finditer(text):
        add(match.start(), match.end(), "html", _plain_inner(match.group(2)))
    for match in _HTML_TAG.finditer(text):
        add(match.start(), match.end(), "html", "")  # a lone tag goes, the words around it stay
    for start, end, inner in _emphasis(text):
        add(start, end, "emphasis", _plain_inner(inner))
    return sorted(found, key=lambda markup: markup.offset)


def plain_url(url: str) -> str:
    """A URL as people read it: `https://www.exempelby.se/` → `www.exempelby.se`."""
    for scheme in ("mailto:", "tel:", "https://", "http://"):
        if url.lower().startswith(scheme):
            url = url[len(scheme):]
            break
    return url[:-1] if url.endswith("/") and url.count("/") == 1 else url


def plain_link(label: str, target: str) -> str:
    """`[exempelby.se](https://www.exempelby.se)` → `www.exempelby.se`; `[113 13](tel:11313)` → `113 13`."""
    label = _plain_inner(label.strip())
    lowered = target.lower()
    if lowered.startswith("tel:"):
        return label or target[4:]
    url = plain_url(target)
    if not label or _same_address(label, url) or lowered.startswith("mailto:") and label == url:
        return url
    if not url:
        return label
    return f"{label}: {url}"


def _same_address(label: str, url: str) -> bool:
    def bare(value: str) -> str:
        value = value.lower().rstrip("/")
        return value[4:] if value.startswith("www.") else value

    return bare(plain_url(label)) == bare(url)


def _emphasis(text: str):
    """(start, end, inner) of every emphasis CommonMark would render in `text`."""
    position = 0
    while True:
        match = _EMPHASIS.search(text, position)
        if match is None:
            return
        run, start, end = match.group("run"), match.start(), match.end()
        if _opens(text, start, run) and _closes(text, end - len(run), run):
            yield start, end, match.group("inner")
            position = end
        else:
            position = start + 1


def _opens(text: str, start: int, run: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    if before == run[0] or text[start + len(run) : start + len(run) + 1] == run[0]:
        return False  # part of a longer run (*** or a list of stars)
    # An intraword underscore (snake_case, URLs) is never emphasis.
    return run[0] != "_" or before.isspace() or before in _PUNCTUATION


def _closes(text: str, start: int, run: str) -> bool:
    after_index = start + len(run)
    after = text[after_index] if after_index < len(text) else " "
    if after == run[0] or text[start - 1 : start] == run[0]:
        return False
    return run[0] != "_" or after.isspace() or after in _PUNCTUATION


def _plain_inner(inner: str) -> str:
    """The words of an emphasis or link label without nested markup."""
    for _ in range(3):
        inner = _EMPHASIS.sub(lambda m: m.group("inner"), inner)
    return inner
