"""The committed JSON Schemas match the models and accept every data file (jsonschema as an independent client)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import EXAMPLE, ROOT, TEST_HANDBOOKS

from krishandbok.handbook import FOLDERS
from krishandbok.tools.schemas import SCHEMAS, stale_schemas

SCHEMA_DIR = ROOT / "schemas"


class _Yaml12Loader(yaml.SafeLoader):
    """PyYAML without YAML 1.1's timestamps, as an editor's YAML 1.2 client reads dates: text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_committed_schemas_match_the_models():
    assert stale_schemas(SCHEMA_DIR) == []


def _schema_for(path: Path, data_dir: Path) -> str:
    relative = path.relative_to(data_dir)
    folder_kinds = {folder: kind for kind, (folder, _) in FOLDERS.items()}
    if len(relative.parts) > 1 and relative.parts[0] in folder_kinds:
        return folder_kinds[relative.parts[0]]
    return path.stem


def _files(data_dir: Path):
    return sorted(p for p in data_dir.rglob("*.yaml"))


@pytest.mark.parametrize("data_dir", [EXAMPLE, *TEST_HANDBOOKS.values()], ids=["example", *TEST_HANDBOOKS])
def test_schemas_accept_every_data_file(data_dir):
    files = _files(data_dir)
    assert files
    for path in files:
        name = _schema_for(path, data_dir)
        assert name in SCHEMAS, path
        schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
        jsonschema.validate(data, schema)
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# yaml-language-server: $schema=") and f"{name}.schema.json" in first_line


def test_schemas_reject_a_misspelt_key():
    schema = json.loads((SCHEMA_DIR / "roles.schema.json").read_text(encoding="utf-8"))
    data = yaml.load((EXAMPLE / "roles.yaml").read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    data["roles"][0]["sumary"] = data["roles"][0].pop("summary")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_contacts_example_matches_its_schema():
    schema = json.loads((SCHEMA_DIR / "contacts.schema.json").read_text(encoding="utf-8"))
    data = yaml.load((ROOT / "contacts.example.yaml").read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    jsonschema.validate(data, schema)
