"""The crisis binder and the pocket cards: the real PDFs, read back with pdftotext and pypdf.

The PDFs are built once per module (WeasyPrint takes seconds): the example handbook
in data/, and an overflow case, the small English handbook with a 125-character
word, a long URL, a six-column Markdown table and a role with forty first-hour
items, which must neither run off the page nor spill a pocket card onto a second page.
"""

from __future__ import annotations

import datetime
import importlib.util
import logging
import logging.handlers
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ENGLISH, EXAMPLE, ROOT, edit, run_cli
from pypdf import PdfReader

from krishandbok import read_handbook, validate
from krishandbok.binder import Edition, binder_html, printed_date, site_html, version_of, write_binder
from krishandbok.binder.extensions import previous_version
from krishandbok.render import render_site

pytestmark = pytest.mark.slow

PRINTED = datetime.date(2031, 2, 3)
LONG_WORD = "Överlämningsdokumentation" * 5
LONG_URL = "https://handbook.sampletown.example/" + "a-very-long-path-without-any-break" * 4
SIX_COLUMNS = "| Time | Who | What | Where | Channel | Status |\n|---|---|---|---|---|---|\n" + (
    f"| 08:00 | {LONG_WORD} | first message | town hall | website | sent |\n"
)


@dataclass(frozen=True)
class Built:
    handbook: object
    edition: Edition
    binder: Path
    cards: Path


# --------------------------------------------------------------------------- reading PDFs


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, laid out as on paper."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def body_lines(page_text: str) -> list[str]:
    """The lines of a page without the running header (first line) and footer (last line)."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    return lines[1:-1]


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def word_boxes(pdf: Path) -> list[tuple[int, float, float, tuple[float, float, float, float], str]]:
    """(page number, page width, page height, (x0, y0, x1, y1), word) for every word."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    for number, chunk in enumerate(out.split("<page ")[1:], start=1):
        width, height = map(float, _PAGE.match("<page " + chunk).groups())
        for match in _WORD.finditer(chunk):
            x0, y0, x1, y1 = map(float, match.groups()[:4])
            boxes.append((number, width, height, (x0, y0, x1, y1), match.group(5)))
    return boxes


def outline(pdf: Path) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) for every PDF bookmark, in order."""
    reader = PdfReader(pdf)
    found = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return found


def assert_nothing_outside(pdf: Path) -> None:
    """Every word lies on its page, and within the left and right margins (which are equal)."""
    boxes = word_boxes(pdf)
    assert boxes
    for number, width, height, (x0, y0, x1, y1), word in boxes:
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, f"{pdf.name} p.{number}: {word!r} off the page"
    left = min(box[0] for _, _, _, box, _ in boxes)
    for number, width, _, (_, _, x1, _), word in boxes:
        assert x1 <= width - left + 1.5, f"{pdf.name} p.{number}: {word!r} runs into the right margin ({x1:.1f})"


def linked_page_numbers(pdf: Path) -> list[tuple[int, str, int, int]]:
    """(page, words, printed number, target page) for every link that shows a page number:
    a cross-reference ending "(s. 12)" / "(p. 12)", or a contents line ending in leader dots and 12.
    The words are those inside the link's area; the target is the page its destination is on."""
    reader = PdfReader(pdf)
    targets = {name: reader.get_destination_page_number(dest) + 1 for name, dest in reader.named_destinations.items()}
    words: dict[int, list] = {}
    for number, _, _, box, word in word_boxes(pdf):
        words.setdefault(number, []).append((box, word))
    found = []
    for number, page in enumerate(reader.pages, start=1):
        height = float(page.mediabox.height)
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link" or "/Dest" not in annotation:
                continue
            x0, y0, x1, y1 = map(float, annotation["/Rect"])
            left, right = min(x0, x1) - 1, max(x0, x1) + 1
            top, bottom = height - max(y0, y1) - 1, height - min(y0, y1) + 1
            inside = sorted(
                ((wy0, wx0), word) for (wx0, wy0, wx1, wy1), word in words.get(number, [])
                if left <= wx0 and wx1 <= right and top <= (wy0 + wy1) / 2 <= bottom
            )
            texts = [word for _, word in inside]
            if len(texts) < 2:
                continue
            printed = re.fullmatch(r"(\d+)\)", texts[-1]) if texts[-2] in ("(s.", "(p.") else None
            printed = printed or (re.fullmatch(r"(\d+)", texts[-1]) if set(texts[-2]) == {"."} else None)
            if printed:
                found.append((number, " ".join(texts), int(printed.group(1)), targets[str(annotation["/Dest"])]))
    return found


# --------------------------------------------------------------------------- builds


def _build(data_dir: Path, out_dir: Path, config) -> Built:
    report = validate(data_dir)
    assert report.ok, [p.format("en") for p in report.errors]
    printed = Edition(version_of(data_dir, report.handbook.language), PRINTED)
    records = _capture("weasyprint")
    result = write_binder(report.handbook, out_dir, printed)
    logging.getLogger("weasyprint").removeHandler(records)
    assert not [r.getMessage() for r in records.buffer if r.levelno >= logging.WARNING]
    _say(config, f"binder of {data_dir}: {result.binder.pages} + {result.cards.pages} pages in {result.seconds:.1f} s")
    return Built(report.handbook, printed, result.binder.path, result.cards.path)


def _say(config, line: str) -> None:
    """A figure for the reader of the test run (not an assertion): printed even when output is captured."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter and capture:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\n{line}")


def _capture(name: str) -> logging.handlers.BufferingHandler:
    handler = logging.handlers.BufferingHandler(10_000)
    logging.getLogger(name).addHandler(handler)
    return handler


@pytest.fixture(scope="module")
def example(tmp_path_factory, pytestconfig) -> Built:
    return _build(EXAMPLE, tmp_path_factory.mktemp("example-binder"), pytestconfig)


def make_overflow_handbook(target: Path) -> Path:
    """The English handbook with text that would run off a page if it were not wrapped."""
    shutil.copytree(ENGLISH, target)
    edit(target / "handbook.yaml", "site_url: https://handbook.sampletown.example/", f"site_url: {LONG_URL}")
    edit(target / "checklists/first-hour.yaml", "title: The first hour", f"title: The first hour {LONG_WORD}")
    edit(target / "checklists/first-hour.yaml", "  - Confirm the facts", f"  - {LONG_WORD} Confirm the facts")
    edit(target / "checklists/first-hour.yaml", "within: 15 min", f"within: {LONG_WORD}")
    edit(target / "channels.yaml", "      crisis: At least every hour.", f"      crisis: Every hour at {LONG_URL}")
    depends = f"    fallback: text-alert\n    depends_on: [{LONG_WORD}]"
    edit(target / "channels.yaml", "    fallback: text-alert", depends)
    edit(target / "templates/first-message.yaml", "effect: Residents know", f"effect: {LONG_WORD} Residents know")
    table = "".join(f"      {line}\n" for line in SIX_COLUMNS.splitlines())
    many = "".join(f"      - Step {n}, call the duty officer and note the time in the log.\n" for n in range(40))
    planner = f"    description: |\n{table}    during:\n{many}      - Keep the log"
    edit(target / "roles.yaml", "    during:\n      - Keep the log", planner)
    return target


@pytest.fixture(scope="module")
def overflow(tmp_path_factory, pytestconfig) -> Built:
    data = make_overflow_handbook(tmp_path_factory.mktemp("overflow") / "data")
    return _build(data, tmp_path_factory.mktemp("overflow-binder"), pytestconfig)


# --------------------------------------------------------------------------- the binder


def test_every_role_scenario_checklist_and_template_is_in_the_binder(example: Built):
    hb = example.handbook
    text = flat(" ".join(page_texts(example.binder)))
    titles = {level: [] for level in (1, 2)}
    for level, title, _ in outline(example.binder):
        titles[level].append(title)
    for names in (
        [r.name for r in hb.roles.values()], [s.name for s in hb.scenarios.values()],
        [c.title for c in hb.checklists.values()], [t.title for t in hb.templates.values()],
    ):
        for name in names:
            assert name in text
            assert any(title.endswith(name) for title in titles[2]), f"{name!r} has no bookmark"
    for channel in hb.channels.values():
        assert channel.name in text


def test_sections_come_in_the_binder_order(example: Built):
    sections = [title for level, title, _ in outline(example.binder) if level == 1]
    assert sections == [
        "Så använder du pärmen", "Eskaleringsnivåer", "Scenarier", "Rollkort", "Checklistor", "Mallar",
        "Kanalförteckning",
    ]


def test_each_role_card_starts_a_new_page(example: Built):
    pages = page_texts(example.binder)
    role_pages = {title: page for level, title, page in outline(example.binder) if level == 2}
    for role in example.handbook.roles.values():
        lines = body_lines(pages[role_pages[role.name] - 1])
        assert lines[0] == role.name or lines[:2] == ["Rollkort", role.name]


def test_each_checklist_starts_a_new_page_with_a_tick_box_per_item(example: Built):
    pages = page_texts(example.binder)
    bookmarks = {title: page for level, title, page in outline(example.binder) if level == 2}
    for checklist in example.handbook.checklists.values():
        lines = body_lines(pages[bookmarks[checklist.title] - 1])
        assert checklist.title in lines[:2]
        assert re.search(r"Klar\s+Punkt\s+Klockan\s+Signatur", pages[bookmarks[checklist.title] - 1])
    boxes = sum(text.count("☐") for text in page_texts(example.binder))
    assert boxes == sum(len(c.items) for c in example.handbook.checklists.values())


def test_contents_page_numbers_are_where_the_sections_start(example: Built):
    pages = page_texts(example.binder)
    bookmarks = outline(example.binder)
    first_section = bookmarks[0][2]
    contents = flat(" ".join(pages[1 : first_section - 1]))
    assert contents.startswith("Krishandbok för Exempelby kommun Innehåll")
    position = 0
    for _, title, page in bookmarks:
        entry = re.escape(flat(re.sub(r"^\d+\. ", "", title)))
        match = re.compile(entry + r"[ .]*?(\d+)\b").search(contents, position)
        assert match, f"{title!r} is not in the contents"
        assert int(match.group(1)) == page, f"{title!r}: contents say {match.group(1)}, it starts on {page}"
        assert flat(title) in flat(pages[page - 1])
        position = match.end()


def test_every_reference_shows_the_page_it_links_to(example: Built):
    """The page numbers are written in by the binder (binder/pdf.py), not found by WeasyPrint:
    each one printed, in the contents and in the text, is the page its link leads to."""
    links = linked_page_numbers(example.binder)
    hb = example.handbook
    assert len(links) > len(hb.roles) + len(hb.scenarios) + len(hb.checklists) + len(hb.templates)
    assert any(page == 2 for page, *_ in links)  # the contents
    assert any(words.endswith(")") for _, words, *_ in links)  # cross-references
    wrong = [(page, words, target) for page, words, printed, target in links if printed != target]
    assert not wrong, wrong[:5]


def test_page_numbers_that_do_not_settle_are_left_to_weasyprint(tmp_path, monkeypatch, pytestconfig):
    """Should the printed page numbers keep moving pages, target-counter() finds them instead."""
    from krishandbok.binder import pdf

    laid_out = []
    layout = pdf._layout
    monkeypatch.setattr(pdf, "_layout", lambda html, *args: laid_out.append(html) or layout(html, *args))
    monkeypatch.setattr(pdf, "PAGE_ROUNDS", 1)  # the first layout only measures: never settled
    built = _build(ENGLISH, tmp_path / "out", pytestconfig)
    assert 'data-target-page="' in laid_out[0]
    assert 'class="kh-ref"' in laid_out[1] and "data-target-page=" not in laid_out[1]  # then the binder itself
    links = linked_page_numbers(built.binder)
    assert links
    assert all(printed == target for _, _, printed, target in links)


def test_version_and_printed_date_on_the_cover_and_in_every_footer(example: Built):
    pages = page_texts(example.binder)
    version, printed = example.edition.version, PRINTED.isoformat()
    cover = flat(pages[0])
    for expected in (example.handbook.settings.title, example.handbook.settings.organisation,
                     f"Version {version} · Utskriven {printed}", example.handbook.settings.site_url,
                     "Kontrollera att detta är den senaste versionen"):
        assert expected in cover
    for number, text in enumerate(pages, start=1):
        footer = [line for line in text.splitlines() if line.strip()][-1].strip()
        assert footer == f"Version {version} · Utskriven {printed} · Sida {number} av {len(pages)}"


def test_templates_mark_each_placeholder_for_filling_by_hand(example: Built):
    html = binder_html(example.handbook, example.edition)
    for template in example.handbook.templates.values():
        for name in template.placeholders:
            assert f'<span class="kh-fill"><span class="kh-fill-name">{name}</span></span>' in html
    assert not re.search(r"\{[a-z][a-z0-9_]*\}", " ".join(page_texts(example.binder)))


def test_the_pdf_is_tagged_has_a_language_and_real_text(example: Built):
    reader = PdfReader(example.binder)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert reader.metadata.title == example.handbook.settings.title
    role_page = {title: page for _, title, page in outline(example.binder)}["Kommunchef"]
    assert "Kommunchef" in reader.pages[role_page - 1].extract_text()


def test_nothing_is_outside_the_page(example: Built):
    assert_nothing_outside(example.binder)
    assert_nothing_outside(example.cards)


# --------------------------------------------------------------------------- pocket cards


def test_pocket_cards_one_a6_page_per_role(example: Built):
    reader = PdfReader(example.cards)
    roles = list(example.handbook.roles.values())
    assert len(reader.pages) == len(roles)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (298, 420)  # A6 in points
    footer = f"Version {example.edition.version} · Utskriven {PRINTED.isoformat()}"
    for role, text in zip(roles, page_texts(example.cards), strict=True):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert " ".join(lines[1:3]).startswith(role.name)  # a long name wraps
        assert "Första timmen" in lines
        assert lines[-1] == footer
        assert f"Ersättare {example.handbook.roles[role.deputy].name}" in flat(text)


def test_pocket_card_holds_the_roles_first_hour(example: Built):
    hb = example.handbook
    text = flat(page_texts(example.cards)[list(hb.roles).index("kommunchef")])
    assert flat(hb.roles["kommunchef"].during[0]) in text
    assert "Godkänn första beskedet. (25 min)" in text  # its item in another role's checklist
    assert "Eskalera till Krisledningsnämnd" in text


# --------------------------------------------------------------------------- overflow


def test_overflow_case_stays_on_the_page(overflow: Built):
    assert_nothing_outside(overflow.binder)
    assert_nothing_outside(overflow.cards)
    text = "".join("".join(page_texts(overflow.binder)).split())
    assert LONG_WORD in text
    assert LONG_URL in text
    assert len(PdfReader(overflow.cards).pages) == len(overflow.handbook.roles)


def test_overflow_card_says_what_was_left_out(overflow: Built):
    text = flat(page_texts(overflow.cards)[1])
    assert "Emergency planner" in text
    assert re.search(r"\+ \d+ more items: see the role card in the binder\.", text)


# --------------------------------------------------------------------------- html, edition, wiring


def test_print_links_carry_the_page_given_and_the_site_none(handbook_dir: Path):
    handbook, _ = read_handbook(handbook_dir)
    html = binder_html(handbook, Edition("v1", PRINTED), page_of=lambda anchor: 7)
    links = re.findall(r'<a (?:class="kh-ref" )?href="#[^"]+"[^>]*>', html)
    assert links and all('data-target-page="7"' in link for link in links)
    site = site_html(handbook)
    assert 'class="kh-ref"' in site and "data-target-page" not in site


def test_data_text_is_escaped(handbook_dir: Path):
    edit(handbook_dir / "roles.yaml", "name: Press officer", "name: Press <b>officer</b> & co")
    handbook, _ = read_handbook(handbook_dir)
    html = binder_html(handbook, Edition("v1", PRINTED))
    assert "Press &lt;b&gt;officer&lt;/b&gt; &amp; co" in html
    assert "<b>officer" not in html


def test_cover_without_site_url_has_no_qr_code(handbook_dir: Path):
    edit(handbook_dir / "handbook.yaml", "site_url: https://handbook.sampletown.example/\n", "")
    handbook, _ = read_handbook(handbook_dir)
    html = binder_html(handbook, Edition("v1", PRINTED))
    assert "<svg" not in html
    assert "Check that this copy is the latest: ask the Emergency planner." in html


def test_cover_qr_code_is_inline_svg(handbook_dir: Path):
    handbook, _ = read_handbook(handbook_dir)
    html = binder_html(handbook, Edition("v1", PRINTED))
    assert len(re.findall(r'<svg [^>]*class="kh-qr"', html)) == 1
    assert "https://handbook.sampletown.example/" in html
    assert not re.search(r'(src|href)="(https?:|//)', html)  # nothing to fetch


def test_printed_date_follows_source_date_epoch():
    assert printed_date({"SOURCE_DATE_EPOCH": "1700000000"}) == datetime.date(2023, 11, 14)
    assert printed_date({}) == datetime.date.today()


def test_version_without_git_is_the_newest_file_date(handbook_dir: Path):
    assert version_of(handbook_dir, "en").startswith("changed ")
    assert version_of(handbook_dir, "sv").startswith("ändrad ")


def _git(directory: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.se", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.se", "PATH": "/usr/bin:/bin"}
    return subprocess.run(["git", *args], cwd=directory, capture_output=True, text=True, check=True, env=env).stdout


def test_version_and_previous_version_from_git(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "first")
    first = _git(tmp_path, "rev-parse", "--short", "HEAD").strip()
    assert previous_version(data) is None
    edit(data / "roles.yaml", "name: Press officer", "name: Communications officer")
    assert previous_version(data) == first  # the working tree differs from the last commit
    _git(tmp_path, "commit", "-qam", "second")
    assert previous_version(data) == first
    _git(tmp_path, "tag", "v2")
    assert version_of(data, "en") == "v2"
    assert previous_version(data) == first  # no tag before v2: the data commit before it
    _git(tmp_path, "tag", "v1", first)
    assert previous_version(data) == "v1"


def test_change_log_when_the_changes_module_is_there(tmp_path: Path):
    pytest.importorskip("krishandbok.tools.changes")
    from krishandbok.binder import change_log

    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "first")
    edit(data / "roles.yaml", "name: Press officer", "name: Communications officer")
    html = change_log(data, "en")
    assert "Communications officer" in html
    assert "<!--" not in html


def test_site_has_a_print_page_and_the_start_page_links_the_pdfs():
    report = validate(ENGLISH)
    pages = {page.path: page for page in render_site(report.handbook, report.warnings)}
    assert '<a href="krishandbok.pdf" type="application/pdf">' in pages["index.md"].markdown
    binder = pages["binder/index.md"].markdown
    assert '<a href="../kriskort.pdf" type="application/pdf">' in binder
    assert 'id="kh-role-press-officer"' in binder
    assert binder.startswith("---\nsearch:\n  exclude: true\n---\n")


def test_site_build_writes_the_pdfs_the_pages_link_to(tmp_path: Path):
    site = tmp_path / "site"
    env = dict(os.environ, KRISHANDBOK_PDF="1", HANDBOOK_DATA=str(ENGLISH), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for page in (site / "index.html", site / "binder" / "index.html"):
        links = re.findall(r'href="([^"]+\.pdf)"', page.read_text(encoding="utf-8"))
        assert len(links) == 2
        for link in links:
            assert len(PdfReader(page.parent / link).pages) > 0


def test_serve_skips_the_pdfs_unless_asked(monkeypatch):
    spec = importlib.util.spec_from_file_location("krishandbok_hook_under_test", ROOT / "hooks" / "handbook.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.delenv("KRISHANDBOK_PDF", raising=False)
    hook.on_startup(command="serve", dirty=False)
    assert not hook._pdf_wanted()
    monkeypatch.setenv("KRISHANDBOK_PDF", "1")
    assert hook._pdf_wanted()
    hook.on_startup(command="build", dirty=False)
    monkeypatch.setenv("KRISHANDBOK_PDF", "0")
    assert not hook._pdf_wanted()
    monkeypatch.delenv("KRISHANDBOK_PDF")
    assert hook._pdf_wanted()


def test_cli_writes_both_pdfs(tmp_path: Path):
    result = run_cli("binder", "--out", str(tmp_path / "out"), str(ENGLISH))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "krishandbok.pdf").stat().st_size > 0
    assert len(PdfReader(tmp_path / "out" / "kriskort.pdf").pages) == 3


def test_cli_refuses_a_handbook_with_errors(handbook_dir: Path, tmp_path: Path):
    edit(handbook_dir / "roles.yaml", "deputy: press-officer", "deputy: nobody")
    result = run_cli("binder", "--out", str(tmp_path / "out"), str(handbook_dir))
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()
