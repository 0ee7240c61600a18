"""Every word the tool says exists in Swedish and in English, with the same parameters:
a handbook in either language never meets a missing key or a {name} left unfilled."""

from __future__ import annotations

import string

import pytest

from krishandbok.binder.labels import BINDER_LABELS
from krishandbok.messages import CATALOGUE
from krishandbok.render.exercises import WORDS as EXERCISE_PAGE_WORDS
from krishandbok.render.labels import LABELS

LANGUAGES = ("sv", "en")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _by_language() -> dict[str, dict[str, dict[str, str]]]:
    """catalogue name → language → key → text."""
    messages = {language: {key: texts[language] for key, texts in CATALOGUE.items() if language in texts}
                for language in LANGUAGES}
    return {"messages": messages, "labels": LABELS, "binder labels": BINDER_LABELS,
            "exercise pages": EXERCISE_PAGE_WORDS}


@pytest.mark.parametrize("name", ["messages", "labels", "binder labels", "exercise pages"])
def test_swedish_and_english_have_the_same_keys(name):
    catalogue = _by_language()[name]
    assert set(catalogue) == set(LANGUAGES)
    only_sv = sorted(set(catalogue["sv"]) - set(catalogue["en"]))
    only_en = sorted(set(catalogue["en"]) - set(catalogue["sv"]))
    assert (only_sv, only_en) == ([], []), f"{name}: only in Swedish {only_sv}, only in English {only_en}"


@pytest.mark.parametrize("name", ["messages", "labels", "binder labels", "exercise pages"])
def test_both_languages_take_the_same_parameters(name):
    catalogue = _by_language()[name]
    different = [key for key in catalogue["sv"].keys() & catalogue["en"].keys()
                 if _fields(catalogue["sv"][key]) != _fields(catalogue["en"][key])]
    assert different == []


def test_every_message_has_both_languages():
    assert [key for key, texts in CATALOGUE.items() if set(texts) != set(LANGUAGES)] == []
