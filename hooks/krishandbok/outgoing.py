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
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# Emphasis delimiters: runs of * or _ (one or two: *kursiv*, **fet**), and paragraph breaks.
_RUN = re.compile(r"\*+|_+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
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
    for start, end in _comments(text):
        add(start, end, "html", "")
    for start, end, width in _emphasis(text):
        add(start, end, "emphasis", _plain_inner(text[start + width : end - width]))
    return sorted(found, key=lambda markup: markup.offset)


def _comments(text: str):
    """HTML comments, found with str.find: linear even in a text of unclosed "<!--"."""
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        start = text.find("<!--", end + 3)


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


def _emphasis(text: str) -> list[tuple[int, int, int]]:
    """(start, end, width) of every emphasis CommonMark would render in `text`, outermost first.

    One pass over the delimiter runs with a stack of openers (CommonMark's own approach,
    simplified): linear in the text, however many stray asterisks it holds.
    """
    found = []
    for start, end in _paragraphs(text):
        openers: list[tuple[str, int]] = []  # (run, offset), innermost last
        waiting: dict[str, int] = {}  # openers on the stack per run: a closer knows at once
        for match in _RUN.finditer(text, start, end):
            run, at = match.group(0), match.start()
            if len(run) > 2:
                continue  # *** and longer: rules and decoration, never taken as emphasis here
            before = text[at - 1] if at > start else " "
            after = text[match.end()] if match.end() < end else " "
            if _flanks(run, before, after) and waiting.get(run):
                while True:  # the nearest opener of the same run; those above it stay unmatched
                    candidate, offset = openers.pop()
                    waiting[candidate] -= 1
                    if candidate == run:
                        found.append((offset, match.end(), len(run)))
                        break
            elif _flanks(run, after, before):
                openers.append((run, at))
                waiting[run] = waiting.get(run, 0) + 1
    return sorted(found, key=lambda span: (span[0], -span[1]))


def _paragraphs(text: str):
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _flanks(run: str, inside: str, outside: str) -> bool:
    """Whether a run can open (inside: the character after it) or close (inside: the one before)."""
    if inside.isspace():
        return False
    # An intraword underscore (snake_case, URLs) is never emphasis.
    return run[0] != "_" or outside.isspace() or outside in _PUNCTUATION


def _plain_inner(inner: str) -> str:
    """The words of an emphasis or link label without its emphasis markers."""
    cut: set[int] = set()
    for start, end, width in _emphasis(inner):
        cut.update(range(start, start + width))
        cut.update(range(end - width, end))
    return "".join(ch for i, ch in enumerate(inner) if i not in cut)
