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


def check(handbook) -> Iterator[Problem]:
    if handbook.docs_dir is None:
        return
    existing = sorted(handbook.guides)  # read with the handbook (krishandbok.guides)
    for scenario_id, scenario in handbook.scenarios.items():
        for index, guide in enumerate(scenario.guides):
            if guide in existing:
                continue
            message = handbook.say(
                "guide-missing", id=scenario_id, guide=guide,
                pages=", ".join(existing) or handbook.say("no-pages"),
                suggestion=suggestion(handbook.language, guide, existing),
            )
            yield Problem(handbook.where(scenario, "guides", index), message, ID)
