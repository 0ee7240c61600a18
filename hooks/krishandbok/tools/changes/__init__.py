"""What an edit does to the plan, in plain words: `python -m krishandbok changes BASE [HEAD]`.

A reviewer (the kommunchef, say) should not have to read a YAML diff to see that
Facebook got a new backup. This module compares two versions of the handbook as
the engine reads them (so layout, comments and the short form of a checklist item
never show up as changes) and says what was added, removed, moved or changed, with
names instead of ids. The comparison is a pure function of two `Handbook`s; the
git plumbing only writes each revision's data files to a temporary folder and
reads them with the engine's strict loader. The binder's change log reuses
`changes_between` and `changes_markdown`.

`diff.py` compares, `revisions.py` reads a revision from git, `markdown.py` writes the comment.

HEAD defaults to the working tree (uncommitted edits included): locally that is what
an editor wants to check before committing, and in CI the checkout is the commit.
"""

from .diff import KIND_ORDER, Change, Ref, diff_handbooks
from .markdown import MARKER, changes_markdown
from .revisions import ChangesError, Comparison, changes_between, compare

__all__ = [
    "KIND_ORDER",
    "MARKER",
    "Change",
    "ChangesError",
    "Comparison",
    "Ref",
    "changes_between",
    "changes_markdown",
    "compare",
    "diff_handbooks",
]
