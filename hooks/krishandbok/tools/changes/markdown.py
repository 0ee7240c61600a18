"""The pull-request comment (and the binder's change log): changes as plain-language Markdown."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from ...messages import field_words, say
from ..inert import code, fence_for, inert
from .diff import KIND_ORDER, Change, Ref, item_label

MARKER = "<!-- krishandbok-changes -->"
LONG_TEXT = 120
COMMENT_LIMIT = 65_536  # characters GitHub accepts in a comment


def changes_markdown(
    changes: list[Change],
    language: str,
    *,
    base: str | None = None,
    head: str | None = None,
    incomplete: Iterable[str] = (),
    limit: int | None = COMMENT_LIMIT,
) -> str:
    """A Markdown summary for a pull-request comment, grouped by kind, in the handbook's language.

    The first line is an HTML comment the workflow uses to find and update its own comment.
    Text from the handbook is inert (`tools/inert.py`). Beyond `limit` characters the
    long texts' diffs are left out, and beyond that the list is cut with a note.
    """
    incomplete = tuple(incomplete)
    text = _summary(changes, language, base, head, incomplete, diffs=True)
    if limit is None or len(text) <= limit:
        return text
    text = _summary(changes, language, base, head, incomplete, diffs=False)
    return text if len(text) <= limit else _cut(text, limit, language)


def _cut(text: str, limit: int, language: str) -> str:
    """The first lines of `text` that fit, and a note; without diffs no line opens a block."""
    note = ["", say(language, "changes-cut"), ""]
    room = limit - len("\n".join(note)) - 1
    kept: list[str] = []
    for line in text.split("\n"):
        if len(line) + 1 > room:
            break
        kept.append(line)
        room -= len(line) + 1
    return "\n".join([*kept, *note])


def _summary(changes: list[Change], language: str, base, head, incomplete: tuple, *, diffs: bool) -> str:
    lines = [MARKER, f"## {say(language, 'changes-title')}", ""]
    if base is not None:
        shown_head = code(head) if head else say(language, "changes-working-tree")
        lines += [say(language, "changes-range", base=code(base), head=shown_head), ""]
    for revision in incomplete:
        lines += [say(language, "changes-incomplete", revision=code(revision)), ""]
    if not changes:
        return "\n".join([*lines, say(language, "changes-none"), ""])
    writer = _Writer(language, diffs)
    for kind in KIND_ORDER:
        group = [c for c in changes if c.kind == kind]
        if group:
            lines += [f"### {say(language, f'changes-heading-{kind}')}", "", *writer.kind(group), ""]
    return "\n".join(lines)


class _Writer:
    """Plain-language sentences for changes in one language."""

    def __init__(self, language: str, diffs: bool = True):
        self.language, self.diffs = language, diffs

    def say(self, key: str, **params) -> str:
        # An empty adjective ("granskad 2026-05-04") must not leave a double space.
        return " ".join(say(self.language, key, **params).split())

    def kind(self, changes: list[Change]) -> list[str]:
        lines: list[str] = []
        for entity_id in dict.fromkeys(c.id for c in changes):
            lines += self.entity([c for c in changes if c.id == entity_id])
        return lines

    def entity(self, changes: list[Change]) -> list[str]:
        first = changes[0]
        handbook = first.kind == "handbook"
        subject = f"**{inert(first.name)}**" + ("" if handbook else f" ({code(first.id)})")
        lines = []
        for change in changes:
            if change.action in ("added", "removed"):
                lines.append(f"- {self.say(f'changes-{change.action}', subject=subject)}")
            elif change.action == "moved":
                lines.append(f"- {self.say('changes-moved', subject=subject, old=change.old, new=change.new)}")
        phrases = [self.phrase(c) for c in changes if c.action not in ("added", "removed", "moved")]
        # The handbook's own settings need no subject: the heading says whose they are.
        return lines + self.bullets("" if handbook else subject, phrases)

    def bullets(self, subject: str, phrases: list[list[str]]) -> list[str]:
        if not phrases:
            return []
        if not subject:
            return [line for phrase in phrases for line in _bullet(phrase, "")]
        if len(phrases) == 1 and len(phrases[0]) == 1:
            return [f"- {subject}: {phrases[0][0]}"]
        return [f"- {subject}:", *(line for phrase in phrases for line in _bullet(phrase, "  "))]

    def phrase(self, change: Change) -> list[str]:
        """One change as a sentence; a long text adds a collapsed diff below it."""
        words = field_words(self.language, change.field)
        label, adjective = words
        show = self.show_for(change)
        if change.action == "changed" and _is_long(change.old, change.new):
            sentence = self.say("changes-value-long", adjective=adjective, label=label)
            diff = self.diff_block(change.old or "", change.new or "") if self.diffs else []
            return [self.inside(change, sentence), *diff]
        if change.action == "changed":
            sentence = self.value_sentence(change, label, adjective, show)
            return [self.inside(change, sentence)]
        item = show(change.item)
        key = f"changes-{change.action}"
        if change.action == "item-changed":
            return [self.say(key, label=label, old=show(change.old), new=show(change.new))]
        if change.action == "item-moved":
            return [self.say(key, label=label, item=item, old=change.old, new=change.new)]
        return [self.say(key, label=label, item=item)]

    def value_sentence(self, change: Change, label: str, adjective: str, show: Callable) -> str:
        if change.old is None and change.field != "scenarios":
            return self.say("changes-value-set", label=label, new=show(change.new))
        if change.new is None and change.field != "scenarios":
            return self.say("changes-value-cleared", label=label, old=show(change.old))
        return self.say("changes-value", adjective=adjective, label=label, new=show(change.new), old=show(change.old))

    def inside(self, change: Change, sentence: str) -> str:
        # A change inside a list item names the item: "punkter ”Publicera …”: ny roll …".
        if change.item is None or change.action != "changed":
            return sentence
        container = change.field.split(".")[0]
        label = field_words(self.language, container)[0]
        item = self.show(container, change.item) if container == "placeholders" else self.quote(str(change.item))
        return self.say("changes-in-item", label=label, item=item, change=sentence)

    def show_for(self, change: Change) -> Callable[[object], str]:
        return lambda value: self.show(change.field, value)

    def show(self, field: str, value) -> str:
        if isinstance(value, list):
            return self.join([self.show(field, v) for v in value])
        if value is None:
            return say(self.language, "changes-all-scenarios") if field.endswith("scenarios") else "–"
        if isinstance(value, dict):
            return self.quote(str(item_label(value)))
        if isinstance(value, Ref):
            return inert(_running_name(value)) if value.name else code(value)
        if field == "phase" and value in ("before", "during", "after"):
            return say(self.language, f"phase-{value}")
        if field == "mode" and value in ("proactive", "reactive"):
            return say(self.language, f"mode-{value}")
        if field == "placeholders":
            return code(f"{{{value}}}")
        if field in ("kind", "language", "site_url"):
            return code(value)
        if isinstance(value, str) and field not in ("reviewed",):
            return self.quote(value)
        return inert(str(value))

    def quote(self, text: str) -> str:
        text = " ".join(text.split())
        if len(text) > LONG_TEXT:
            text = text[: LONG_TEXT - 1].rstrip() + "…"
        opening, closing = ("”", "”") if self.language == "sv" else ("“", "”")
        return f"{opening}{inert(text)}{closing}"

    def join(self, words: list[str]) -> str:
        if not words:
            return say(self.language, "changes-nothing")
        if len(words) == 1:
            return words[0]
        return f"{', '.join(words[:-1])} {say(self.language, 'changes-and')} {words[-1]}"

    def diff_block(self, old: str, new: str) -> list[str]:
        diff = difflib.unified_diff(str(old).splitlines(), str(new).splitlines(), lineterm="", n=1)
        body = [line for line in diff if not line.startswith(("---", "+++", "@@"))]
        summary = say(self.language, "changes-show-diff")
        fence = fence_for(body)  # an unchanged "~~~" line must not close it
        return ["", f"<details><summary>{summary}</summary>", "", f"{fence}diff", *body, fence, "", "</details>", ""]


def _bullet(phrase: list[str], indent: str) -> list[str]:
    first, *rest = phrase
    inner = indent + "  "
    return [f"{indent}- {first}", *((inner + line) if line else "" for line in rest)]


def _is_long(old, new) -> bool:
    texts = [v for v in (old, new) if isinstance(v, str)]
    return bool(texts) and any("\n" in t.strip() or len(t) > LONG_TEXT for t in texts)


def _running_name(ref: Ref) -> str:
    """A role or audience name as it reads mid-sentence: "Webbredaktör" → "webbredaktör"."""
    name = ref.name
    first_word = name.split(" ")[0]
    if ref.kind in ("role", "audience") and len(first_word) > 1 and first_word[1:].islower():
        return name[0].lower() + name[1:]
    return name
