"""Text from YAML, made safe to place in a generated Markdown page.

Data text may use a small Markdown subset (emphasis, lists, links to https:,
mailto: and tel:). It is rendered here by a restricted Python-Markdown that
knows no raw HTML, images, headings or code blocks, and whose links lose any
other scheme. That holds even if validation were bypassed.

The HTML that comes out is placed inside the page's own Markdown, which the
site's Markdown processes again; so every character Markdown (or an extension
such as attr_list) could act on is written as a character reference.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.etree import ElementTree

import markdown
from markdown.inlinepatterns import (
    LINK_RE,
    REFERENCE_RE,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from ..text import ALLOWED_SCHEMES

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Characters that Markdown or its extensions could act on in a text node.
_NEUTRAL = {ch: f"&#{ord(ch)};" for ch in "\\`*_{}[]#!|~^=:+-"}
_NEUTRAL_TABLE = str.maketrans(_NEUTRAL)
# md_text in one pass: HTML's special characters and Markdown's, each as a reference (escaping
# first and neutralising after would turn the `#` of `&#39;` into a reference of its own).
_MD_TEXT_TABLE = str.maketrans(
    {**_NEUTRAL, "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;", "\n": " "}
)
_TEXT_OR_TAG = re.compile(r"(<[^>]*>)")
_TAG_OR_REFERENCE = re.compile(r"(<[^>]*>|&#?\w+;)")
# One line that no enabled Markdown rule acts on: no markup characters, no control
# characters (tabs are expanded, newlines split blocks) and no list marker at the start.
_PLAIN_LINE = re.compile(r"(?![-+]\s|\d+[.)]\s)[^\x00-\x1f\x7f\\`*_\[\]<>&]+")


# Python-Markdown looks for the end of a link from every "[" to the end of the text (nested
# brackets, nested parentheses): quadratic, minutes for 10 000 "[" (issue 17). A link in a
# handbook is short and flat, so its shape is checked first, within a bounded distance.
_LINK_TEXT = re.compile(r"[^\[\]]{0,500}\]")
_LINK_TARGET = re.compile(
    r"""\(\s*(?:<[^<>\n]{0,2000}>|[^\s()<>]{0,2000})(?:\s+(?:"[^"\n()]{0,500}"|'[^'\n()]{0,500}'))?\s*\)"""
)


class _Bounded:
    """A link whose text and target end within a few hundred characters, or no link."""

    def getText(self, data: str, index: int):  # noqa: N802 - Python-Markdown's name
        if not _LINK_TEXT.match(data, index):
            return "", index, False
        return super().getText(data, index)

    def getLink(self, data: str, index: int):  # noqa: N802 - Python-Markdown's name
        if not _LINK_TARGET.match(data, index):
            return "", None, index, False
        return super().getLink(data, index)


class _Link(_Bounded, LinkInlineProcessor):
    pass


class _Reference(_Bounded, ReferenceInlineProcessor):
    pass


class _ShortReference(_Bounded, ShortReferenceInlineProcessor):
    pass


class _SafeLinks(Treeprocessor):
    """Links keep only an allowed scheme; anything else becomes plain text."""

    def run(self, root: ElementTree.Element) -> None:
        for element in root.iter("a"):
            href = element.get("href", "")
            match = _SCHEME.match(href.strip())
            element.attrib.clear()
            if match and match.group(1).lower() in ALLOWED_SCHEMES:
                element.set("href", href.strip())
            else:
                element.tag = "span"


@lru_cache(maxsize=1)
def _restricted() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    for name in ("html", "image_link", "image_reference", "short_image_ref", "entity"):
        md.inlinePatterns.deregister(name)
    md.inlinePatterns.register(_Reference(REFERENCE_RE, md), "reference", 170)
    md.inlinePatterns.register(_Link(LINK_RE, md), "link", 160)
    md.inlinePatterns.register(_ShortReference(REFERENCE_RE, md), "short_reference", 130)
    for name in ("hashheader", "setextheader", "hr", "code", "quote"):
        md.parser.blockprocessors.deregister(name)
    md.treeprocessors.register(_SafeLinks(md), "krishandbok_safe_links", 0)
    return md


def is_plain_line(text: str) -> bool:
    """One line, without surrounding space, that no enabled Markdown rule would change."""
    return bool(_PLAIN_LINE.fullmatch(text)) and text == text.strip()


def _convert(text: str) -> str:
    if is_plain_line(text):  # what Markdown gives, faster
        return f"<p>{text}</p>"
    md = _restricted()
    md.reset()
    return md.convert(text)


def _neutralise(converted: str) -> str:
    """Write Markdown-active characters in text nodes as character references."""
    parts = _TEXT_OR_TAG.split(converted)
    return "".join(part if part.startswith("<") else part.translate(_NEUTRAL_TABLE) for part in parts)


def inline(text: str | None) -> Markup:
    """One line of data text as safe inline HTML (no surrounding paragraph)."""
    if not text:
        return Markup("")
    return _inline(text)


@lru_cache(maxsize=1 << 16)  # pure: the same text renders the same wherever it appears
def _inline(text: str) -> Markup:
    converted = _convert(text)
    if converted.startswith("<p>") and converted.endswith("</p>") and converted.count("<p>") == 1:
        converted = converted[3:-4]
    return Markup(_neutralise(converted).replace("\n", " "))


_LEAD = re.compile(r"<p>(.*?)</p>\s*", re.S)
# Space around block tags: md_in_html takes `<ul> <li>` for the end of the list.
_AROUND_BLOCK_TAG = re.compile(r"\s*(</?(?:ul|ol|li|p)\b[^>]*>)\s*")


def lead_and_rest(text: str) -> tuple[Markup, Markup]:
    """A text's first paragraph as inline HTML, and the blocks after it (a list the text
    holds) as HTML on one line, for a place with a label and room below it (a checklist
    item). One line, so that a `markdown="span"` element around it leaves it whole.
    """
    converted = _neutralise(_convert(text))
    lead = _LEAD.match(converted)
    first = lead.group(1) if lead else ""
    rest = converted[lead.end():] if lead else converted
    rest = _AROUND_BLOCK_TAG.sub(r"\1", rest).replace("\n", " ")
    return Markup(first.replace("\n", " ")), Markup(rest)


def block(text: str | None, css_class: str = "kh-text") -> Markup:
    """Data text with paragraphs and lists, as one raw HTML block for a Markdown page.

    The block starts at the beginning of a line and is wrapped in a div, so the
    page's Markdown keeps it as it is.
    """
    if not text:
        return Markup("")
    return _block(text, css_class)


@lru_cache(maxsize=1 << 14)
def _block(text: str, css_class: str) -> Markup:
    converted = _neutralise(_convert(text)).replace("\n\n", "\n")
    return html('<div class="{}">\n{}\n</div>', css_class, Markup(converted))


def html(template: str, *args, **kwargs) -> Markup:
    """`Markup(template).format(...)`: every value escaped unless it is Markup already.

    Markup.format goes through a pure-Python string.Formatter; this does the same
    escaping with str.format, several times faster on pages with many fields.
    """
    return Markup(template.format(*map(escape, args), **{key: escape(value) for key, value in kwargs.items()}))


@lru_cache(maxsize=1 << 16, typed=True)  # the same names on many pages; typed: Markup is not escaped
def md_text(text: str) -> str:
    """Plain text for a Markdown heading, link text or table cell: nothing stays active.

    Markup is HTML already: only Markdown's characters outside its tags and references are
    neutralised."""
    if isinstance(text, Markup):
        parts = _TAG_OR_REFERENCE.split(str(text).replace("\n", " "))
        return "".join(part if i % 2 else part.translate(_NEUTRAL_TABLE) for i, part in enumerate(parts))
    return text.translate(_MD_TEXT_TABLE)


def link(text: str, target: str) -> str:
    """A Markdown link to another page of the site (MkDocs checks and rewrites it)."""
    return f"[{md_text(text)}]({target})"
