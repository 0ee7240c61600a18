"""Placeholders are declared exactly when used (contract rule 8).

Every `{name}` in a template's body or in one of its `variants` is declared
under `placeholders` with a description and an example, every declared
placeholder is used in the body or in at least one variant, and no other
curly braces appear in the outgoing text. An example may not exceed the placeholder's
own `max_length`.

PASS:

    placeholders:
      nasta:
        description: När nästa uppdatering kommer
        example: "15.00"
    body: Nästa uppdatering kommer kl. {nasta}.

FAIL:

    body: Vi arbetar med {Händelse}.   # not a valid name, and not declared
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import Problem
from ..text import PLACEHOLDER_NAME, placeholder_spans, stray_braces
from .outgoing_text import outgoing_paths

ID = "placeholders"


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        for path, _ in outgoing_paths(template):
            yield from _check_text(handbook, template_id, template, path)
        yield from _check_declared(handbook, template_id, template)


def _check_text(handbook, template_id, template, path: tuple) -> Iterator[Problem]:
    # The text as written in the file (not stripped), so offsets match positions.
    node = template._origin.document.nodes.get(template._origin.base + path)
    body = node.value if node is not None else dict(outgoing_paths(template))[path]
    for offset, inner in placeholder_spans(body):
        if _is_attribute_block(inner):
            continue  # reported by text-safety
        if not PLACEHOLDER_NAME.match(inner):
            message = handbook.say("placeholder-invalid", id=template_id, found="{" + inner + "}")
        elif inner not in template.placeholders:
            message = handbook.say("placeholder-undeclared", id=template_id, name=inner)
        else:
            continue
        yield Problem(handbook.where_in_text(template, path, offset), message, ID)
    for offset in stray_braces(body):
        message = handbook.say("placeholder-invalid", id=template_id, found=body[offset])
        yield Problem(handbook.where_in_text(template, path, offset), message, ID)


def _is_attribute_block(inner: str) -> bool:
    return inner.lstrip()[:1] in (":", "#", ".") or "=" in inner


def _check_declared(handbook, template_id, template) -> Iterator[Problem]:
    used = {inner for _, text in outgoing_paths(template) for _, inner in placeholder_spans(text)}
    for name, placeholder in template.placeholders.items():
        if name not in used:
            message = handbook.say("placeholder-unused", id=template_id, name=name)
            yield Problem(handbook.where_key(template, "placeholders", name), message, ID)
        limit = placeholder.max_length
        if limit is not None and len(placeholder.example) > limit:
            message = handbook.say(
                "placeholder-example-too-long",
                id=template_id, name=name, length=len(placeholder.example), limit=limit,
            )
            yield Problem(handbook.where(template, "placeholders", name, "example"), message, ID)
