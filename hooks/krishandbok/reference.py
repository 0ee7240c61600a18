"""The key reference of the editor's guide, generated from the models so it never drifts.

Every key of every file, whether it is required, its type in plain words and its
description, walked from the pydantic models in `model.py` (the same models that
validate the files and generate the JSON Schemas). Pure: models in, Markdown out.
The MkDocs hook turns `key_reference_markdown` into the page `referens.md`.

The field descriptions are written once, in Swedish; the headings, types and
column names follow `language`.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from . import model as m
from .messages import say


@dataclass(frozen=True)
class FileKind:
    """One kind of file: how it is named and which model each entry follows."""

    title: str  # the heading: a file name, or a message key
    model: type[BaseModel]
    intro: str  # message key of the sentence under the heading
    key: str = ""  # the list key of a list file


FILES = (
    FileKind("handbook.yaml", m.Settings, "reference-settings-file"),
    FileKind("roles.yaml", m.Role, "reference-list-file", "roles"),
    FileKind("audiences.yaml", m.Audience, "reference-list-file", "audiences"),
    FileKind("channels.yaml", m.Channel, "reference-list-file", "channels"),
    FileKind("levels.yaml", m.Level, "reference-list-file", "levels"),
    FileKind("scenarios.yaml", m.Scenario, "reference-list-file", "scenarios"),
    FileKind("organisations.yaml", m.Organisation, "reference-list-file", "organisations"),
    FileKind("templates/<id>.yaml", m.Template, "reference-one-file"),
    FileKind("checklists/<id>.yaml", m.Checklist, "reference-one-file"),
    FileKind("exercises/<id>.yaml", m.Exercise, "reference-one-file"),
    FileKind("reference-contacts-heading", m.Contact, "reference-contacts-file", "contacts"),
)


@dataclass(frozen=True)
class Row:
    key: str
    required: str
    type: str
    description: str


def key_reference_markdown(language: str) -> str:
    """The whole reference page: one section and one table per kind of file."""
    lines = [f"# {say(language, 'reference-title')}", "", say(language, "reference-intro"), ""]
    for kind in FILES:
        title = kind.title if "." in kind.title else say(language, kind.title)
        heading = f"`{title}`" if "." in title else title
        lines += [f"## {heading}", "", say(language, kind.intro, key=kind.key), "", *_table(kind.model, language), ""]
    return "\n".join(lines)


def rows(model: type[BaseModel], language: str, prefix: str = "") -> Iterator[Row]:
    """One row per key of `model`, followed by the keys of the entries it contains."""
    for name, info in model.model_fields.items():
        key = prefix + name
        yield Row(key, _required(info, language), _type_words(info.annotation, info.metadata, language),
                  info.description or "")
        nested, shape = _nested_model(info.annotation)
        if nested is not None:
            inner = f"{key}.{say(language, 'type-name-placeholder')}." if shape == "dict" else f"{key}."
            yield from rows(nested, language, inner)


# --------------------------------------------------------------------------- helpers


def _table(model: type[BaseModel], language: str) -> list[str]:
    header = [say(language, f"reference-{column}") for column in ("key", "required", "type", "description")]
    lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
    for row in rows(model, language):
        cells = (f"`{row.key}`", row.required, row.type, row.description)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _required(info: FieldInfo, language: str) -> str:
    if info.is_required():
        return say(language, "reference-yes")
    default = info.get_default(call_default_factory=True)
    if default in (None, [], {}):
        return say(language, "reference-no")
    return say(language, "reference-default", value=default)


def _unwrap(annotation, metadata: list) -> tuple[object, list]:
    """Strip `Annotated` and `| None`, collecting the constraints on the way."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            metadata = [*metadata, *extra]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = options[0]
        else:
            return annotation, metadata


def _type_words(annotation, metadata: list, language: str) -> str:
    annotation, metadata = _unwrap(annotation, list(metadata))
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return say(language, "type-choice", choices=", ".join(str(a) for a in typing.get_args(annotation)))
    if origin is list:
        return _list_words(typing.get_args(annotation)[0], metadata, language)
    if origin is dict:
        _, value = typing.get_args(annotation)
        if _nested_model(value)[0] is None:  # a plain map, like variants: channel id → text
            return say(language, "type-id-to-text")
        return say(language, "type-named")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return say(language, "type-mapping")
    if annotation is int:
        return _with_range(say(language, "type-integer"), metadata, language)
    if annotation is datetime.date:
        return say(language, "type-date")
    return say(language, _text_kind(metadata))


def _list_words(item, metadata: list, language: str) -> str:
    inner, inner_metadata = _unwrap(item, [])
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        has_short_form = any(hasattr(meta, "json_schema_input_type") for meta in inner_metadata)
        words = say(language, "type-list-items" if has_short_form else "type-list-entries")
    else:
        words = say(language, "type-list-id" if _text_kind(inner_metadata) == "type-id" else "type-list-text")
    minimum = next((meta.min_length for meta in metadata if isinstance(meta, annotated_types.MinLen)), 0)
    return f"{words}, {say(language, 'type-min-items', count=minimum)}" if minimum else words


def _text_kind(metadata: list) -> str:
    pattern = next((getattr(meta, "pattern", None) for meta in metadata if getattr(meta, "pattern", None)), None)
    if pattern == m.ID_PATTERN:
        return "type-id"
    if pattern == m.PLACEHOLDER_PATTERN:
        return "type-placeholder-name"
    if pattern and pattern.startswith("^http"):
        return "type-url"
    return "type-text"


def _with_range(words: str, metadata: list, language: str) -> str:
    low = next((meta.ge for meta in metadata if isinstance(meta, annotated_types.Ge)), None)
    high = next((meta.le for meta in metadata if isinstance(meta, annotated_types.Le)), None)
    if low is not None and high is not None:
        return f"{words}, {say(language, 'type-range', low=low, high=high)}"
    if low is not None:
        return f"{words}, {say(language, 'type-at-least', low=low)}"
    return words


def _nested_model(annotation) -> tuple[type[BaseModel] | None, str]:
    """The model inside a field (a mapping, a list of entries or named entries), if any."""
    annotation, _ = _unwrap(annotation, [])
    origin = typing.get_origin(annotation)
    shape, inner = "model", annotation
    if origin is list:
        shape, inner = "list", typing.get_args(annotation)[0]
    elif origin is dict:
        shape, inner = "dict", typing.get_args(annotation)[1]
    inner, _ = _unwrap(inner, [])
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return inner, shape
    return None, shape
