"""Text from YAML never becomes markup (contract: text fields).

Text fields accept a small Markdown subset: emphasis, lists and links to
`https:`, `mailto:` and `tel:`. Raw HTML, attribute blocks such as
`{: onclick=... }` and links with any other scheme (`javascript:`, `http:`,
relative paths) are errors, pointed at the character where they start.

PASS:

    description: Ring [113 13](tel:11313) eller läs på [krisinformation.se](https://www.krisinformation.se).

FAIL:

    description: <b>Viktigt</b> [klicka](javascript:alert(1))
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..text import may_hold_markup, unsafe_markup

ID = "text-safety"


def check(handbook) -> Iterator[Problem]:
    # A template's outgoing text may hold no markup at all: rule 9 (outgoing-text) says so.
    outgoing = {id(t._origin.document) for t in handbook.templates.values()}
    for document in handbook.documents:
        for path, value in document.texts:
            if id(document) in outgoing and path[:1] in (("body",), ("variants",)):
                continue
            if not may_hold_markup(value):  # nearly every text: spares a call per text
                continue
            for unsafe in unsafe_markup(value):
                message = handbook.say(f"unsafe-{unsafe.kind}", found=unsafe.found)
                yield Problem(document.text_position(path, unsafe.offset), message, ID)

