"""A synthetic handbook: the example scaled by a factor N, for the benchmark (and its tests).

`scale(source, target, factor, seed)` writes N copies of every role, audience,
channel, scenario, template and checklist of `source` into a new data folder.
Copy 1 keeps its ids and names; copy k (k ≥ 2) gets the id suffix `-k` and a
name suffix naming an invented municipality, and every reference inside copy k
points into copy k, so each copy satisfies the coverage rules on its own.
`handbook.yaml` and the escalation levels are shared, so they point at copy 1.

A template or checklist without `scenarios` applies to every scenario; in a
scaled handbook (N > 1) it names its own copy's scenarios instead, so that a
scenario's playbook grows with its own copy, not with N (ten municipalities do
not send each other's first message). N = 1 is the example as it is.

Deterministic: the same source, factor and seed give the same files. The seed
only picks the invented municipality names.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml

from krishandbok.handbook import FOLDERS, LIST_FILES
from krishandbok.links import ITEM_REFERENCES, REFERENCES
from krishandbok.loader import load_file

SCALED = frozenset({"role", "audience", "channel", "scenario", "template", "checklist"})
_NAME_FIELD = {"template": "title", "checklist": "title"}
_SYLLABLES = ("norr", "sö", "väst", "ös", "berg", "by", "å", "ham", "ner", "ste", "dal", "vik", "lun", "fors")


def scale(source: Path | str, target: Path | str, factor: int, seed: int = 0) -> Path:
    """Write the handbook at `source` scaled `factor` times into `target` (replaced if present)."""
    if factor < 1:
        raise ValueError(f"factor should be at least 1, not {factor}")
    source, target = Path(source), Path(target)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    towns = town_names(factor, seed)
    _dump(target / "handbook.yaml", _load(source / "handbook.yaml"))
    for spec in LIST_FILES:
        if spec.optional and not (source / spec.name).exists():
            continue
        entries = _load(source / spec.name)[spec.key]
        factor_here = factor if spec.kind in SCALED else 1
        copies = [_copy(spec.kind, entry, k, towns) for k in range(1, factor_here + 1) for entry in entries]
        _dump(target / spec.name, {spec.key: copies})
    scenarios = [entry["id"] for entry in _load(source / "scenarios.yaml")["scenarios"]]
    for kind, (folder, _model) in FOLDERS.items():
        if not (source / folder).is_dir():
            continue
        scaled = kind in SCALED
        omitted = scenarios if factor > 1 and scaled else None
        _scale_folder(kind, source / folder, target / folder, factor if scaled else 1, towns, omitted)
    return target


def town_names(factor: int, seed: int = 0) -> list[str]:
    """One invented, distinct municipality name per copy (index 0 is copy 1, unnamed)."""
    rng = random.Random(seed)
    names: list[str] = [""]
    while len(names) < factor:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in names:
            names.append(name)
    return names


# --------------------------------------------------------------------------- helpers


def _scale_folder(kind: str, source: Path, target: Path, factor: int, towns: list[str], scenarios) -> None:
    """Templates or checklists, a file each; `scenarios` (ids) replace an omitted `scenarios`."""
    if not source.is_dir():
        return  # an optional folder the handbook does not have
    target.mkdir()
    for path in sorted(source.glob("*.yaml")):
        data = _load(path)
        if scenarios is not None and data.get("scenarios") is None:
            data = {**data, "scenarios": list(scenarios)}
        for k in range(1, factor + 1):
            _dump(target / f"{_id(kind, path.stem, k)}.yaml", _copy(kind, data, k, towns))


def _copy(kind: str, entry: dict, k: int, towns: list[str]) -> dict:
    """One entity of copy k: its id, name and references moved into that copy."""
    result = dict(entry)
    if "id" in result:
        result["id"] = _id(kind, result["id"], k)
    name_field = _NAME_FIELD.get(kind, "name")
    if k > 1 and kind in SCALED and name_field in result:
        result[name_field] = f"{result[name_field]} ({towns[k - 1]})"
    for owner, field, target in REFERENCES:
        if owner == kind and result.get(field) is not None:
            result[field] = _remap(result[field], target, k)
    if kind == "checklist":
        result["items"] = [_copy_item(item, k) for item in result["items"]]
    if kind == "template" and result.get("variants"):  # keyed by channel id: the copy's own channels
        result["variants"] = {_id("channel", channel, k): text for channel, text in result["variants"].items()}
    return result


def _copy_item(item, k: int):
    if not isinstance(item, dict):
        return item
    result = dict(item)
    for field, target in ITEM_REFERENCES:
        if result.get(field) is not None:
            result[field] = _remap(result[field], target, k)
    return result


def _remap(value, kind: str, k: int):
    if isinstance(value, list):
        return [_id(kind, v, k) for v in value]
    return _id(kind, value, k)


def _id(kind: str, entity_id: str, k: int) -> str:
    return entity_id if k == 1 or kind not in SCALED else f"{entity_id}-{k}"


def _load(path: Path):
    """Plain data with every scalar kept as written (the handbook's own strict loader)."""
    return load_file(path, str(path)).data


class _Dumper(yaml.SafeDumper):
    """Multi-line text as literal blocks, like a person would write it; no anchors."""

    def ignore_aliases(self, data) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(path: Path, data) -> None:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")
