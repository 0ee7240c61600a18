"""What an edit does to the plan, in plain words: `python -m krishandbok changes BASE [HEAD]`.

A reviewer (the kommunchef, say) should not have to read a YAML diff to see that
Facebook got a new backup. This module compares two versions of the handbook as
the engine reads them (so layout, comments and the short form of a checklist item
never show up as changes) and says what was added, removed, moved or changed, with
names instead of ids. The comparison is a pure function of two `Handbook`s; the
git plumbing only writes each revision's data files to a temporary folder and
reads them with the engine's strict loader. The binder's change log reuses
`changes_between` and `changes_markdown`.

HEAD defaults to the working tree (uncommitted edits included): locally that is what
an editor wants to check before committing, and in CI the checkout is the commit.
"""

from __future__ import annotations

import difflib
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .handbook import Handbook, read_handbook
from .loader import LoadError, load_file
from .messages import field_words, say
from .rules.references import ITEM_REFERENCES, REFERENCES

MARKER = "<!-- krishandbok-changes -->"
KIND_ORDER = ("handbook", "role", "audience", "channel", "level", "scenario", "organisation", "template", "checklist")
ORDERED_KINDS = ("role", "audience", "channel", "level", "scenario")  # list files: order is content
ACTIONS = ("added", "removed", "moved", "changed", "item-added", "item-removed", "item-moved", "item-changed")
LONG_TEXT = 120


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

    `action` is one of ACTIONS. For `changed`, `field` is the dotted path of the
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


@dataclass(frozen=True)
class Comparison:
    changes: list[Change]
    language: str
    incomplete: tuple[str, ...] = ()  # revisions whose handbook could not be read completely


class ChangesError(Exception):
    """A revision or folder that cannot be compared, worded for the editor."""


# =========================================================================== comparing


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
        emit("item-changed", field, _label(old_at[a]), _label(new_at[b]))
        _diff_item(field, old_at[a], new_at[b], emit)
    for key in old_keys:
        if key not in new_at and key not in paired_old:
            emit("item-removed", field, item=emit.value(field, _label(old_at[key])))
    for key in new_keys:
        if key not in old_at and key not in paired_new:
            emit("item-added", field, item=emit.value(field, _label(new_at[key])))
        elif key in old_at and old_at[key] != new_at[key]:
            _diff_item(field, old_at[key], new_at[key], emit)
    for key, before, after in _moves(old_keys, new_keys):
        emit("item-moved", field, before, after, item=emit.value(field, _label(new_at[key])))


def _diff_item(field: str, old, new, emit: _Emitter) -> None:
    # The other keys of a list entry whose text or name identifies it (checklist items, core values).
    if isinstance(old, dict) and isinstance(new, dict):
        label = _label(new)
        rest = {k: v for k, v in old.items() if k not in ("text", "name")}
        _diff_mapping((field,), rest, {k: v for k, v in new.items() if k not in ("text", "name")}, emit, label)


def _label(value) -> object:
    if isinstance(value, dict):
        return value.get("text") or value.get("name") or ""
    return value


def _keys(values: list) -> list[tuple[str, int]]:
    """A hashable identity per item: its text (or name), numbered when it occurs again."""
    seen: dict[str, int] = {}
    keys = []
    for value in values:
        label = str(_label(value))
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
    return [(k, old_keys.index(k) + 1, new_keys.index(k) + 1) for k in common_new if k not in kept]


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


# =========================================================================== git


def compare(repo_dir: Path | str, base: str, head: str | None, data_dir: Path | str) -> Comparison:
    """Compare the handbook at `base` with `head` (None: the working tree) in a git repository.

    `data_dir` is relative to `repo_dir` (or absolute) and must lie inside the repository.
    """
    repo_dir = Path(repo_dir)
    language = _language_hint(repo_dir / data_dir)
    root = _toplevel(repo_dir, language)
    relative = _relative(root, repo_dir / data_dir, language)
    old, old_ok = _handbook_at(root, base, relative, language)
    new, new_ok = _handbook_at(root, head, relative, language)
    incomplete = tuple(
        revision for revision, ok in ((base, old_ok), (head or say(new.language, "changes-working-tree"), new_ok))
        if not ok
    )
    return Comparison(diff_handbooks(old, new), new.language, incomplete)


def changes_between(repo_dir: Path | str, base: str, head: str | None, data_dir: Path | str) -> list[Change]:
    """The changes to the handbook from git revision `base` to `head` (None: the working tree)."""
    return compare(repo_dir, base, head, data_dir).changes


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)


def _toplevel(repo_dir: Path, language: str) -> Path:
    try:
        result = _git(repo_dir, "rev-parse", "--show-toplevel")
    except OSError:  # no git on this machine
        raise ChangesError(say(language, "cli-not-git", path=repo_dir)) from None
    if result.returncode != 0:
        raise ChangesError(say(language, "cli-not-git", path=repo_dir))
    return Path(result.stdout.decode().strip()).resolve()


def _relative(root: Path, data_dir: Path, language: str) -> str:
    try:
        return data_dir.resolve().relative_to(root).as_posix()
    except ValueError:
        raise ChangesError(say(language, "cli-outside-repo", path=data_dir)) from None


def _language_hint(data_dir: Path) -> str:
    """The language of the working tree's handbook, for messages before anything is compared."""
    try:
        data = load_file(data_dir / "handbook.yaml", "handbook.yaml").data
    except (LoadError, OSError):
        return "sv"
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in ("sv", "en") else "sv"


def _handbook_at(root: Path, revision: str | None, relative: str, language: str) -> tuple[Handbook, bool]:
    """The handbook at a revision, and whether it was read completely (or had no data at all)."""
    if revision is None:
        handbook, _ = read_handbook(root / relative, display_dir=relative)
        return handbook, handbook.complete
    commit = _commit(root, revision, language)
    with tempfile.TemporaryDirectory(prefix="krishandbok-") as temporary:
        target = Path(temporary) / "data"
        target.mkdir()
        names = _export(root, commit, relative, target)
        handbook, _ = read_handbook(target, display_dir=relative)
    return handbook, handbook.complete or not names


def _commit(root: Path, revision: str, language: str) -> str:
    result = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if revision.startswith("-") or result.returncode != 0:
        raise ChangesError(say(language, "cli-bad-revision", revision=revision))
    return result.stdout.decode().strip()


def _export(root: Path, commit: str, relative: str, target: Path) -> list[str]:
    """Write the data files of `commit` under `target`, as `git show` gives them."""
    listing = _git(root, "ls-tree", "-r", "-z", "--full-tree", "--name-only", commit, "--", relative)
    names = [n for n in listing.stdout.decode("utf-8").split("\0") if n]
    prefix = "" if relative in ("", ".") else relative.rstrip("/") + "/"
    for name in names:
        path = target / name[len(prefix):]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_git(root, "show", f"{commit}:{name}").stdout)
    return names


# =========================================================================== Markdown


def changes_markdown(
    changes: list[Change],
    language: str,
    *,
    base: str | None = None,
    head: str | None = None,
    incomplete: Iterable[str] = (),
) -> str:
    """A Markdown summary for a pull-request comment, grouped by kind, in the handbook's language.

    The first line is an HTML comment the workflow uses to find and update its own comment.
    """
    lines = [MARKER, f"## {say(language, 'changes-title')}", ""]
    if base is not None:
        shown_head = f"`{head}`" if head else say(language, "changes-working-tree")
        lines += [say(language, "changes-range", base=base, head=shown_head), ""]
    lines += [line for revision in incomplete for line in (say(language, "changes-incomplete", revision=revision), "")]
    if not changes:
        return "\n".join([*lines, say(language, "changes-none"), ""])
    writer = _Writer(language)
    for kind in KIND_ORDER:
        group = [c for c in changes if c.kind == kind]
        if group:
            lines += [f"### {say(language, f'changes-heading-{kind}')}", "", *writer.kind(group), ""]
    return "\n".join(lines)


class _Writer:
    """Plain-language sentences for changes in one language."""

    def __init__(self, language: str):
        self.language = language

    def say(self, key: str, **params) -> str:
        # An empty adjective ("granskad 2026-05-04") must not leave a double space.
        return " ".join(say(self.language, key, **params).split())

    def kind(self, changes: list[Change]) -> list[str]:
        lines: list[str] = []
        for entity_id in dict.fromkeys(c.id for c in changes):
            lines += self.entity([c for c in changes if c.id == entity_id])
        return lines

    def entity(self, changes: list[Change]) -> list[str]:
        first = changes[0]
        handbook = first.kind == "handbook"
        subject = f"**{_escape(first.name)}**" + ("" if handbook else f" (`{first.id}`)")
        lines = []
        for change in changes:
            if change.action in ("added", "removed"):
                lines.append(f"- {self.say(f'changes-{change.action}', subject=subject)}")
            elif change.action == "moved":
                lines.append(f"- {self.say('changes-moved', subject=subject, old=change.old, new=change.new)}")
        phrases = [self.phrase(c) for c in changes if c.action not in ("added", "removed", "moved")]
        # The handbook's own settings need no subject: the heading says whose they are.
        return lines + self.bullets("" if handbook else subject, phrases)

    def bullets(self, subject: str, phrases: list[list[str]]) -> list[str]:
        if not phrases:
            return []
        if not subject:
            return [line for phrase in phrases for line in _bullet(phrase, "")]
        if len(phrases) == 1 and len(phrases[0]) == 1:
            return [f"- {subject}: {phrases[0][0]}"]
        return [f"- {subject}:", *(line for phrase in phrases for line in _bullet(phrase, "  "))]

    def phrase(self, change: Change) -> list[str]:
        """One change as a sentence; a long text adds a collapsed diff below it."""
        words = field_words(self.language, change.field)
        label, adjective = words
        show = self.show_for(change)
        if change.action == "changed" and _is_long(change.old, change.new):
            sentence = self.say("changes-value-long", adjective=adjective, label=label)
            return [self.inside(change, sentence), *self.diff_block(change.old or "", change.new or "")]
        if change.action == "changed":
            sentence = self.value_sentence(change, label, adjective, show)
            return [self.inside(change, sentence)]
        item = show(change.item)
        key = f"changes-{change.action}"
        if change.action == "item-changed":
            return [self.say(key, label=label, old=show(change.old), new=show(change.new))]
        if change.action == "item-moved":
            return [self.say(key, label=label, item=item, old=change.old, new=change.new)]
        return [self.say(key, label=label, item=item)]

    def value_sentence(self, change: Change, label: str, adjective: str, show: Callable) -> str:
        if change.old is None and change.field != "scenarios":
            return self.say("changes-value-set", label=label, new=show(change.new))
        if change.new is None and change.field != "scenarios":
            return self.say("changes-value-cleared", label=label, old=show(change.old))
        return self.say("changes-value", adjective=adjective, label=label, new=show(change.new), old=show(change.old))

    def inside(self, change: Change, sentence: str) -> str:
        # A change inside a list item names the item: "punkter ”Publicera …”: ny roll …".
        if change.item is None or change.action != "changed":
            return sentence
        container = change.field.split(".")[0]
        label = field_words(self.language, container)[0]
        item = self.show(container, change.item) if container == "placeholders" else self.quote(str(change.item))
        return self.say("changes-in-item", label=label, item=item, change=sentence)

    def show_for(self, change: Change) -> Callable[[object], str]:
        return lambda value: self.show(change.field, value)

    def show(self, field: str, value) -> str:
        if isinstance(value, list):
            return self.join([self.show(field, v) for v in value])
        if value is None:
            return say(self.language, "changes-all-scenarios") if field.endswith("scenarios") else "–"
        if isinstance(value, dict):
            return self.quote(str(_label(value)))
        if isinstance(value, Ref):
            return _escape(_running_name(value)) if value.name else f"`{value}`"
        if field == "phase" and value in ("before", "during", "after"):
            return say(self.language, f"phase-{value}")
        if field == "placeholders":
            return f"`{{{value}}}`"
        if field in ("kind", "language", "site_url"):
            return f"`{value}`"
        if isinstance(value, str) and field not in ("reviewed",):
            return self.quote(value)
        return str(value)

    def quote(self, text: str) -> str:
        text = " ".join(text.split())
        if len(text) > LONG_TEXT:
            text = text[: LONG_TEXT - 1].rstrip() + "…"
        opening, closing = ("”", "”") if self.language == "sv" else ("“", "”")
        return f"{opening}{_escape(text)}{closing}"

    def join(self, words: list[str]) -> str:
        if not words:
            return say(self.language, "changes-nothing")
        if len(words) == 1:
            return words[0]
        return f"{', '.join(words[:-1])} {say(self.language, 'changes-and')} {words[-1]}"

    def diff_block(self, old: str, new: str) -> list[str]:
        diff = difflib.unified_diff(str(old).splitlines(), str(new).splitlines(), lineterm="", n=1)
        body = [line for line in diff if not line.startswith(("---", "+++", "@@"))]
        summary = say(self.language, "changes-show-diff")
        return ["", f"<details><summary>{summary}</summary>", "", "~~~diff", *body, "~~~", "", "</details>", ""]


def _bullet(phrase: list[str], indent: str) -> list[str]:
    first, *rest = phrase
    inner = indent + "  "
    return [f"{indent}- {first}", *((inner + line) if line else "" for line in rest)]


def _is_long(old, new) -> bool:
    texts = [v for v in (old, new) if isinstance(v, str)]
    return bool(texts) and any("\n" in t.strip() or len(t) > LONG_TEXT for t in texts)


def _running_name(ref: Ref) -> str:
    """A role or audience name as it reads mid-sentence: "Webbredaktör" → "webbredaktör"."""
    name = ref.name
    first_word = name.split(" ")[0]
    if ref.kind in ("role", "audience") and len(first_word) > 1 and first_word[1:].islower():
        return name[0].lower() + name[1:]
    return name


def _escape(text: str) -> str:
    for character in "\\`*_[]<>":
        text = text.replace(character, "\\" + character)
    return text
