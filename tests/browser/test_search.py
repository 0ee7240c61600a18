"""Search finds words as people type them: as written, in base form, and inflected.

Material indexes words as written; assets/javascripts/workers/krishandbok-search-worker.js
adds the stem of each query word (lunr's Swedish or English stemmer) as one more prefix.
Each case runs on the served site and on the offline build opened from file://.
"""

from __future__ import annotations

import re

import pytest

from krishandbok import validate

from .conftest import DESKTOP, PHONE, SITE_DATA, describe, run_axe, search

pytestmark = pytest.mark.browser

SWEDISH = [
    ("beslutar", "a word exactly as it stands in the text"),
    ("beslut", "its base form"),
    ("vattenläckorna", "an inflection of vattenläcka that is not in the text"),
]
ENGLISH = [
    ("floods", "a word exactly as it stands in the text"),
    ("flood", "its base form"),
    ("flooding", "an inflection that is not in the text"),
]


def _corpus(site) -> str:
    return " ".join(f"{doc['title']} {doc['text']}" for doc in site.search_index()["docs"]).lower()


def _words(site) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", _corpus(site)))


def _find(browsing, site, query: str) -> list[str]:
    page = browsing().new_page()
    page.goto(site.url("index.html"))
    return search(page, query)


@pytest.mark.parametrize("which", ["site", "offline_site"])
@pytest.mark.parametrize(("query", "case"), SWEDISH, ids=[q for q, _ in SWEDISH])
def test_swedish_words_are_found(request, browsing, which, query, case):
    site = request.getfixturevalue(which)
    words = _words(site)
    assert "beslutar" in words and "vattenläcka" in words, "the test handbook must say these words"
    assert "vattenläckorna" not in words, "the inflection must be absent from the text for this test"
    results = _find(browsing, site, query)
    assert results, f"{query!r} ({case}) found nothing on {which}"


@pytest.mark.parametrize("which", ["english_site", "english_offline_site"])
@pytest.mark.parametrize(("query", "case"), ENGLISH, ids=[q for q, _ in ENGLISH])
def test_english_words_are_found(request, browsing, which, query, case):
    site = request.getfixturevalue(which)
    words = _words(site)
    assert "floods" in words and "flooding" not in words
    assert _find(browsing, site, query), f"{query!r} ({case}) found nothing on {which}"


def test_an_absent_inflection_finds_the_page_with_the_base_form(browsing, site):
    results = _find(browsing, site, "vattenläckorna")
    pages_with_word = {
        doc["location"].split("#")[0] for doc in site.search_index()["docs"] if "vattenläck" in doc["text"].lower()
    }
    assert pages_with_word & {r.replace("index.html", "") for r in results}


def _rare_word(site, texts: list[str]) -> tuple[str, set[str]]:
    """A long word from `texts` on as few pages of the site as any: (word, those pages).

    A text can show on more than its own page (a first message on its scenario's page, a
    checklist item in a role's first hour), so one page only is not to be expected."""
    pages: dict[str, set[str]] = {}
    for doc in site.search_index()["docs"]:
        for word in re.findall(r"[^\W\d_]+", doc["text"].lower()):
            pages.setdefault(word, set()).add(doc["location"].split("#")[0])
    candidates = sorted({w for text in texts for w in re.findall(r"[^\W\d_]{9,}", text.lower()) if w in pages})
    if not candidates:
        pytest.fail("no long word of these texts is in the search index")
    word = min(candidates, key=lambda w: (len(pages[w]), w))
    return word, pages[word]


def test_template_bodies_are_found(browsing, site):
    handbook = validate(SITE_DATA).handbook
    word, pages = _rare_word(site, [template.body for template in handbook.templates.values()])
    assert pages & {r.replace("index.html", "") for r in _find(browsing, site, word)}, (word, pages)


def test_checklist_items_are_found(browsing, site):
    handbook = validate(SITE_DATA).handbook
    items = [item.text for checklist in handbook.checklists.values() for item in checklist.items]
    word, pages = _rare_word(site, items)
    assert pages & {r.replace("index.html", "") for r in _find(browsing, site, word)}, (word, pages)


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_open_search_with_results_has_no_axe_violations(browsing, site, width):
    page = browsing(width).new_page()
    page.goto(site.url("index.html"))
    assert search(page, "beslutar")
    violations = run_axe(page)
    assert not violations, describe(violations)
