"""JSON Schemas for every file kind, generated from the models (never edited by hand).

Editors (VS Code with the YAML extension) read them through the
`# yaml-language-server: $schema=...` line at the top of each data file.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .. import model as m

SCHEMAS: dict[str, type[BaseModel]] = {
    "handbook": m.Settings,
    "roles": m.RolesFile,
    "audiences": m.AudiencesFile,
    "channels": m.ChannelsFile,
    "levels": m.LevelsFile,
    "scenarios": m.ScenariosFile,
    "template": m.Template,
    "checklist": m.Checklist,
    "organisations": m.OrganisationsFile,
    "exercise": m.Exercise,
    "contacts": m.ContactsFile,
}


def schema_text(name: str) -> str:
    """The schema of one file kind, as it is committed in `schemas/`."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(SCHEMAS[name].model_json_schema())
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def file_name(name: str) -> str:
    return f"{name}.schema.json"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMAS:
        path = directory / file_name(name)
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of the committed schemas that differ from the models."""
    stale = []
    for name in SCHEMAS:
        path = directory / file_name(name)
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(name):
            stale.append(file_name(name))
    return stale
