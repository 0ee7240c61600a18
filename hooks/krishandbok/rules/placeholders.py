"""Placeholders are declared exactly when used (contract rule 8).

Every `{name}` in a template's body is declared under `placeholders` with a
description and an example, every declared placeholder is used, and no other
curly braces appear in the body. An example may not exceed the placeholder's
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

ID = "placeholders"


def check(handbook) -> Iterator[Problem]:
    for template_id, template in handbook.templates.items():
        yield from _check_body(handbook, template_id, template)
        yield from _check_declared(handbook, template_id, template)


def _check_body(handbook, template_id, template) -> Iterator[Problem]:
    body = template._origin.document.nodes[("body",)].value
    for offset, inner in placeholder_spans(body):
        if _is_attribute_block(inner):
            continue  # reported by text-safety
        if not PLACEHOLDER_NAME.match(inner):
            message = handbook.say("placeholder-invalid", id=template_id, found="{" + inner + "}")
        elif inner not in template.placeholders:
            message = handbook.say("placeholder-undeclared", id=template_id, name=inner)
        else:
            continue
        yield Problem(handbook.where_in_text(template, ("body",), offset), message, ID)
    for offset in stray_braces(body):
        message = handbook.say("placeholder-invalid", id=template_id, found=body[offset])
        yield Problem(handbook.where_in_text(template, ("body",), offset), message, ID)


def _is_attribute_block(inner: str) -> bool:
    return inner.lstrip()[:1] in (":", "#", ".") or "=" in inner


def _check_declared(handbook, template_id, template) -> Iterator[Problem]:
    used = {inner for _, inner in placeholder_spans(template.body)}
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
