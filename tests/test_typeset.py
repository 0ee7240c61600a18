"""Typst layouts and the join of parts, each in a worker process (krishandbok.typeset)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from krishandbok.typeset import Bookmark, TypesetError, Typesetter, bookmarks_of, page_count

PAGES = b"""
#let data = json(bytes(sys.inputs.data))
#set document(title: data.title)
#set text(lang: "en")
#for (number, line) in data.lines.enumerate() {
  if number > 0 { pagebreak() }
  heading(line)
  [#line]
}
"""


@pytest.fixture
def typesetter(tmp_path: Path) -> Typesetter:
    return Typesetter(tmp_path, {"pages.typ": PAGES, "broken.typ": b"#let x = (\n"})


def test_a_layout_is_compiled_with_the_data_as_text(typesetter: Typesetter):
    pdf = typesetter.compile("pages.typ", {"title": "T", "lines": ["#set page(width: 1cm)", "*not bold*"]})
    texts = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(texts) == 2 and "#set page(width: 1cm)" in texts[0] and "*not bold*" in texts[1]
    assert typesetter.warnings == []
    assert typesetter.peak_bytes > 0  # the worker said what it held


def test_a_broken_layout_is_one_error_naming_the_layout(typesetter: Typesetter):
    with pytest.raises(TypesetError) as raised:
        typesetter.compile("broken.typ", {})
    assert str(raised.value).startswith("broken.typ: ") and "Traceback" not in str(raised.value)


def test_the_layouts_cannot_read_outside_their_folder(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for print", encoding="utf-8")
    layouts = {"peek.typ": b'#read("../../secret.txt")', "own.typ": b'#read("own.typ")'}
    typesetter = Typesetter(tmp_path / "work", layouts)
    assert page_count(typesetter.compile("own.typ", {}, standards=[])) == 1  # its own folder: readable
    with pytest.raises(TypesetError) as raised:
        typesetter.compile("peek.typ", {}, standards=[])
    assert "root" in str(raised.value)


def test_parts_are_joined_in_order_with_the_bookmarks_given(typesetter: Typesetter):
    first = typesetter.compile("pages.typ", {"title": "Joined", "lines": ["One", "Two"]})
    second = typesetter.compile("pages.typ", {"title": "Other", "lines": ["Three"]})
    marks = [Bookmark(1, "One", 0), Bookmark(2, "Two", 1), Bookmark(1, "Three", 2)]
    joined = typesetter.join([first, second], marks)
    assert page_count(joined) == 3
    assert [page.extract_text().strip() for page in PdfReader(joined).pages] == ["One\nOne", "Two\nTwo",
                                                                                "Three\nThree"]
    assert bookmarks_of(joined) == marks
    root = PdfReader(joined).trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/Lang"] == "en"  # the first part's catalog


def test_a_missing_part_is_an_error_not_a_traceback(typesetter: Typesetter, tmp_path: Path):
    with pytest.raises(TypesetError) as raised:
        typesetter.join([tmp_path / "nowhere.pdf"], [])
    assert str(raised.value).startswith("join: ")


def test_typsts_warnings_are_kept_with_the_layouts_name(tmp_path: Path):
    typesetter = Typesetter(tmp_path, {"font.typ": b'#text(font: "No Such Font")[x]'})
    typesetter.compile("font.typ", {}, standards=[])
    assert len(typesetter.warnings) == 1 and typesetter.warnings[0].startswith("font.typ: ")
    assert "No Such Font".lower() in typesetter.warnings[0].lower()
