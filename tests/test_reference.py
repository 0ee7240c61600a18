"""The key reference is generated from the models: every field of every model is in it."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from krishandbok import model as m
from krishandbok.reference import FILES, key_reference_markdown, rows


def all_models() -> list[type[BaseModel]]:
    """Every model a data file can contain, found by following the fields."""
    found: list[type[BaseModel]] = []
    pending = [kind.model for kind in FILES] + [m.Settings]
    while pending:
        model = pending.pop()
        if model in found:
            continue
        found.append(model)
        for info in model.model_fields.values():
            pending += [t for t in _models_in(info.annotation) if t not in found]
    return found


def _models_in(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in getattr(annotation, "__args__", ()) for model in _models_in(arg)]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_field_of_every_model_is_described(language: str):
    text = key_reference_markdown(language)
    models = all_models()
    assert {m.Cadence, m.Staffing, m.Placeholder, m.ChecklistItem, m.NamedText, m.Contact} <= set(models)
    for model in models:
        for name, info in model.model_fields.items():
            assert f"{name}`" in text, f"{model.__name__}.{name} is missing"
            assert info.description and info.description in text, f"{model.__name__}.{name} has no description"


def test_nested_keys_are_written_with_their_path():
    keys = [row.key for row in rows(m.Template, "sv")]
    assert "placeholders.<namn>.example" in keys
    assert [row.key for row in rows(m.Channel, "en")].count("cadence.crisis") == 1


def test_required_type_and_default_in_plain_words():
    text = key_reference_markdown("sv")
    assert "| `during` | ja | lista med text, minst 1 | Ansvar under en kris (minst en punkt). |" in text
    assert "| `review_interval_months` | nej (standard: 12) | heltal, 1–120 |" in text
    kinds = "social, web, press, phone, internal, broadcast, sms, email, physical, other"
    assert f"| `kind` | ja | ett av: {kinds} |" in text
    english = key_reference_markdown("en")
    assert "| `reviewed` | no | date YYYY-MM-DD |" in english
    assert english.startswith("# Reference of all keys")


def test_every_file_kind_has_a_section():
    text = key_reference_markdown("sv")
    for heading in ("`handbook.yaml`", "`roles.yaml`", "`audiences.yaml`", "`channels.yaml`", "`levels.yaml`",
                    "`scenarios.yaml`", "`templates/<id>.yaml`", "`checklists/<id>.yaml`", "Kontakter"):
        assert f"## {heading}" in text
