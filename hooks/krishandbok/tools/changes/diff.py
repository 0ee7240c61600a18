"""The comparison of two `Handbook`s: what was added, removed, moved or changed.

A pure function of two handbooks as the engine reads them, so layout, comments and
the short form of a checklist item never show up as changes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ...handbook import Handbook
from ...links import ITEM_REFERENCES, REFERENCES

KIND_ORDER = (
    "handbook", "role", "audience", "channel", "level", "scenario", "organisation", "template", "checklist", "exercise",
)
ORDERED_KINDS = ("role", "audience", "channel", "level", "scenario")  # list files: order is content


class Ref(str):
    """An id that knows what it names: it compares as the id and renders as the name."""

    kind: str
    name: str

    def __new__(cls, value: str, kind: str, name: str | None) -> Ref:
        ref = super().__new__(cls, value)
        ref.kind, ref.name = kind, name or ""
        return ref


@dataclass(frozen=True)
class Change:
    """One difference between two versions of the handbook.

    `action` is added, removed, moved or changed (an entity), or item-added,
    item-removed, item-moved or item-changed (a list item). For `changed`, `field` is the dotted path of the
    value (`backup`, `cadence.crisis`) and `old`/`new` the values (None: not set).
    For `item-*`, `item` is the list item; `moved` and `item-moved` keep the
    1-based positions in `old` and `new`. A change inside a list item (a
    checklist item's role, a placeholder's example) has `item` set as well.
    """

    kind: str
    id: str
    action: str
    field: str = ""
    old: object = None
    new: object = None
    item: object = None
    name: str = ""


def diff_handbooks(old: Handbook, new: Handbook) -> list[Change]:
    """Every change from `old` to `new`, in handbook order (settings, roles, ... checklists)."""
    names = _Names(old, new)
    changes = _diff_settings(old, new, names)
    for kind in KIND_ORDER[1:]:
        changes += _diff_kind(kind, old.of_kind(kind), new.of_kind(kind), names)
    return changes


class _Names:
    """Display names by kind and id, from the new version first, then the old one."""

    def __init__(self, old: Handbook, new: Handbook):
        self._names: dict[str, dict[str, str]] = {}
        for kind in KIND_ORDER[1:]:
            merged = {i: _entity_name(e) for i, e in old.of_kind(kind).items()}
            merged.update({i: _entity_name(e) for i, e in new.of_kind(kind).items()})
            self._names[kind] = merged

    def ref(self, kind: str, value: str) -> Ref:
        return Ref(value, kind, self._names.get(kind, {}).get(value))


def _entity_name(entity) -> str:
    return getattr(entity, "name", None) or getattr(entity, "title", "") or ""


def _diff_settings(old: Handbook, new: Handbook, names: _Names) -> list[Change]:
    before = old.settings.model_dump(mode="json") if old.settings else {}
    after = new.settings.model_dump(mode="json") if new.settings else {}
    title = after.get("title") or before.get("title") or ""
    if not before or not after:  # a handbook that appears or disappears as a whole
        return [Change("handbook", "handbook", "added" if after else "removed", name=title)] if title else []
    emit = _Emitter("handbook", "handbook", title, names)
    _diff_mapping((), before, after, emit)
    return emit.changes


def _diff_kind(kind: str, old: dict, new: dict, names: _Names) -> list[Change]:
    moves = {key: (a, b) for key, a, b in _moves(list(old), list(new))} if kind in ORDERED_KINDS else {}
    changes: list[Change] = []
    for entity_id, entity in new.items():
        name = _entity_name(entity)
        if entity_id not in old:
            changes.append(Change(kind, entity_id, "added", name=name))
            continue
        if entity_id in moves:
            before, after = moves[entity_id]
            changes.append(Change(kind, entity_id, "moved", old=before, new=after, name=name))
        emit = _Emitter(kind, entity_id, name, names)
        _diff_mapping((), _dump(old[entity_id]), _dump(entity), emit)
        changes += emit.changes
    for entity_id, entity in old.items():
        if entity_id not in new:
            changes.append(Change(kind, entity_id, "removed", name=_entity_name(entity)))
    return changes


def _dump(entity) -> dict:
    data = entity.model_dump(mode="json")
    data.pop("id", None)
    return data


# --------------------------------------------------------------------------- values

# (kind, dotted field) -> the kind of entity the value names
_TARGETS = {(kind, field): target for kind, field, target in REFERENCES}
_TARGETS.update({("checklist", f"items.{field}"): target for field, target in ITEM_REFERENCES})
_TARGETS[("handbook", "owner")] = "role"


class _Emitter:
    """Collects the changes of one entity; `value` turns ids into `Ref`s for the renderer."""

    def __init__(self, kind: str, entity_id: str, name: str, names: _Names):
        self.kind, self.id, self.name, self.names = kind, entity_id, name, names
        self.changes: list[Change] = []

    def target(self, field: str) -> str | None:
        return _TARGETS.get((self.kind, field))

    def value(self, field: str, value):
        target = self.target(field)
        if target is None or value is None:
            return value
        if isinstance(value, list):
            return [self.names.ref(target, v) for v in value]
        return self.names.ref(target, value)

    def __call__(self, action: str, field: str, old=None, new=None, item=None) -> None:
        self.changes.append(Change(self.kind, self.id, action, field, old, new, item, self.name))


def _diff_mapping(path: tuple, old: dict, new: dict, emit: _Emitter, item=None) -> None:
    for key in [*new, *(k for k in old if k not in new)]:
        _diff_value(path + (key,), old.get(key), new.get(key), emit, item)


def _diff_value(path: tuple, old, new, emit: _Emitter, item=None) -> None:
    if old == new:
        return
    field = ".".join(path)
    if isinstance(old, dict) or isinstance(new, dict):
        old, new = old or {}, new or {}
        if _is_named_map(old, new):
            _diff_named_map(field, old, new, emit)
        else:
            _diff_mapping(path, old, new, emit, item)
    elif isinstance(old, list) and isinstance(new, list):
        _diff_list(field, old, new, emit)
    else:
        emit("changed", field, emit.value(field, old), emit.value(field, new), item)


def _is_named_map(old: dict, new: dict) -> bool:
    """A mapping of names you choose to entries (placeholders), not of fixed keys (cadence)."""
    return any(isinstance(v, dict) for v in [*old.values(), *new.values()])


def _diff_named_map(field: str, old: dict, new: dict, emit: _Emitter) -> None:
    for name in [*new, *(k for k in old if k not in new)]:
        if name not in old:
            emit("item-added", field, item=name)
        elif name not in new:
            emit("item-removed", field, item=name)
        else:
            _diff_mapping((field,), old[name], new[name], emit, item=name)


# --------------------------------------------------------------------------- lists


def _diff_list(field: str, old: list, new: list, emit: _Emitter) -> None:
    """Items added, removed, moved or (for texts) rewritten in place, never remove+add for a move."""
    old_keys, new_keys = _keys(old), _keys(new)
    old_at, new_at = dict(zip(old_keys, old, strict=True)), dict(zip(new_keys, new, strict=True))
    pairs = [] if emit.target(field) else _pairs(old_keys, new_keys)
    paired_old = {a for a, _ in pairs}
    paired_new = {b for _, b in pairs}
    for a, b in pairs:
        emit("item-changed", field, item_label(old_at[a]), item_label(new_at[b]))
        _diff_item(field, old_at[a], new_at[b], emit)
    for key in old_keys:
        if key not in new_at and key not in paired_old:
            emit("item-removed", field, item=emit.value(field, item_label(old_at[key])))
    for key in new_keys:
        if key not in old_at and key not in paired_new:
            emit("item-added", field, item=emit.value(field, item_label(new_at[key])))
        elif key in old_at and old_at[key] != new_at[key]:
            _diff_item(field, old_at[key], new_at[key], emit)
    for key, before, after in _moves(old_keys, new_keys):
        emit("item-moved", field, before, after, item=emit.value(field, item_label(new_at[key])))


def _diff_item(field: str, old, new, emit: _Emitter) -> None:
    # The other keys of a list entry whose text or name identifies it (checklist items, core values).
    if isinstance(old, dict) and isinstance(new, dict):
        label = item_label(new)
        rest = {k: v for k, v in old.items() if k not in ("text", "name")}
        _diff_mapping((field,), rest, {k: v for k, v in new.items() if k not in ("text", "name")}, emit, label)


def item_label(value) -> object:
    if isinstance(value, dict):
        return value.get("text") or value.get("name") or ""
    return value


def _keys(values: list) -> list[tuple[str, int]]:
    """A hashable identity per item: its text (or name), numbered when it occurs again."""
    seen: dict[str, int] = {}
    keys = []
    for value in values:
        label = str(item_label(value))
        seen[label] = seen.get(label, 0) + 1
        keys.append((label, seen[label]))
    return keys


def _moves(old_keys: list, new_keys: list) -> list[tuple[object, int, int]]:
    """Items present in both whose order changed: those outside the longest kept order."""
    old_set, new_set = set(old_keys), set(new_keys)
    common_old = [k for k in old_keys if k in new_set]
    common_new = [k for k in new_keys if k in old_set]
    matcher = difflib.SequenceMatcher(None, common_old, common_new, autojunk=False)
    kept = {k for block in matcher.get_matching_blocks() for k in common_new[block.b : block.b + block.size]}
    old_at = {k: i for i, k in enumerate(old_keys, start=1)}  # keys are unique: numbered when repeated
    new_at = {k: i for i, k in enumerate(new_keys, start=1)}
    return [(k, old_at[k], new_at[k]) for k in common_new if k not in kept]


def _pairs(old_keys: list, new_keys: list) -> list[tuple[object, object]]:
    """Old and new items in the same place: a rewritten text rather than a removal and an addition."""
    old_set, new_set = set(old_keys), set(new_keys)
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        gone = [k for k in old_keys[i1:i2] if k not in new_set]
        came = [k for k in new_keys[j1:j2] if k not in old_set]
        if len(gone) == len(came):
            pairs += zip(gone, came, strict=True)
    return pairs
