"""`python -m krishandbok new KIND ID`: start a new entry that validates as it stands.

A communicator should not have to remember which keys a channel needs or how a
template file begins. `new` writes a skeleton (see `skeletons.py`) with the schema
line, short comments in the handbook's language and references filled with ids
that exist, so the editor only replaces texts. List files get the entry appended
as text: the existing bytes, comments and layout are never rewritten.

Some coverage rules cannot be met by a new entry alone (a new channel needs a
template that uses it); the errors the new entry causes are returned so the
command can name them and say what to do next.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..handbook import FOLDERS, KINDS, LIST_FILES, Handbook, ListFile
from ..loader import LoadError, load_file
from ..messages import say
from ..model import is_id
from ..problems import Problem
from ..validate import validate
from .skeletons import NEW_LIST_FILES, has_skeleton, skeleton

SCHEMA_PREFIX = "# yaml-language-server: $schema="
NEW_KINDS = tuple(kind for kind in KINDS if has_skeleton(kind))  # the kinds `new` can start
FILE_SCHEMAS = {"template": "template", "checklist": "checklist", "exercise": "exercise"}


class ScaffoldError(Exception):
    """A refusal, already worded for the editor in the handbook's language."""


@dataclass(frozen=True)
class Created:
    """What `new` wrote, and the errors the new entry leaves for other files to fix."""

    kind: str
    entity_id: str
    path: Path
    appended: bool
    language: str
    new_errors: list[Problem] = field(default_factory=list)


def new_entry(data_dir: Path | str, kind: str, entity_id: str) -> Created:
    """Write a skeleton of `kind` with `entity_id` into the handbook at `data_dir`."""
    data_dir = Path(data_dir)
    before = validate(data_dir)
    handbook = before.handbook
    _check_id(handbook, kind, entity_id)
    values = {"id": entity_id, "name": _name_from_id(entity_id), **_references(handbook, kind)}
    if kind in FOLDERS:
        path = _create_file(handbook, kind, entity_id, values)
        appended = False
    else:
        spec = next(s for s in LIST_FILES if s.kind == kind)
        entry = skeleton(kind, handbook.language).format(**values)
        if spec.optional and not (handbook.data_dir / spec.name).exists():
            path = _start_list_file(handbook, kind, spec, entry)
        else:
            path = _append_entry(handbook, spec, entry)
        appended = True
    after = validate(data_dir)
    known = {p.format() for p in before.errors}
    new_errors = [p for p in after.errors if p.format() not in known]
    return Created(kind, entity_id, path, appended, handbook.language, new_errors)


# --------------------------------------------------------------------------- refusals


def _check_id(handbook: Handbook, kind: str, entity_id: str) -> None:
    language = handbook.language
    if not is_id(entity_id):
        raise ScaffoldError(say(language, "new-bad-id", id=entity_id))
    if kind in FOLDERS:
        folder = FOLDERS[kind][0]
        path = handbook.data_dir / folder / f"{entity_id}.yaml"
        exists = path.exists() or entity_id in handbook.of_kind(kind) or entity_id in handbook.broken[kind]
        where = f"{folder}/"
    else:
        spec = next(s for s in LIST_FILES if s.kind == kind)
        if kind in handbook.unreadable:
            raise ScaffoldError(say(language, "new-unreadable", path=_shown(handbook, spec.name)))
        exists = entity_id in handbook.of_kind(kind) or entity_id in handbook.broken[kind]
        where = spec.name
    if exists:
        entity = say(language, f"entity-{kind}", id=entity_id)
        raise ScaffoldError(say(language, "new-exists", entity=entity, path=_shown(handbook, where)))


# --------------------------------------------------------------------------- references


def _references(handbook: Handbook, kind: str) -> dict[str, str]:
    """Existing ids for the skeleton's references, so that the new entry resolves.

    The handbook's owner role owns new things and its deputy backs them up. A new
    template goes out in a channel (and to an audience) that no template serves yet,
    and a new checklist belongs to a role that has none: so `new channel x` followed
    by `new template x-besked` gives a handbook that validates again.
    """
    owner = _owner(handbook)
    backup = _backup(handbook, owner)
    refs = {"owner": owner, "backup": backup, "deputy": owner, "sender": owner,
            "audiences": _first(handbook.audiences, "malgrupp"), "channels": _first(handbook.channels, "kanal")}
    if kind == "template":
        refs.update(_template_references(handbook, owner))
    if kind == "checklist":
        refs["owner"] = next(iter(_roles_without_tasks(handbook)), owner)
    if kind == "scenario":
        refs.update(_scenario_references(handbook, owner, backup))
    if kind == "exercise":
        scenario_id = _first(handbook.scenarios, "scenario")
        scenario = handbook.scenarios.get(scenario_id)
        refs.update({"scenario": scenario_id, "participant": scenario.lead if scenario else owner})
    if kind == "organisation":
        refs["level"] = next(reversed(handbook.levels), "niva") if handbook.levels else "niva"
    return refs


def _template_references(handbook: Handbook, owner: str) -> dict[str, str]:
    templates = handbook.templates.values()
    used = {c for t in templates for c in t.channels}
    addressed = {a for t in templates for a in t.audiences}
    channel_id = next((c for c in handbook.channels if c not in used), _first(handbook.channels, "kanal"))
    channel = handbook.channels.get(channel_id)
    fallback = channel.audiences[0] if channel else _first(handbook.audiences, "malgrupp")
    audience = next((a for a in handbook.audiences if a not in addressed), fallback)
    return {"channels": channel_id, "audiences": audience, "sender": channel.owner if channel else owner}


def _roles_without_tasks(handbook: Handbook) -> list[str]:
    checklists = handbook.checklists.values()
    named = {c.owner for c in checklists} | {i.role for c in checklists for i in c.items if i.role}
    return [r for r in handbook.roles if r not in named]


def _scenario_references(handbook: Handbook, lead: str, backup: str) -> dict[str, str]:
    general = [t for t in handbook.templates.values() if t.scenarios is None]
    template = (general or list(handbook.templates.values()) or [None])[0]
    first = next((tid for tid, t in handbook.templates.items() if t.scenarios is None and t.phase == "during"), None)
    comment = "mallen som publiceras först" if handbook.language == "sv" else "the template published first"
    return {
        "first_message_line": f"  first_message: {first}  # {comment}\n" if first else "",
        "level": _first(handbook.levels, "niva"),
        "lead": lead,
        "roles": backup if backup != lead else "",
        "channels": template.channels[0] if template else _first(handbook.channels, "kanal"),
        "audiences": template.audiences[0] if template else _first(handbook.audiences, "malgrupp"),
    }


def _owner(handbook: Handbook) -> str:
    settings = handbook.settings
    if settings is not None and settings.owner in handbook.roles:
        return settings.owner
    return _first(handbook.roles, "roll")


def _backup(handbook: Handbook, owner: str) -> str:
    role = handbook.roles.get(owner)
    if role is not None and role.deputy != owner and role.deputy in handbook.roles:
        return role.deputy
    others = [r for r in handbook.roles if r != owner]
    return others[0] if others else "ersattare"


def _first(entities: dict, fallback: str) -> str:
    # A missing kind leaves a visible stand-in that the validator will point at.
    return next(iter(entities), fallback)


def _name_from_id(entity_id: str) -> str:
    return entity_id.replace("-", " ").capitalize()


# --------------------------------------------------------------------------- writing


def _create_file(handbook: Handbook, kind: str, entity_id: str, values: dict) -> Path:
    folder = FOLDERS[kind][0]
    directory = handbook.data_dir / folder
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{entity_id}.yaml"
    schema = _schema_line(handbook.data_dir, folder, FILE_SCHEMAS[kind])
    text = skeleton(kind, handbook.language).format(schema=schema, **values)
    with path.open("x", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path


def _schema_line(data_dir: Path, folder: str, schema: str) -> str:
    """The `yaml-language-server` line: as the folder's other files have it, else computed."""
    for sibling in sorted((data_dir / folder).glob("*.yaml")):
        first = sibling.read_text(encoding="utf-8").partition("\n")[0].rstrip("\r")
        if first.startswith(SCHEMA_PREFIX):
            return first
    schemas = _find_schemas(data_dir)
    target = schemas / f"{schema}.schema.json" if schemas else None
    relative = os.path.relpath(target, data_dir / folder) if target else f"../../schemas/{schema}.schema.json"
    return SCHEMA_PREFIX + Path(relative).as_posix()


def _find_schemas(data_dir: Path) -> Path | None:
    for directory in [data_dir.resolve(), *data_dir.resolve().parents]:
        if (directory / "schemas").is_dir():
            return directory / "schemas"
    return None


def _start_list_file(handbook: Handbook, kind: str, spec: ListFile, entry: str) -> Path:
    """An optional list file that does not exist yet: its schema line, its key, the entry."""
    path = handbook.data_dir / spec.name
    schemas = _find_schemas(handbook.data_dir)
    schema = ""
    if schemas is not None:  # the editor's schema line, as the other list files have it
        relative = os.path.relpath(schemas / f"{spec.key}.schema.json", handbook.data_dir).replace(os.sep, "/")
        schema = f"{SCHEMA_PREFIX}{relative}\n"
    indented = "".join("  " + line if line.strip() else line for line in entry.splitlines(keepends=True))
    path.write_text(schema + NEW_LIST_FILES[kind] + indented, encoding="utf-8")
    return path


def _append_entry(handbook: Handbook, spec: ListFile, entry: str) -> Path:
    """Append `entry` to the list file as text, indented like the entries already there."""
    path = handbook.data_dir / spec.name
    document = next(d for d in handbook.documents if Path(d.path).name == spec.name)
    sequence = document.nodes.get((spec.key,))
    if not isinstance(sequence, yaml.SequenceNode) or sequence.flow_style is True or not sequence.value:
        shown = _shown(handbook, spec.name)
        raise ScaffoldError(say(handbook.language, "new-not-block-list", key=spec.key, path=shown))
    original = path.read_bytes()
    text = original.decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text else "\n"
    indent = " " * sequence.start_mark.column
    lines = [indent + line if line else line for line in entry.splitlines()]
    head = "" if text.endswith(("\n", "\r")) else newline
    gap = newline if _entries_spaced(text, sequence) else ""
    path.write_bytes(original + (head + gap + newline.join(lines) + newline).encode("utf-8"))
    _verify_or_restore(path, original, handbook, spec)
    return path


def _entries_spaced(text: str, sequence: yaml.SequenceNode) -> bool:
    """True when the file separates its entries with a blank line (then so do we)."""
    lines = text.splitlines()
    for item in sequence.value[1:]:
        line = item.start_mark.line
        if line > 0 and not lines[line - 1].strip():
            return True
    return False


def _verify_or_restore(path: Path, original: bytes, handbook: Handbook, spec: ListFile) -> None:
    # Appending is text surgery: if the result does not read, put the file back as it was.
    try:
        load_file(path, str(path), handbook.language)
    except LoadError:
        path.write_bytes(original)
        message = say(handbook.language, "new-not-block-list", key=spec.key, path=_shown(handbook, spec.name))
        raise ScaffoldError(message) from None


def _shown(handbook: Handbook, relative: str) -> str:
    return f"{handbook.display_dir}/{relative}"


# --------------------------------------------------------------------------- reporting

NEXT_STEPS = {"role": "new-next-role", "audience": "new-next-audience",
              "channel": "new-next-channel", "scenario": "new-next-scenario"}


def describe(created: Created) -> list[str]:
    """What the command prints: what was written and, when needed, what to do next."""
    language = created.language
    entity = say(language, f"entity-{created.kind}", id=created.entity_id)
    key = "new-appended" if created.appended else "new-created"
    lines = [say(language, key, entity=entity, path=created.path.as_posix())]
    if created.kind == "level":
        lines.append(say(language, "new-level-last"))
    if created.new_errors:
        lines.append(say(language, "new-errors", count=len(created.new_errors)))
        lines.extend("  " + problem.format(language) for problem in created.new_errors)
        next_step = NEXT_STEPS.get(created.kind, "new-next-other")
        lines.append(say(language, next_step, id=created.entity_id))
    return lines
