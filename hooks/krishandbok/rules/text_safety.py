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
from ..text import unsafe_markup

ID = "text-safety"


def check(handbook) -> Iterator[Problem]:
    for document in handbook.documents:
        for path, value in _texts(document.data, ()):
            for unsafe in unsafe_markup(value):
                message = handbook.say(f"unsafe-{unsafe.kind}", found=unsafe.found)
                yield Problem(document.text_position(path, unsafe.offset), message, ID)


def _texts(data, path, found=None) -> list[tuple[tuple, str]]:
    """(path, text) for every text value, in document order (a list: no generator per value)."""
    found = [] if found is None else found
    if isinstance(data, str):
        found.append((path, data))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            _texts(item, path + (index,), found)
    elif isinstance(data, dict):
        for key, item in data.items():
            _texts(item, path + (key,), found)
    return found
