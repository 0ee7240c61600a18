"""Public and internal builds: personal contact data never leaks into the public site or PDFs.

Each profile is built once per module, with the binder PDFs (KRISHANDBOK_PDF=1).
"""

from __future__ import annotations

import datetime
import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ENGLISH, EXAMPLE, HANDBOOKS, ROOT, SODERTUNA, edit, line_of, run_cli

from krishandbok import read_handbook, validate
from krishandbok.binder import binder_data, cards_data
from krishandbok.contacts import ProfileError, by_role, load_contacts, profile_from_environment
from krishandbok.edition import Edition

# The builds here are of the Södertuna test handbook with its own overlay: they must not
# depend on what a municipality keeps in data/ and contacts.example.yaml.
OVERLAY = HANDBOOKS / "sodertuna-contacts.yaml"
# Swedish mobile numbers in any common spelling: 070-174 06 05, 0701740605, +46 70 174 06 05.
MOBILE = re.compile(r"(?:\+46|0046|\b0)[\s-]*7[02369](?:[\s-]*\d){7}\b")

pytestmark = pytest.mark.slow


def build(site: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    environment.update(NO_MKDOCS_2_WARNING="1", HANDBOOK_DATA=str(SODERTUNA), **env)
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
    """What a file in the built site says, decoded: HTML, JSON, XML, gzip and PDF text
    (a PDF as pypdf and as pdftotext read it: two extractors, two chances to find a leak)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join([page.extract_text() or "" for page in PdfReader(path).pages] + pdf_pages(path))
    text = data.decode("utf-8", errors="replace")
    return html.unescape(html.unescape(text)).replace("\\u002d", "-")


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF, as pdftotext lays it out."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def header(page_text: str) -> str:
    """The running header of a binder page: its first two lines (internal: the mark, then the section)."""
    return " ".join(page_text.splitlines()[:2])


@pytest.fixture(scope="module")
def public_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("public") / "site"
    # HANDBOOK_PRIVATE set, but a public build must ignore it; the PDFs are built and scanned too
    result = build(site, HANDBOOK_PRIVATE=str(OVERLAY), KRISHANDBOK_PDF="1")
    assert result.returncode == 0, result.stderr
    assert "contacts file is not read" in result.stderr
    return site


@pytest.fixture(scope="module")
def internal_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("internal") / "site"
    result = build(site, HANDBOOK_PROFILE="internal", HANDBOOK_PRIVATE=str(OVERLAY), KRISHANDBOK_PDF="1")
    assert result.returncode == 0, result.stderr
    return site


def test_public_build_leaks_nothing(public_site):
    values = private_values()
    files = [p for p in public_site.rglob("*") if p.is_file() and p.suffix in
             (".html", ".js", ".json", ".xml", ".gz", ".pdf", ".txt", ".css")]
    assert any(p.name == "search_index.json" for p in files) and any(p.suffix == ".gz" for p in files)
    # The binder, the pocket cards, and a pack per exercise of the handbook: all scanned.
    packs = {f"{exercise_id}.pdf" for exercise_id in validate(SODERTUNA).handbook.exercises}
    expected = {"krishandbok.pdf", "kriskort.pdf", "kriskort-a4.pdf"} | packs
    assert {p.name for p in files if p.suffix == ".pdf"} == expected
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
        text = page.read_text(encoding="utf-8")
        assert "Internt – får inte spridas" in text, page
        assert '<meta name="robots" content="noindex, nofollow">' in text, page


def test_public_build_is_neither_marked_nor_hidden(public_site):
    for page in public_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "kh-internal" not in text and "noindex" not in text, page


def test_public_pdfs_carry_no_internal_mark(public_site):
    for name in ("krishandbok.pdf", "kriskort.pdf", "kriskort-a4.pdf"):
        assert "Internt" not in readable_text(public_site / name)


# --------------------------------------------------------------------------- the internal binder and pocket cards


def test_internal_binder_lists_every_contact(internal_site):
    people = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["contacts"]
    pages = pdf_pages(internal_site / "krishandbok.pdf")
    contacts_pages = flat(" ".join(page for page in pages if "Kontakter" in header(page)))
    assert "Roll Innehavare Ersättare" in contacts_pages  # the section, not only its bookmark
    for person in people:
        for value in (person["name"], person["phone"], person["email"], person.get("note")):
            assert value is None or value in contacts_pages, value


def test_internal_binder_has_contacts_on_each_role_card(internal_site):
    handbook = validate(SODERTUNA).handbook
    contacts, _ = load_contacts(OVERLAY, handbook)
    pages = pdf_pages(internal_site / "krishandbok.pdf")
    first_page = role_card_pages(internal_site / "krishandbok.pdf")
    for role_id, role in handbook.roles.items():
        card = flat(pages[first_page[role.name] - 1])
        assert f"{role.name} " in card and "Personer" in card, role_id
        for person in contacts.for_role(role_id):
            assert f"{person.name} · {person.phone}" in card, (role_id, person.name)


def role_card_pages(pdf: Path) -> dict[str, int]:
    """Role name → the 1-based page its section starts on, from the bookmarks under "Roller"."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    items = reader.outline
    section = next(i for i, item in enumerate(items) if not isinstance(item, list) and item.title == "Roller")
    return {
        item.title: reader.get_destination_page_number(item) + 1
        for item in items[section + 1] if not isinstance(item, list)
    }


def card_texts(pdf: Path) -> list[str]:
    """The text of each pocket card (all its pages), in order, from the cards' bookmarks."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    starts = [reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)]
    pages = pdf_pages(pdf)
    ends = starts[1:] + [len(pages)]
    return [" ".join(pages[start:end]) for start, end in zip(starts, ends, strict=True)]


def test_internal_pocket_card_of_each_role_names_its_people(internal_site):
    handbook = validate(SODERTUNA).handbook
    contacts, _ = load_contacts(OVERLAY, handbook)
    cards = card_texts(internal_site / "kriskort.pdf")
    assert len(cards) == len(handbook.roles)
    everyone = {person.name for person in contacts.people}
    for entry, card in zip(by_role(handbook, contacts), cards, strict=True):
        text = flat(card)
        for person in entry.holders + entry.deputies:
            assert f"{person.name} · {person.phone}" in text, (entry.role_id, person.name)
        expected = {person.name for person in entry.holders + entry.deputies}
        assert {name for name in everyone if name in text} == expected, entry.role_id


def test_internal_pdfs_are_marked_on_every_page(internal_site):
    for name in ("krishandbok.pdf", "kriskort.pdf", "kriskort-a4.pdf"):
        pages = pdf_pages(internal_site / name)
        assert pages and all("Internt – får inte spridas" in page for page in pages), name


def test_internal_build_needs_the_overlay_path(tmp_path):
    result = build(tmp_path / "site", HANDBOOK_PROFILE="internal")
    assert result.returncode != 0 and "HANDBOOK_PRIVATE" in result.stderr
    assert "Traceback" not in result.stderr


def test_committed_data_holds_no_mobile_numbers():
    # The numbers declared under `phone:` are functional by contract (never a person's).
    phone = validate(EXAMPLE).handbook.settings.phone
    functional = {n for n in (phone.switchboard, phone.information_line) if n} if phone else set()
    for path in sorted(EXAMPLE.rglob("*.yaml")):
        found = set(MOBILE.findall(path.read_text(encoding="utf-8"))) - functional
        assert not found, (path, found)


def test_mobile_pattern_catches_common_spellings():
    for number in ("070-174 06 05", "0701740605", "+46 70 174 06 05", "073-123 45 67"):
        assert MOBILE.search(f"Ring {number} nu"), number
    assert not MOBILE.search("Ring 113 13 eller 112.")


# --------------------------------------------------------------------------- the overlay itself


def test_overlay_is_valid():
    handbook = validate(SODERTUNA).handbook
    contacts, problems = load_contacts(OVERLAY, handbook)
    assert problems == [] and len(contacts.people) >= len(handbook.roles)
    assert {role for person in contacts.people for role in person.roles} == set(handbook.roles)


def test_unquoted_phone_and_unknown_role_are_reported_with_positions(tmp_path):
    overlay = tmp_path / "contacts.yaml"
    shutil.copy(OVERLAY, overlay)
    edit(overlay, 'phone: "070-174 06 41"', "phone: 0701740641")
    edit(overlay, "roles: [sakerhetsstrateg]", "roles: [sakerhetsstrategen]")
    handbook = validate(SODERTUNA).handbook
    _, problems = load_contacts(overlay, handbook)
    found = [(p.where.line, p.rule, p.message) for p in problems]
    assert found == [
        (line_of(overlay, "0701740641"), "contacts",
         'telefonnumret måste stå inom citattecken, t.ex. phone: "012-345 67 89" – annars kan det läsas som ett tal'),
        (line_of(overlay, "sakerhetsstrategen"), "unknown-reference",
         'kontakt nr 2: "roles" pekar på "sakerhetsstrategen", som inte finns bland rollerna'
         ' – menade du "sakerhetsstrateg"?'),
    ]


def test_public_profile_never_reads_the_path():
    profile = profile_from_environment({"HANDBOOK_PRIVATE": "/no/such/file.yaml"})
    assert not profile.internal and profile.private_path is None
    with pytest.raises(ProfileError):
        profile_from_environment({"HANDBOOK_PROFILE": "secret"})


# --------------------------------------------------------------------------- binder html and the binder command

PRINTED = Edition("2031-02-03.1", datetime.date(2031, 2, 3), None, datetime.date(2031, 2, 3))
ENGLISH_OVERLAY = """contacts:
  - name: Ada <b>Lovelace</b> & Co
    roles: [chief-executive]
    phone: "+46 (0)70-174 06 50"
    note: <script>alert(1)</script>
  - name: Bertil Bo
    roles: [press-officer, planner]
    phone: "070-174 06 51"
    email: bertil@example.se
"""


def english_contacts(tmp_path: Path, text: str = ENGLISH_OVERLAY) -> Path:
    overlay = tmp_path / "contacts.yaml"
    overlay.write_text(text, encoding="utf-8")
    return overlay


def binder_env(**env: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    return {**environment, **env}


def test_binder_data_carries_contacts_only_when_internal(tmp_path):
    handbook, _ = read_handbook(ENGLISH)
    contacts, problems = load_contacts(english_contacts(tmp_path), handbook)
    assert problems == []
    internal = json.dumps([binder_data(handbook, PRINTED, [], contacts), cards_data(handbook, PRINTED, contacts)])
    assert "Ada <b>Lovelace</b> & Co" in internal and "+46 (0)70-174 06 50" in internal  # data, set as text
    public = [binder_data(handbook, PRINTED, []), cards_data(handbook, PRINTED)]
    assert not any(part["internal"] for part in public) and public[0]["contacts"] is None
    assert "Lovelace" not in json.dumps(public) and "070-174" not in json.dumps(public)


def test_binder_command_internal_prints_contacts_and_marks_every_page(tmp_path):
    overlay = english_contacts(tmp_path)
    out = tmp_path / "out"
    env = binder_env(HANDBOOK_PROFILE="internal", HANDBOOK_PRIVATE=str(overlay))
    result = run_cli("binder", "--out", str(out), str(ENGLISH), env=env)
    assert result.returncode == 0, result.stderr
    binder, cards = pdf_pages(out / "krishandbok.pdf"), pdf_pages(out / "kriskort.pdf")
    assert all("Internal – not for distribution" in page for page in binder + cards)
    assert "Ada <b>Lovelace</b> & Co · +46 (0)70-174 06 50" in flat(" ".join(binder))
    assert "bertil@example.se" in flat(" ".join(binder))
    ada, bertil = "Ada <b>Lovelace</b> & Co · +46 (0)70-174 06 50", "Bertil Bo · 070-174 06 51"
    cards = card_texts(out / "kriskort.pdf")
    assert [(ada in flat(card), bertil in flat(card)) for card in cards] == [
        (True, True), (False, True), (True, True),  # chief executive, planner, press officer (+ deputies)
    ]


def test_binder_command_public_never_reads_the_overlay(tmp_path):
    overlay = english_contacts(tmp_path, "contacts: [this is: not valid\n")
    out = tmp_path / "out"
    result = run_cli("binder", "--out", str(out), str(ENGLISH), env=binder_env(HANDBOOK_PRIVATE=str(overlay)))
    assert result.returncode == 0, result.stderr
    assert "contacts file is not read" in result.stderr
    text = " ".join(pdf_pages(out / "krishandbok.pdf") + pdf_pages(out / "kriskort.pdf"))
    assert "Internal" not in text and not MOBILE.search(text)


def test_binder_command_refuses_a_bad_profile_or_overlay(tmp_path):
    out = tmp_path / "out"
    overlay = english_contacts(tmp_path, ENGLISH_OVERLAY.replace('"070-174 06 51"', "0701740651"))
    cases = [
        ({"HANDBOOK_PROFILE": "internal", "HANDBOOK_PRIVATE": str(overlay)}, 1, "must be quoted"),
        ({"HANDBOOK_PROFILE": "internal", "HANDBOOK_PRIVATE": str(tmp_path / "none.yaml")}, 1, "none.yaml"),
        ({"HANDBOOK_PROFILE": "internal"}, 2, "HANDBOOK_PRIVATE"),
        ({"HANDBOOK_PROFILE": "secret"}, 2, "HANDBOOK_PROFILE"),
    ]
    for env, code, said in cases:
        result = run_cli("binder", "--out", str(out), str(ENGLISH), env=binder_env(**env))
        assert (result.returncode, said in result.stderr) == (code, True), (env, result.stderr)
        assert "Traceback" not in result.stderr and not out.exists()
    assert f"{overlay}:8" in run_cli("binder", "--out", str(out), str(ENGLISH), env=binder_env(**cases[0][0])).stderr
