"""Public and internal builds: personal contact data never leaks into the public site."""

from __future__ import annotations

import gzip
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE, ROOT, edit

from krishandbok import validate
from krishandbok.contacts import ProfileError, load_contacts, profile_from_environment

OVERLAY = ROOT / "contacts.example.yaml"
# Swedish mobile numbers in any common spelling: 070-174 06 05, 0701740605, +46 70 174 06 05.
MOBILE = re.compile(r"(?:\+46|0046|\b0)[\s-]*7[02369](?:[\s-]*\d){7}\b")
# Functional numbers that may stand in data/ (none of them is a mobile number today).
FUNCTIONAL_NUMBERS: set[str] = set()

pytestmark = pytest.mark.slow


def build(site: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    environment.update(NO_MKDOCS_2_WARNING="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=600,
    )


def private_values() -> list[str]:
    people = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["contacts"]
    values = []
    for person in people:
        values += [person["name"], person.get("email"), person.get("note")]
        if person.get("phone"):
            values += [person["phone"], re.sub(r"\D", "", person["phone"])]
    return [value for value in values if value]


def readable_text(path: Path) -> str:
    """What a file in the built site says, decoded: HTML, JSON, XML, gzip and PDF text."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    text = data.decode("utf-8", errors="replace")
    return html.unescape(html.unescape(text)).replace("\\u002d", "-")


@pytest.fixture(scope="module")
def public_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("public") / "site"
    result = build(site, HANDBOOK_PRIVATE=str(OVERLAY))  # set, but a public build must ignore it
    assert result.returncode == 0, result.stderr
    assert "contacts file is not read" in result.stderr
    return site


@pytest.fixture(scope="module")
def internal_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("internal") / "site"
    result = build(site, HANDBOOK_PROFILE="internal", HANDBOOK_PRIVATE=str(OVERLAY))
    assert result.returncode == 0, result.stderr
    return site


def test_public_build_leaks_nothing(public_site):
    values = private_values()
    files = [p for p in public_site.rglob("*") if p.is_file() and p.suffix in
             (".html", ".js", ".json", ".xml", ".gz", ".pdf", ".txt", ".css")]
    assert any(p.name == "search_index.json" for p in files) and any(p.suffix == ".gz" for p in files)
    hits = []
    for path in files:
        text = readable_text(path)
        hits += [(path.name, value) for value in values if value in text]
        hits += [(path.name, match) for match in MOBILE.findall(text)]
    assert hits == []


def test_internal_build_contains_every_contact(internal_site):
    people = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["contacts"]
    contact_page = readable_text(internal_site / "kontakter" / "index.html")
    for person in people:
        assert person["name"] in contact_page
        assert person["phone"] in contact_page and person["email"] in contact_page
        for role_id in person["roles"]:
            card = readable_text(internal_site / "roller" / role_id / "index.html")
            assert person["name"] in card and person["phone"] in card


def test_internal_build_is_marked_on_every_page(internal_site):
    for page in internal_site.rglob("*.html"):
        assert "Internt – får inte spridas" in page.read_text(encoding="utf-8"), page


def test_internal_build_needs_the_overlay_path(tmp_path):
    result = build(tmp_path / "site", HANDBOOK_PROFILE="internal")
    assert result.returncode != 0 and "HANDBOOK_PRIVATE" in result.stderr
    assert "Traceback" not in result.stderr


def test_committed_data_holds_no_mobile_numbers():
    for path in sorted(EXAMPLE.rglob("*.yaml")):
        found = set(MOBILE.findall(path.read_text(encoding="utf-8"))) - FUNCTIONAL_NUMBERS
        assert not found, (path, found)


def test_mobile_pattern_catches_common_spellings():
    for number in ("070-174 06 05", "0701740605", "+46 70 174 06 05", "073-123 45 67"):
        assert MOBILE.search(f"Ring {number} nu"), number
    assert not MOBILE.search("Ring 113 13 eller 112.")


# --------------------------------------------------------------------------- the overlay itself


def test_example_overlay_is_valid():
    handbook = validate(EXAMPLE).handbook
    contacts, problems = load_contacts(OVERLAY, handbook)
    assert problems == [] and len(contacts.people) >= len(handbook.roles)
    assert {role for person in contacts.people for role in person.roles} == set(handbook.roles)


def test_unquoted_phone_and_unknown_role_are_reported_with_positions(tmp_path):
    overlay = tmp_path / "contacts.yaml"
    shutil.copy(OVERLAY, overlay)
    edit(overlay, 'phone: "070-174 06 05"', "phone: 0701740605")
    edit(overlay, "roles: [personalchef]", "roles: [personalchefen]")
    handbook = validate(EXAMPLE).handbook
    _, problems = load_contacts(overlay, handbook)
    found = [(p.where.line, p.rule, p.message) for p in problems]
    assert found == [
        (9, "contacts", 'telefonnumret måste stå inom citattecken, t.ex. phone: "012-345 67 89"'
                        " – annars kan det läsas som ett tal"),
        (12, "unknown-reference", 'kontakt nr 2: "roles" pekar på "personalchefen", som inte finns bland'
                                  ' rollerna – menade du "personalchef"?'),
    ]


def test_public_profile_never_reads_the_path():
    profile = profile_from_environment({"HANDBOOK_PRIVATE": "/no/such/file.yaml"})
    assert not profile.internal and profile.private_path is None
    with pytest.raises(ProfileError):
        profile_from_environment({"HANDBOOK_PROFILE": "secret"})
