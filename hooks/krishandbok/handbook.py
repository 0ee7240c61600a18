"""Read a data directory into a `Handbook`: every file loaded strictly, every entity checked
against its model, with the origin of each entity kept for later messages.

Entities that fail their model are left out and their ids remembered, so that
other files' references to them are not reported a second time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import model as m
from .loader import Document, LoadError, load_file
from .messages import say
from .problems import Position, Problem
from .schema_errors import translate


@dataclass(frozen=True)
class ListFile:
    """A file that holds one list of entities under a single key."""

    kind: str
    name: str
    key: str
    model: type[m.Entity]
    optional: bool = False  # a missing optional file is an empty list


LIST_FILES = (
    ListFile("role", "roles.yaml", "roles", m.Role),
    ListFile("audience", "audiences.yaml", "audiences", m.Audience),
    ListFile("channel", "channels.yaml", "channels", m.Channel),
    ListFile("level", "levels.yaml", "levels", m.Level),
    ListFile("scenario", "scenarios.yaml", "scenarios", m.Scenario),
    ListFile("organisation", "organisations.yaml", "organisations", m.Organisation, optional=True),
)
# Every folder is optional as a folder; the coverage rules say when templates or checklists are missing.
FOLDERS = {
    "template": ("templates", m.Template),
    "checklist": ("checklists", m.Checklist),
    "exercise": ("exercises", m.Exercise),
}
KINDS = tuple(f.kind for f in LIST_FILES) + tuple(FOLDERS)


@dataclass(frozen=True)
class Origin:
    document: Document
    base: tuple


@dataclass
class Handbook:
    """The validated content, in file order, with where each entity was written."""

    data_dir: Path
    display_dir: str
    language: str = "sv"
    today: datetime.date = field(default_factory=datetime.date.today)
    settings: m.Settings | None = None
    roles: dict[str, m.Role] = field(default_factory=dict)
    audiences: dict[str, m.Audience] = field(default_factory=dict)
    channels: dict[str, m.Channel] = field(default_factory=dict)
    levels: dict[str, m.Level] = field(default_factory=dict)
    scenarios: dict[str, m.Scenario] = field(default_factory=dict)
    templates: dict[str, m.Template] = field(default_factory=dict)
    checklists: dict[str, m.Checklist] = field(default_factory=dict)
    organisations: dict[str, m.Organisation] = field(default_factory=dict)
    exercises: dict[str, m.Exercise] = field(default_factory=dict)
    docs_dir: Path | None = None  # the hand-written pages (scenario guides); None: not known
    guides: dict[str, str] = field(default_factory=dict)  # page name in docs_dir → its title
    documents: list[Document] = field(default_factory=list)
    # ids whose entity failed its model, per kind; kinds whose file could not be read
    broken: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    unreadable: set[str] = field(default_factory=set)

    def of_kind(self, kind: str) -> dict[str, m.Entity]:
        return getattr(self, _PLURAL[kind])

    @property
    def complete(self) -> bool:
        """True when every file was read and every entity matched its model."""
        return not self.unreadable and not any(self.broken.values())

    def where(self, entity: m.Entity, *path) -> Position:
        origin: Origin = entity._origin
        return origin.document.position(origin.base + path)

    def where_key(self, entity: m.Entity, *path) -> Position:
        origin: Origin = entity._origin
        return origin.document.key_position(origin.base + path)

    def where_in_text(self, entity: m.Entity, path: tuple, offset: int) -> Position:
        origin: Origin = entity._origin
        return origin.document.text_position(origin.base + path, offset)

    def release_positions(self) -> None:
        """After validation, for a long run (a build): see Document.release_positions."""
        for document in self.documents:
            document.release_positions()

    def source_file(self, entity: m.Entity) -> Path:
        """The file an entity comes from, relative to the data directory."""
        origin: Origin = entity._origin
        return Path(origin.document.path).relative_to(self.display_dir)

    def say(self, message_key: str, /, **params) -> str:
        return say(self.language, message_key, **params)

    def label(self, kind: str, entity_id: str) -> str:
        return self.say(f"entity-{kind}", id=entity_id)


_PLURAL = {"role": "roles", "audience": "audiences", "channel": "channels", "level": "levels",
           "scenario": "scenarios", "template": "templates", "checklist": "checklists",
           "organisation": "organisations", "exercise": "exercises"}


def read_handbook(data_dir: Path, display_dir: str | None = None) -> tuple[Handbook, list[Problem]]:
    """Load and shape-check every file of a handbook; collect every problem found."""
    display_dir = display_dir if display_dir is not None else str(data_dir)
    handbook = Handbook(data_dir, display_dir.rstrip("/") or ".")
    problems: list[Problem] = []
    _read_settings(handbook, problems)
    for spec in LIST_FILES:
        _read_list_file(handbook, spec, problems)
    for kind, (folder, model) in FOLDERS.items():
        _read_folder(handbook, kind, folder, model, problems)
    return handbook, problems


# --------------------------------------------------------------------------- helpers


def _display(handbook: Handbook, relative: str) -> str:
    return f"{handbook.display_dir}/{relative}"


def _load(handbook: Handbook, relative: str, problems: list[Problem]) -> Document | None:
    path = handbook.data_dir / relative
    display = _display(handbook, relative)
    if not path.is_file():
        problems.append(Problem(Position(display), handbook.say("file-missing", name=relative), "file"))
        return None
    try:
        document = load_file(path, display, handbook.language)
    except LoadError as error:
        problems.extend(error.problems)
        return None
    problems.extend(document.problems)
    handbook.documents.append(document)
    return document


def _read_settings(handbook: Handbook, problems: list[Problem]) -> None:
    document = _load(handbook, "handbook.yaml", problems)
    if document is None:
        return
    if isinstance(document.data, dict) and document.data.get("language") in ("sv", "en"):
        handbook.language = document.data["language"]
    entity = handbook.say("entity-handbook")
    settings = _validate(handbook, document, (), m.Settings, document.data, entity, problems)
    handbook.settings = settings


def _read_list_file(handbook: Handbook, spec: ListFile, problems: list[Problem]) -> None:
    if spec.optional and not (handbook.data_dir / spec.name).exists():
        return
    document = _load(handbook, spec.name, problems)
    items = _root_list(handbook, document, spec.key, problems) if document else None
    if items is None:
        handbook.unreadable.add(spec.kind)
        return
    entities = handbook.of_kind(spec.kind)
    for index, raw in enumerate(items):
        base = (spec.key, index)
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        entity = _validate(
            handbook, document, base, spec.model, raw, _entity_label(handbook, spec.kind, raw_id, index), problems
        )
        if entity is None:
            if isinstance(raw_id, str):
                handbook.broken[spec.kind].add(raw_id)
            continue
        _add(handbook, spec.kind, entity, entities, problems)


def _root_list(handbook: Handbook, document: Document, key: str, problems: list[Problem]):
    data = document.data
    if not isinstance(data, dict) or key not in data:
        problems.append(Problem(document.position(), handbook.say("schema-root-mapping", key=key), "schema"))
        return None
    for extra in data:
        if extra != key:
            message = handbook.say(
                "schema-unknown-key", key=extra, entity=document.path, suggestion="", allowed=key
            )
            problems.append(Problem(document.key_position((extra,)), message, "schema"))
    if not isinstance(data[key], list):
        message = handbook.say("schema-not-list", field=key, entity=document.path)
        problems.append(Problem(document.position((key,)), message, "schema"))
        return None
    return data[key]


def _read_folder(handbook, kind: str, folder: str, model, problems: list[Problem]) -> None:
    directory = handbook.data_dir / folder
    if not directory.is_dir():
        return
    entities = handbook.of_kind(kind)
    for path in sorted(directory.iterdir()):
        entity_id = _entity_file(handbook, folder, path, problems)
        if entity_id is None:
            continue
        relative = f"{folder}/{path.name}"
        document = _load(handbook, relative, problems)
        if document is None:
            handbook.broken[kind].add(entity_id)
            continue
        label = handbook.label(kind, entity_id)
        entity = _validate(handbook, document, (), model, document.data, label, problems)
        if entity is None:
            handbook.broken[kind].add(entity_id)
            continue
        entity._id = entity_id
        entities[entity_id] = entity


def _entity_file(handbook: Handbook, folder: str, path: Path, problems: list[Problem]) -> str | None:
    """The id a file in an entity folder stands for; None (said why, unless it is hidden) when it is
    not read. Nothing that looks like handbook data is skipped without a word."""
    name = path.name
    if name.startswith("."):
        return None
    shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    where = Position(_display(handbook, f"{folder}/{shown}"))
    if shown != name:  # bytes that are not UTF-8: no id can be made of them
        problems.append(Problem(where, handbook.say("file-bad-id", name=shown), "file"))
        return None
    if path.is_dir():
        problems.append(Problem(where, handbook.say("file-subfolder", name=name, folder=folder), "file"))
        return None
    stem, dot, suffix = name.rpartition(".")
    if not path.is_file() or (dot and suffix != "yaml" and suffix.lower() not in ("yaml", "yml")):
        return None  # a note or a picture beside the data
    if not dot or suffix != "yaml":
        expected = (stem or name) + ".yaml"
        problems.append(Problem(where, handbook.say("file-wrong-extension", name=name, expected=expected), "file"))
        return None
    if not m.is_id(stem):
        problems.append(Problem(where, handbook.say("file-bad-id", name=stem), "file"))
        return None
    return stem


def _validate(handbook, document, base, model: type[BaseModel], raw, entity: str, problems):
    if not isinstance(raw, dict):
        found = say(handbook.language, "found-list" if isinstance(raw, list) else "found-text")
        problems.append(Problem(document.position(base), handbook.say("schema-root-object", found=found), "schema"))
        return None
    try:
        value = model.model_validate(raw)
    except ValidationError as error:
        problems.extend(
            translate(error, document=document, base=base, model=model, entity=entity, language=handbook.language)
        )
        return None
    value._origin = Origin(document, base)
    return value


def _entity_label(handbook: Handbook, kind: str, raw_id, index: int) -> str:
    if isinstance(raw_id, str) and raw_id:
        return handbook.label(kind, raw_id)
    return handbook.say("entity-nth", kind=handbook.say(f"kind-{kind}"), number=index + 1)


def _add(handbook: Handbook, kind: str, entity, entities: dict, problems: list[Problem]) -> None:
    first = entities.get(entity.id)
    if first is None:
        entities[entity.id] = entity
        return
    message = handbook.say(
        "unique-id", id=entity.id, kind=handbook.say(f"kind-{kind}"), first=handbook.where(first, "id").line
    )
    problems.append(Problem(handbook.where(entity, "id"), message, "unique-id"))
