"""The libyaml fast path composes exactly the node tree of the pure-Python path, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ENGLISH, EXAMPLE

from krishandbok import loader

pytestmark = pytest.mark.skipif(loader._CParser is None, reason="PyYAML without libyaml")

SNIPPETS = [
    "a: 1\n", "a: ''\nb: ~\nc: null\nd:\ne: 'null'\n", "a: [x, {b: c}]\n", "- a\n- b:\n    c\n",
    "a: >-\n  x\n  y\n", "a: |+\n  x\n\n", "a: |2\n   x\n", 'a: "x\\ny"\n', "a: x\n  y\n", "? a\n: b\n", "x",
    "a: 2026-01-01\nb: 8:30\nc: no\nd: 0701234567\ne: 1.10\n", "a: {}\nb: []\n", "%YAML 1.1\n---\na: b\n...\n",
    "--- a\n", "a: b # c\n", "a: 'x''y'\n", "a:\n- b\n- c\n", "a: b\r\nc: |\r\n  x\r\n  y\r\n", "a: b\rc: d\r",
    "a: x\u2029 y\n", 'a: "x\u2028y"\n', "a: x\x85\n", "a: åäö 😀 b\nc: |\n  ÅÄÖ\n  x\n", "a: <<\n",
]
# Refused or malformed: the fast path must leave these to the exact path (which names the problem).
UNUSUAL = [
    "a: &x 1\n", "a: *x\n", "a: !!str x\n", "a: 1\n---\nb: 2\n", "", "# only a comment\n",
    "a: " + "[" * 30 + "]" * 30 + "\n", "a: 'x\n", "a: b: c\n", "a: x\x85y\n",
]


def _same(fast: yaml.Node, exact: yaml.Node, where: str) -> None:
    assert type(fast) is type(exact), where
    for attribute in ("tag", "style", "flow_style"):
        assert getattr(fast, attribute, None) == getattr(exact, attribute, None), (where, attribute)
    for name in ("start_mark", "end_mark"):
        a, b = getattr(fast, name), getattr(exact, name)
        assert (a.line, a.column, a.index) == (b.line, b.column, b.index), (where, name)
    if isinstance(fast, yaml.ScalarNode):
        assert fast.value == exact.value, where
        if fast.style in ("|", ">"):
            a, b = fast.start_mark, exact.start_mark
            assert (a.buffer, a.pointer) == (b.buffer, b.pointer), where
        return
    assert len(fast.value) == len(exact.value), where
    for index, (a, b) in enumerate(zip(fast.value, exact.value, strict=True)):
        if isinstance(a, tuple):
            _same(a[0], b[0], f"{where}/key {index}")
            _same(a[1], b[1], f"{where}/{a[0].value}")
        else:
            _same(a, b, f"{where}/{index}")


def _both(text: str) -> tuple[yaml.Node, yaml.Node]:
    exact = loader._compose_exact(text, loader._problem_factory("x.yaml", "en"))
    return loader._FastComposer(text).document(), exact


@pytest.mark.parametrize("path", sorted([*EXAMPLE.rglob("*.yaml"), *ENGLISH.rglob("*.yaml")]), ids=str)
def test_handbook_files_compose_the_same(path: Path):
    fast, exact = _both(path.read_bytes().decode("utf-8-sig"))
    _same(fast, exact, str(path))


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets_compose_the_same(text: str):
    fast, exact = _both(text)
    _same(fast, exact, repr(text))


@pytest.mark.parametrize("text", UNUSUAL)
def test_unusual_input_is_left_to_the_exact_path(text: str):
    with pytest.raises((yaml.YAMLError, loader._Unusual)):
        loader._FastComposer(text).document()


def test_a_byte_order_mark_inside_the_text_takes_the_exact_path():
    # libyaml counts U+FEFF as a column and PyYAML does not: positions would differ.
    node = loader._compose("a: b\ufeffc\n", loader._problem_factory("x.yaml", "en"))
    assert node.value[0][1].end_mark.column == 5


def test_texts_are_every_text_value_in_document_order(tmp_path):
    """What text safety reads: every value that is text (not null, not a key), with its path."""
    path = tmp_path / "x.yaml"
    path.write_text("a: ett\nb: ~\nc:\n  - två\n  - d: |\n      tre\n    e:\n", encoding="utf-8")
    document = loader.load_file(path, "x.yaml")
    assert document.texts == [(("a",), "ett"), (("c", 0), "två"), (("c", 1, "d"), "tre\n")]
    document.release_positions()
    assert document.texts == []
