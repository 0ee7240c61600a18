"""`changes` on data written to attack it: a fork's commit, names that want to be Markdown.

The summary is posted as a pull-request comment with a write token, so it is read
back with GitHub's own parser (cmark-gfm) and must hold nothing the data put there
but text; a commit whose tree names `..` must not make it write outside its folder.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_changes import commit, git, repo  # noqa: F401 - the fixture

from krishandbok.tools.changes import MARKER, Change, changes_markdown, compare
from krishandbok.tools.changes.markdown import COMMENT_LIMIT

cmarkgfm = pytest.importorskip("cmarkgfm")

HOSTILE = [
    "Planner\n\n# Heading from data\n\n@octocat please merge, fixes #1",
    "x](https://evil.example/) ![i](https://evil.example/p.png) <img src=x onerror=alert(1)>",
    "<details open><script>alert(1)</script> www.evil.example and https://evil.example",
    "**bold** _it_ ~~gone~~ `code` $x^2$ &lt;b&gt; \\* [link][1]\n\n[1]: https://evil.example",
    "~~~\n</details>\n<img src=x>",
]


def _html(markdown: str) -> str:
    """What GitHub would render, raw HTML let through (GitHub filters it later; we must not need that)."""
    options = cmarkgfm.Options.CMARK_OPT_UNSAFE
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=options)


def _assert_inert(markdown: str) -> None:
    html = _html(markdown)
    assert not re.search(r"<(a|img|script|details open|h1|h4|table|del)\b", html), html
    outside_code = re.sub(r"<code[^>]*>.*?</code>", "", html, flags=re.S)  # GitHub links nothing in code
    text = re.sub(r"<[^>]+>", "", outside_code)
    assert not re.search(r"https?://evil|www\.evil", text), "a bare address GitHub would link"
    assert not re.search(r"@[A-Za-z0-9]", text), "an @mention GitHub would link"
    assert not re.search(r"#\d", text), "an issue reference GitHub would link"
    assert len(re.findall(r"<h2>", html)) == 1


@pytest.mark.parametrize("name", HOSTILE)
def test_names_and_texts_in_the_comment_stay_text(name):
    changes = [
        Change("role", "planner", "added", name=name),
        Change("role", "press-officer", "changed", "summary", "Short.", name, name=name),
        Change("template", "first-message", "changed", "body", "Line one\n~~~\nsame\n" + name,
               "Line two\n~~~\nsame\n" + name + "\n~~~~ more", name=name),
        Change("checklist", "first-hour", "item-added", "items", item=name, name=name),
    ]
    markdown = changes_markdown(changes, "en", base="main\n# x", head="@octocat")
    assert markdown.startswith(MARKER + "\n")
    _assert_inert(markdown)


def test_the_comment_is_bounded_and_summarised():
    changes = [Change("role", f"role-{n}", "added", name="A name " * 20) for n in range(1000)]
    changes += [Change("template", f"t-{n}", "changed", "body", "old\n" * 500, "new\n" * 500, name="T")
                for n in range(100)]
    markdown = changes_markdown(changes, "en")
    assert len(markdown) <= COMMENT_LIMIT
    assert "more changes than a comment can hold" in markdown
    assert markdown.startswith(MARKER)
    _assert_inert(markdown)


def test_a_tree_with_dot_dot_entries_writes_nothing_outside(repo, tmp_path, monkeypatch):  # noqa: F811
    """A commit made with `git mktree`, as a fork could push it: data/../../../escaped.yaml."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))  # changes' folder: temporary/krishandbok-*/data
    data_tree = git(repo, "rev-parse", "HEAD:data").strip()
    blob = subprocess.run(["git", "-C", str(repo), "hash-object", "-w", "--stdin"], input=b"roles: []\n",
                          capture_output=True, check=True).stdout.decode().strip()
    tree = _mktree(repo, f"100644 blob {blob}\tescaped.yaml\n")
    for _ in range(3):
        tree = _mktree(repo, f"040000 tree {tree}\t..\n")
    listing = git(repo, "ls-tree", data_tree)
    data_with_dots = _mktree(repo, listing + f"040000 tree {tree}\t..\n")
    root_tree = _mktree(repo, f"040000 tree {data_with_dots}\tdata\n")
    hostile = git(repo, "commit-tree", root_tree, "-p", "HEAD", "-m", "from a fork").strip()
    assert "data/../../../../escaped.yaml" in git(repo, "ls-tree", "-r", "--name-only", hostile)

    comparison = compare(repo, "HEAD", hostile, "data")

    assert not list(tmp_path.rglob("escaped.yaml")), "written outside the temporary folder"
    assert comparison.changes == []


def _mktree(repository: Path, entries: str) -> str:
    result = subprocess.run(["git", "-C", str(repository), "mktree"], input=entries.encode(), capture_output=True,
                            check=True)
    return result.stdout.decode().strip()
