"""A scenario's `guides` are hand-written pages in `docs/` (contract rule 10).

Each guide is the file name of a page in the docs folder, without `.md`: the
scenario page links to it. The message lists the pages that exist. When the
docs folder is not known (the validator is run on a data folder without a
`docs/` beside it), guides are not checked.

PASS:

    guides: [troll-och-kritik]       # docs/troll-och-kritik.md exists

FAIL:

    guides: [troll-och-kritk]        # no docs/troll-och-kritk.md
"""

from __future__ import annotations

from collections.abc import Iterator

from ..messages import suggestion
from ..problems import Problem

ID = "unknown-guide"


def pages(docs_dir) -> list[str]:
    """The hand-written pages a guide may name: top-level Markdown files, without `.md`."""
    return sorted(path.stem for path in docs_dir.glob("*.md") if path.is_file())


def check(handbook) -> Iterator[Problem]:
    if handbook.docs_dir is None:
        return
    existing = None  # listed once, and only when some scenario names a guide
    for scenario_id, scenario in handbook.scenarios.items():
        for index, guide in enumerate(scenario.guides):
            if existing is None:
                existing = pages(handbook.docs_dir) if handbook.docs_dir.is_dir() else []
            if guide in existing:
                continue
            message = handbook.say(
                "guide-missing", id=scenario_id, guide=guide,
                pages=", ".join(existing) or handbook.say("no-pages"),
                suggestion=suggestion(handbook.language, guide, existing),
            )
            yield Problem(handbook.where(scenario, "guides", index), message, ID)
