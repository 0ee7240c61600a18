r"""Strict YAML loading that keeps every node's position.

PyYAML is used only to scan, parse and compose the node tree; we build the
Python values ourselves so that nothing is ever converted behind the writer's
back: every scalar stays the text it was written as (`no`, `8:30`,
`0701234567`, `1.10`), and the models decide what a field may hold.

Refused, each with a position: duplicate keys, anchors and aliases (so no
alias bombs), explicit tags, merge keys, several documents, empty files,
bytes that are not UTF-8, tabs, nesting deeper than MAX_DEPTH and files
larger than MAX_BYTES (checked before the file is read). Refused in every key and
value, however it was written (`"\e"`, `"\0"` and `"\x07"` are YAML escapes for
what is refused raw): control characters, which would rewrite the terminal of
whoever reads a message that quotes the value. Limited, so that every later step
stays fast: a text holds at most MAX_TEXT characters, a list at most MAX_ITEMS items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .messages import say

try:  # libyaml scans and parses ~20x faster; without it the pure-Python path does all the work
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None
from .problems import Position, Problem

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
MAX_TEXT = 10_000  # characters in one value: five times the longest text a handbook needs
MAX_ITEMS = 2_000  # items in one list: a regional handbook has a few hundred roles; the 50x benchmark 1 050
# C0 controls but the line feed, DEL and the C1 controls (U+0085 NEL among them).
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
NULL_TAG = "tag:yaml.org,2002:null"
RULE = "yaml"

PathKey = tuple  # a path into the data: ("channels", 3, "backup")


class LoadError(Exception):
    """A file that cannot be read as handbook YAML, with the problems that say why."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems[0].message if problems else "load error")
        self.problems = problems


@dataclass
class Document:
    """One loaded file: its plain data plus the node of every value and key, and its texts."""

    path: str
    data: object
    problems: list[Problem] = field(default_factory=list)  # found, but the data is usable
    nodes: dict[PathKey, yaml.Node] = field(default_factory=dict, repr=False)
    keys: dict[PathKey, yaml.Node] = field(default_factory=dict, repr=False)
    # (path, text) of every text value in document order, gathered while building: the
    # rules that read all text need not walk the data again (a 50x handbook has 100 000).
    texts: list[tuple[PathKey, str]] = field(default_factory=list, repr=False)

    def release_positions(self) -> None:
        """Drop the node trees once no more messages will be written: they are most of
        a handbook's objects. Positions asked for afterwards fall back to line 1."""
        self.nodes = {}
        self.keys = {}
        self.texts = []

    def position(self, path: PathKey = ()) -> Position:
        """Where the value at `path` starts, or its nearest written ancestor."""
        path = tuple(path)
        while path not in self.nodes and path:
            path = path[:-1]
        return _mark_position(self.path, self.nodes[path].start_mark) if path in self.nodes \
            else Position(self.path, 1, 1)

    def key_position(self, path: PathKey) -> Position:
        """Where the key of the mapping entry at `path` starts (falls back to the value)."""
        node = self.keys.get(tuple(path))
        return _mark_position(self.path, node.start_mark) if node else self.position(path)

    def text_position(self, path: PathKey, offset: int) -> Position:
        """Where character `offset` of a text value stands in the file.

        Exact for block literals (`|`) and single-line plain or quoted text;
        otherwise the start of the value.
        """
        node = self.nodes.get(tuple(path))
        if not isinstance(node, yaml.ScalarNode):
            return self.position(path)
        before = node.value[:offset]
        line_index = before.count("\n")
        column_index = len(before) - (before.rfind("\n") + 1)
        start = node.start_mark
        if node.style == "|":
            indent = _block_indent(node)
            return Position(self.path, start.line + 2 + line_index, indent + column_index + 1)
        if line_index == 0 and node.start_mark.line == node.end_mark.line:
            quote = 1 if node.style in ("'", '"') else 0
            return Position(self.path, start.line + 1, start.column + 1 + quote + column_index)
        return self.position(path)


def load_file(path: Path, display: str, language: str = "sv") -> Document:
    """Read and compose one YAML file strictly.

    Raises LoadError when the file cannot be read at all; problems that leave the
    data usable (duplicate or merge keys: the first value is kept) are returned in
    `Document.problems`, so that the rest of the file is still checked.
    """
    problem = _problem_factory(display, language)
    raw = _read_bounded(path, problem)
    text = _decode(raw, problem)
    tabs = _tab_problems(text, problem)
    if tabs:
        raise LoadError(tabs)
    root = _compose(text, problem)
    document = Document(display, None)
    refused: list[Problem] = []
    document.data = _build(root, (), document, _Recorder(problem, document.problems, refused))
    if refused:  # the file is not read: no later step may see such a value
        raise LoadError(refused)
    return document


def _read_bounded(path: Path, problem) -> bytes:
    """The file's bytes, never more than MAX_BYTES + 1 of them in memory."""
    with path.open("rb") as stream:
        raw = stream.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            size = max(path.stat().st_size, len(raw))
            raise LoadError([problem(1, 1, "yaml-too-large", size=size // 1024, limit=MAX_BYTES // 1024)])
    return raw


# --------------------------------------------------------------------------- helpers


def _problem_factory(display: str, language: str):
    def problem(line: int, column: int, message_key: str, **params) -> Problem:
        return Problem(Position(display, line, column), say(language, message_key, **params), RULE)

    return problem


class _Recorder:
    """Records problems at marks: mapping problems leave the data usable, refusals do not.

    Either kind is reported all at once, for the whole file.
    """

    def __init__(self, problem, found: list[Problem], refused: list[Problem]):
        self.problem, self.found, self.refused = problem, found, refused

    def __call__(self, mark, message_key: str, **params) -> None:
        self.found.append(self.problem(mark.line + 1, mark.column + 1, message_key, **params))

    def refuse(self, mark, message_key: str, **params) -> None:
        self.refused.append(self.problem(mark.line + 1, mark.column + 1, message_key, **params))

    def check_text(self, node: yaml.ScalarNode) -> None:
        value = node.value
        if len(value) > MAX_TEXT:
            self.refuse(node.start_mark, "yaml-text-too-long", length=len(value), limit=MAX_TEXT)
        control = CONTROL.search(value)
        if control:
            code = f"U+{ord(control.group()):04X}"
            self.refuse(_offset_mark(node, control.start()), "yaml-control-character", code=code)

    def check_list(self, node: yaml.SequenceNode) -> None:
        if len(node.value) > MAX_ITEMS:
            self.refuse(node.start_mark, "yaml-too-many-items", count=len(node.value), limit=MAX_ITEMS)


def _offset_mark(node: yaml.ScalarNode, offset: int):
    r"""The mark of character `offset` of a one-line plain value; else the value's start.

    (In a quoted value an escape such as `\e` is longer in the file than in the value.)
    """
    start = node.start_mark
    if node.style is None and start.line == node.end_mark.line:
        return yaml.Mark(start.name, start.index + offset, start.line, start.column + offset, None, None)
    return start


def _mark_position(path: str, mark) -> Position:
    return Position(path, mark.line + 1, mark.column + 1)


def _decode(raw: bytes, problem) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        head = raw[: error.start]
        line = head.count(b"\n") + 1
        column = len(head[head.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise LoadError([problem(line, column, "yaml-not-utf8")]) from None
    if not text.strip():
        raise LoadError([problem(1, 1, "yaml-empty")])
    return text


def _tab_problems(text: str, problem) -> list[Problem]:
    if "\t" not in text:  # nearly every file: no need to split it into lines
        return []
    found = []
    # Lines as YAML counts them: str.splitlines() would also break at a form feed.
    for number, line in enumerate(text.split("\n"), start=1):
        column = line.find("\t")
        if column >= 0:
            found.append(problem(number, column + 1, "yaml-tab"))
    return found


class _Refused(Exception):
    def __init__(self, mark, key: str, **params):
        super().__init__(key)
        self.mark, self.key, self.params = mark, key, params


class _StrictComposer(yaml.SafeLoader):
    """SafeLoader's scanner and parser; composition refuses what we don't allow."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, "yaml-alias", name=event.anchor)
        if getattr(event, "anchor", None):
            raise _Refused(event.start_mark, "yaml-anchor", name=event.anchor)
        if getattr(event, "tag", None) is not None:
            raise _Refused(event.start_mark, "yaml-tag", tag=_short_tag(event.tag))
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(event.start_mark, "yaml-too-deep", limit=MAX_DEPTH)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _compose(text: str, problem) -> yaml.Node:
    """The node tree of one document; refusals and syntax errors raise LoadError.

    Fast path: libyaml's events composed here. Anything it does not accept as an
    ordinary, allowed document goes to the exact path (PyYAML's pure-Python
    scanner), which alone decides what is wrong and how to say it.
    """
    if _CParser is not None and "\ufeff" not in text:  # libyaml counts a BOM as a column
        try:
            return _FastComposer(text).document()
        except (yaml.YAMLError, _Unusual):
            pass
    return _compose_exact(text, problem)


def _compose_exact(text: str, problem) -> yaml.Node:
    loader = None
    try:
        loader = _StrictComposer(text)
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            raise LoadError([problem(1, 1, "yaml-empty")])
        root = loader.compose_document()
        if not loader.check_event(yaml.StreamEndEvent):
            mark = loader.peek_event().start_mark
            raise LoadError([problem(mark.line + 1, mark.column + 1, "yaml-several-documents")])
        return root
    except _Refused as refused:
        mark = refused.mark
        raise LoadError([problem(mark.line + 1, mark.column + 1, refused.key, **refused.params)]) from None
    except yaml.MarkedYAMLError as error:
        raise LoadError([_syntax_problem(error, problem)]) from None
    except yaml.reader.ReaderError as error:
        line, column = _offset_to_line_column(text, error.position)
        raise LoadError([problem(line, column, "yaml-bad-character", code=f"U+{error.character:04X}")]) from None
    finally:
        if loader is not None:
            loader.dispose()


class _Unusual(Exception):
    """Not a single ordinary document: leave the verdict to the exact path."""


_RESOLVER = yaml.resolver.Resolver()
_SEQUENCE_TAG = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_MAPPING_TAG = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_TEXT_TAG = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
# First characters (and "" for the empty value) that an implicit resolver may claim; None: any.
_RESOLVED_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)
_ANY_FIRST = None in _RESOLVED_FIRST


class _FastComposer:
    """The node tree `_StrictComposer` builds, from libyaml's events.

    Same nodes, tags, styles and marks (libyaml counts lines, columns and
    indexes in characters, as PyYAML does); block scalars get a mark that holds
    the text, like PyYAML's, so `_block_indent` can read it.
    """

    def __init__(self, text: str):
        self.buffer = text + "\0"  # what PyYAML's marks hold
        self.parser = _CParser(text)
        self.next = self.parser.get_event

    def document(self) -> yaml.Node:
        try:
            self._expect(yaml.StreamStartEvent)
            self._expect(yaml.DocumentStartEvent)
            root = self._node(self.next(), 1)
            self._expect(yaml.DocumentEndEvent)
            self._expect(yaml.StreamEndEvent)
            return root
        finally:
            self.parser.dispose()

    def _expect(self, kind) -> None:
        if type(self.next()) is not kind:
            raise _Unusual()

    def _node(self, event, depth: int) -> yaml.Node:
        kind = type(event)
        if kind is yaml.AliasEvent or event.anchor or event.tag is not None or depth > MAX_DEPTH:
            raise _Unusual()
        if kind is yaml.ScalarEvent:
            return self._scalar(event)
        if kind is yaml.SequenceStartEvent:
            return self._sequence(event, depth)
        if kind is yaml.MappingStartEvent:
            return self._mapping(event, depth)
        raise _Unusual()

    def _scalar(self, event) -> yaml.ScalarNode:
        # Only plain scalars are resolved (null, bool, int ...); others are text, as in PyYAML.
        value = event.value
        tag = _TEXT_TAG
        if event.implicit[0] and (_ANY_FIRST or value[:1] in _RESOLVED_FIRST):  # as the resolver looks up
            tag = _RESOLVER.resolve(yaml.ScalarNode, value, event.implicit)
        style = event.style or None  # libyaml says "" for plain, PyYAML None
        start = event.start_mark
        if style == "|" or style == ">":
            start = yaml.Mark(start.name, start.index, start.line, start.column, self.buffer, start.index)
        return yaml.ScalarNode(tag, value, start, event.end_mark, style)

    def _sequence(self, start, depth: int) -> yaml.SequenceNode:
        items = []
        event = self.next()
        while type(event) is not yaml.SequenceEndEvent:
            items.append(self._node(event, depth + 1))
            event = self.next()
        return yaml.SequenceNode(_SEQUENCE_TAG, items, start.start_mark, event.end_mark, start.flow_style)

    def _mapping(self, start, depth: int) -> yaml.MappingNode:
        pairs = []
        event = self.next()
        while type(event) is not yaml.MappingEndEvent:
            key = self._node(event, depth + 1)
            value = self._node(self.next(), depth + 1)
            if type(value) is yaml.SequenceNode and value.flow_style is False \
                    and value.start_mark.column == key.start_mark.column:
                value.flow_style = None  # PyYAML's "indentless" sequence: `- ` level with the key
            pairs.append((key, value))
            event = self.next()
        return yaml.MappingNode(_MAPPING_TAG, pairs, start.start_mark, event.end_mark, start.flow_style)


def _offset_to_line_column(text: str, offset: int) -> tuple[int, int]:
    head = text[:offset]
    return head.count("\n") + 1, offset - (head.rfind("\n") + 1) + 1


def _syntax_problem(error: yaml.MarkedYAMLError, problem) -> Problem:
    # At the end of the file the cause is where the unfinished thing started.
    at_end = error.problem_mark is not None and error.problem_mark.pointer >= len(error.problem_mark.buffer or "") - 1
    mark = error.context_mark if (at_end and error.context_mark) else (error.problem_mark or error.context_mark)
    detail = " ".join(filter(None, [error.context, error.problem]))
    key = next((key for fragment, key in _SYNTAX_HINTS if fragment in detail), "yaml-syntax")
    return problem(mark.line + 1, mark.column + 1, key, detail=detail)


# PyYAML's wording → a plain explanation (the original stays in the message).
_SYNTAX_HINTS = (
    ("quoted scalar", "yaml-syntax-quote"),
    ("mapping values are not allowed", "yaml-syntax-colon"),
    ("could not find expected ':'", "yaml-syntax-missing-colon"),
    ("expected <block end>", "yaml-syntax-indent"),
    ("did not find expected key", "yaml-syntax-indent"),
    ("did not find expected '-' indicator", "yaml-syntax-indent"),
    ("cannot start any token", "yaml-syntax-character"),
)


def _build(node: yaml.Node, path: PathKey, document: Document, record) -> object:
    """Turn a node into plain data: str/None scalars, lists and dicts with str keys."""
    document.nodes[path] = node
    if isinstance(node, yaml.ScalarNode):
        if node.style is None and node.tag == NULL_TAG:
            return None
        record.check_text(node)
        document.texts.append((path, node.value))
        return node.value
    if isinstance(node, yaml.SequenceNode):
        record.check_list(node)
        return [
            _build(child, path + (index,), document, record) for index, child in enumerate(node.value)
        ]
    return _build_mapping(node, path, document, record)


def _build_mapping(node: yaml.MappingNode, path: PathKey, document: Document, record) -> dict:
    result: dict[str, object] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            record(key_node.start_mark, "yaml-complex-key")
            continue
        key = key_node.value
        record.check_text(key_node)
        if key == "<<" and key_node.style is None:
            record(key_node.start_mark, "yaml-merge-key")
            continue
        if key in result:
            first = document.keys[path + (key,)].start_mark.line + 1
            record(key_node.start_mark, "yaml-duplicate-key", key=key, first=first)
            continue
        document.keys[path + (key,)] = key_node
        result[key] = _build(value_node, path + (key,), document, record)
    return result


def _block_indent(node: yaml.ScalarNode) -> int:
    """Indentation of a literal block's content, read from the first content line."""
    buffer = node.start_mark.buffer
    if buffer is None:
        return node.start_mark.column
    start = buffer.find("\n", node.start_mark.index) + 1
    line = buffer[start : buffer.find("\n", start)]
    return len(line) - len(line.lstrip(" "))
