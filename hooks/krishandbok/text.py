"""Text measures shared by the rules, the site and the browser filler.

Everything here is pure and small enough to port to JavaScript line by line:
the template filler in the browser must count exactly as the validator does.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# GSM 03.38 basic character set (without ESC) and its extension table.
GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = "^{}\\[~]|€\f"
_GSM7_BASIC = frozenset(GSM7_BASIC)
_GSM7_EXTENSION = frozenset(GSM7_EXTENSION)

SMS_GSM7_SINGLE, SMS_GSM7_PART = 160, 153
SMS_UCS2_SINGLE, SMS_UCS2_PART = 70, 67

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
PLACEHOLDER_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_BRACE = re.compile(r"[{}]")


@dataclass(frozen=True)
class SmsLength:
    """How an SMS text is encoded and how much of the budget it uses."""

    encoding: str  # "GSM-7" or "UCS-2"
    units: int
    segments: int


def sms_length(text: str) -> SmsLength:
    """Count a text as an SMS: GSM-7 units (extension characters count 2) or UCS-2."""
    if all(ch in _GSM7_BASIC or ch in _GSM7_EXTENSION for ch in text):
        units = sum(2 if ch in _GSM7_EXTENSION else 1 for ch in text)
        return SmsLength("GSM-7", units, _segments(units, SMS_GSM7_SINGLE, SMS_GSM7_PART))
    units = len(text.encode("utf-16-le")) // 2
    return SmsLength("UCS-2", units, _segments(units, SMS_UCS2_SINGLE, SMS_UCS2_PART))


def sms_limit(max_length: int, encoding: str) -> int:
    """The limit for a text in `encoding` on an SMS channel whose max_length is in GSM-7 units.

    A text with any character outside GSM-7 is sent as UCS-2: 70 characters per
    message instead of 160 (67 instead of 153 per part of a longer message).
    """
    if encoding == "GSM-7":
        return max_length
    if max_length <= SMS_GSM7_SINGLE:
        return min(max_length, SMS_UCS2_SINGLE)
    return SMS_UCS2_PART * math.ceil(max_length / SMS_GSM7_PART)


def _segments(units: int, single: int, part: int) -> int:
    if units == 0:
        return 0
    return 1 if units <= single else math.ceil(units / part)


@dataclass(frozen=True)
class Measure:
    """A text's length as a channel counts it, against the channel's limit."""

    length: int
    limit: int | None
    unit: str  # "characters", "GSM-7" or "UCS-2"
    segments: int | None = None

    @property
    def fits(self) -> bool:
        return self.limit is None or self.length <= self.limit


def measure(text: str, channel_kind: str, max_length: int | None) -> Measure:
    """Length of `text` in the channel's own unit: GSM-7/UCS-2 for SMS, characters otherwise."""
    if channel_kind == "sms":
        sms = sms_length(text)
        limit = sms_limit(max_length, sms.encoding) if max_length else None
        return Measure(sms.units, limit, sms.encoding, sms.segments)
    return Measure(len(text), max_length, "characters")


# --------------------------------------------------------------------------- placeholders


def placeholder_spans(body: str):
    """Yield (offset, inner text) for every `{...}` in a body."""
    for match in PLACEHOLDER.finditer(body):
        yield match.start(), match.group(1)


def stray_braces(body: str):
    """Offsets of `{` or `}` that are not part of a `{...}` pair."""
    covered = set()
    for match in PLACEHOLDER.finditer(body):
        covered.update((match.start(), match.end() - 1))
    return [match.start() for match in _BRACE.finditer(body) if match.start() not in covered]


def fill(body: str, values: dict[str, str]) -> str:
    """Replace each declared `{name}` by its value; anything else stays as written."""

    def replace(match: re.Match) -> str:
        return values.get(match.group(1), match.group(0))

    return PLACEHOLDER.sub(replace, body)


def outgoing_text(body: str, values: dict[str, str]) -> str:
    """The message as sent: filled, without the block scalar's surrounding whitespace."""
    return fill(body, values).strip()


# --------------------------------------------------------------------------- readability

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
# Bounded, as every pattern here that starts at a bracket: an unbounded `[^\]]*` reads to the
# end of the text from every "[", quadratic in a text full of them (issue 17).
_LINK = re.compile(r"\[([^\[\]]{0,500})\]\([^()\n]{0,2000}\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def lix(text: str) -> float:
    """LIX = words / sentences + 100 × long words (more than 6 letters) / words.

    A sentence ends at . ! ? or : followed by a space, or at the end of a line
    (list items and short lines are sentences of their own).
    """
    text = _LINK.sub(r"\1", text)
    words: list[str] = []
    sentences = 0
    for line in text.splitlines():
        line = _LIST_MARK.sub("", line).strip()
        if not line:
            continue
        words += _WORD.findall(line)
        ends = len(_SENTENCE_END.findall(line))
        sentences += ends if _SENTENCE_END.search(line[-1:] + " ") else ends + 1
    if not words:
        return 0.0
    long_words = sum(1 for word in words if len(word) > 6)
    return len(words) / max(sentences, 1) + 100 * long_words / len(words)


# --------------------------------------------------------------------------- text safety

ALLOWED_SCHEMES = ("https", "mailto", "tel")
_HTML = re.compile(r"<\s*/?\s*[A-Za-z!?]")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*):[^<>\s]*>")
_ATTR_BLOCK = re.compile(r"\{:?\s*(?:[#.][\w-]+|[\w-]+\s*=)[^{}]*\}|\{:[^{}]*\}")
_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_REF_LINK = re.compile(r"^\s{0,3}\[[^\]\n]{1,500}\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_DANGEROUS = re.compile(r"\b(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Every pattern above needs one of these characters: most texts are plain and skip them all.
_MAY_BE_MARKUP = re.compile(r"[<{\[:]")
may_hold_markup = _MAY_BE_MARKUP.search  # public: a caller with many texts tests first, cheaply


@dataclass(frozen=True)
class Unsafe:
    offset: int
    kind: str  # "html", "attribute-block" or "link-scheme"
    found: str


def unsafe_markup(text: str) -> list[Unsafe]:
    """Markup that must never come from YAML: raw HTML, attribute blocks, other link schemes."""
    if not may_hold_markup(text):
        return []
    found = []
    autolinks = {m.start() for m in _AUTOLINK.finditer(text)}
    for match in _HTML.finditer(text):
        if match.start() not in autolinks:
            found.append(Unsafe(match.start(), "html", _snippet(text, match.start())))
    for match in _ATTR_BLOCK.finditer(text):
        found.append(Unsafe(match.start(), "attribute-block", match.group(0)))
    for offset, target in _link_targets(text):
        scheme = _SCHEME.match(target)
        if not scheme or scheme.group(1).lower() not in ALLOWED_SCHEMES:
            found.append(Unsafe(offset, "link-scheme", target))
    for match in _DANGEROUS.finditer(text):
        if not any(u.offset <= match.start() < u.offset + len(u.found) + 2 for u in found):
            found.append(Unsafe(match.start(), "link-scheme", match.group(0)))
    return sorted(found, key=lambda u: u.offset)


def _link_targets(text: str):
    for match in _INLINE_LINK.finditer(text):
        yield match.start(1), match.group(1)
    for match in _REF_LINK.finditer(text):
        yield match.start(1), match.group(1)
    for match in _AUTOLINK.finditer(text):
        yield match.start() + 1, match.group(0)[1:-1]


def _snippet(text: str, offset: int) -> str:
    end = text.find(">", offset)
    return text[offset : end + 1 if 0 <= end < offset + 40 else offset + 20]
