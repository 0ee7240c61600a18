"""Turn pydantic's validation errors into positioned, plain-language problems."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from .loader import Document
from .messages import say, suggestion
from .model import ID_MAX_LENGTH, ID_PATTERN, PLACEHOLDER_PATTERN, TITLE_MAX_LENGTH, TITLE_PATTERN
from .problems import Position, Problem

RULE = "schema"


@dataclass(frozen=True)
class _DictOf:
    model: type[BaseModel] | None


def translate(
    error: ValidationError,
    *,
    document: Document,
    base: tuple,
    model: type[BaseModel],
    entity: str,
    language: str,
) -> list[Problem]:
    """One problem per pydantic error, pointing at the value, key or mapping concerned."""
    problems = []
    raw = _at(document.data, base)
    for item in error.errors(include_url=False):
        loc = _data_location(item["loc"], raw)
        where, key, params = _describe(item, loc, document, base, model, entity, language)
        problems.append(Problem(where, say(language, key, **params), RULE))
    return problems


def _at(data, path: tuple):
    for part in path:
        data = _child(data, part)
    return data


def _child(data, part):
    if isinstance(data, dict) and isinstance(part, str):
        return data.get(part)
    if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
        return data[part]
    return None


def _data_location(loc: tuple, raw) -> tuple:
    """The location without the validator names pydantic adds ("function-before[...]").

    Told apart by walking the data, not by their shape: a key the editor wrote may
    hold brackets too (`note[1]: x`).
    """
    kept = []
    for part in loc:
        written = isinstance(raw, dict) and part in raw
        if isinstance(part, str) and "[" in part and part != "[key]" and not written:
            continue
        kept.append(part)
        raw = _child(raw, part)
    return tuple(kept)


def _describe(item, loc, document, base, model, entity, language):
    kind = item["type"]
    value = item.get("input")
    ctx = item.get("ctx") or {}
    field = ".".join(p for p in loc if isinstance(p, str) and p != "[key]") or "?"
    params = {"entity": entity, "field": field, "value": _show(value)}
    path = base + tuple(p for p in loc if p != "[key]")
    at_value = document.position(path)
    if "[key]" in loc:
        return document.key_position(path), "schema-bad-placeholder-name", params
    if kind == "missing":
        hint = _description(model, loc) or field
        return _missing_position(document, path), "schema-missing", {**params, "hint": hint}
    if kind == "extra_forbidden":
        return document.key_position(path), "schema-unknown-key", _unknown_key(
            loc, model, entity, language
        )
    key, extra = _value_message(kind, value, ctx, language)
    return at_value, key, {**params, **extra}


def _value_message(kind: str, value, ctx: dict, language: str) -> tuple[str, dict]:
    if kind == "string_type":
        if value is None:
            return "schema-empty", {}
        return "schema-not-text", {"found": _found(value, language)}
    if kind == "string_too_short":
        return "schema-empty", {}
    if kind == "string_too_long" and ctx.get("max_length") == ID_MAX_LENGTH:
        return "schema-bad-id", {}
    if kind == "string_too_long":
        return "schema-bad-title", {"limit": ctx.get("max_length")}
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern")
        if pattern == ID_PATTERN:
            return "schema-bad-id", {}
        if pattern == PLACEHOLDER_PATTERN:
            return "schema-bad-placeholder-name", {}
        if pattern == TITLE_PATTERN:
            return "schema-bad-title", {"limit": TITLE_MAX_LENGTH}
        return "schema-bad-url", {}
    if kind == "list_type":
        return "schema-not-list", {}
    if kind == "too_short":
        return "schema-empty-list", {}
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "schema-not-mapping", {"found": _found(value, language)}
    if kind == "literal_error":
        expected = ctx.get("expected", "").replace("'", "").replace(" or ", ", ")
        return "schema-choice", {"expected": expected}
    if kind.startswith("int_"):
        return "schema-integer", {}
    if kind == "greater_than_equal":
        return "schema-too-small", {"limit": ctx.get("ge")}
    if kind == "less_than_equal":
        return "schema-too-large", {"limit": ctx.get("le")}
    if kind.startswith("date"):
        return "schema-date", {}
    return "schema-other", {"detail": kind}


def _missing_position(document: Document, path: tuple) -> Position:
    """A missing key is reported at the start of the mapping that should hold it."""
    parent = path[:-1]
    node = document.nodes.get(parent)
    if node is not None and getattr(node, "value", None) and isinstance(node.value, list):
        first = node.value[0]
        if isinstance(first, tuple):  # mapping: point at its first key
            mark = first[0].start_mark
            return Position(document.path, mark.line + 1, mark.column + 1)
    return document.position(parent)


def _unknown_key(loc, model, entity, language) -> dict:
    key = str(loc[-1])
    allowed = _allowed_keys(model, loc[:-1])
    return {"key": key, "entity": entity, "suggestion": suggestion(language, key, allowed),
            "allowed": ", ".join(allowed)}


def _allowed_keys(model, loc) -> list[str]:
    node = _walk(model, loc)
    return list(node.model_fields) if isinstance(node, type) else []


def _description(model, loc) -> str:
    owner = _walk(model, loc[:-1])
    if not isinstance(owner, type) or not isinstance(loc[-1], str):
        return ""
    field = owner.model_fields.get(loc[-1])
    text = (field.description or "") if field else ""
    return text[:1].lower() + text[1:].rstrip(".")


def _walk(model, loc):
    """The model class that holds the mapping found at `loc`, or None."""
    node = model
    for part in loc:
        if isinstance(node, _DictOf):
            node = node.model
            continue
        if isinstance(part, int):
            continue
        field = node.model_fields.get(part) if isinstance(node, type) else None
        if field is None:
            return None
        node = _inner(field.annotation)
    return node


def _inner(annotation):
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _inner(args[0])
    if origin in (typing.Union, types.UnionType):
        inner = [_inner(a) for a in args if a is not type(None)]
        return next((i for i in inner if i is not None), None)
    if origin is list:
        return _inner(args[0])
    if origin is dict:
        return _DictOf(_inner(args[1]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _found(value, language: str) -> str:
    if isinstance(value, list):
        return say(language, "found-list")
    if isinstance(value, dict):
        return say(language, "found-mapping")
    if value is None:
        return say(language, "found-empty")
    return say(language, "found-text")


def _show(value) -> str:
    text = value if isinstance(value, str) else ""
    return text if len(text) <= 60 else text[:57] + "..."
