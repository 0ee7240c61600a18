"""The crisis binder and the pocket cards: the real PDFs, read back with pdftotext, pypdf and zbarimg.

The PDFs are built once per module. The engine's checks run on `rich`: the small
English handbook with every optional part of the contract filled in (adoption,
distribution, public numbers, an organisation, first actions, key messages, a
variant, a `max_length`), a role with forty first-hour items (its card must run
onto the back, never be cut short), text that looks like Typst code or Markdown,
and one git commit (the change log). `data/` gets only checks that hold for any
valid handbook.
"""

from __future__ import annotations

import datetime
import importlib.util
import math
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ENGLISH, ROOT, SODERTUNA, edit, run_cli
from pypdf import PdfReader

from krishandbok import firsthour, validate
from krishandbok.binder import binder_data, cards_data, first_hour, write_binder
from krishandbok.binder import pdf as binder_pdf
from krishandbok.binder.changelog import change_log
from krishandbok.binder.content import fill_in_lines, role_page
from krishandbok.binder.labels import BinderLabels
from krishandbok.binder.plain import plain
from krishandbok.edition import Edition, edition
from krishandbok.printed import BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE
from krishandbok.render import render_site
from krishandbok.timebox import minutes

pytestmark = pytest.mark.slow

TYPST_CODE = '#set page(fill: red) #read("/etc/passwd") $x^2$ @ref #(1 + 1)'
MARKDOWN_OR_HTML = re.compile(r"\*\*|__|\]\(|</?[a-zA-Z][^>]*>|^#{1,6} |`|\{[a-z_]+\}", re.MULTILINE)
LONG_ROLE_ITEMS = 40
LATER_ITEM = "Hand the watch over to the next shift."


@dataclass(frozen=True)
class Built:
    data_dir: Path
    handbook: object
    edition: Edition
    binder: Path
    cards: Path
    sheet: Path


# --------------------------------------------------------------------------- reading PDFs


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, laid out as on paper."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def header(page_text: str) -> str:
    """The running header: the page's first line."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    return lines[0] if lines else ""


def bookmarks(pdf: Path) -> list[tuple[int, str, int]]:
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


def section_entries(pdf: Path, section: str) -> list[tuple[str, int]]:
    """(title, start page) of the level-2 bookmarks under the level-1 bookmark `section`."""
    entries, inside = [], False
    for level, title, page in bookmarks(pdf):
        if level == 1:
            inside = title == section
        elif level == 2 and inside:
            entries.append((title, page))
    return entries


def text_sizes(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, size in pt, text) for every piece of text drawn, its size from the font size,
    the text matrix and the current transformation matrix (the vertical scale of both)."""
    sizes = []
    for number, page in enumerate(PdfReader(pdf).pages, start=1):

        def visit(text, cm, tm, font, font_size, number=number):
            if text.strip():
                c = tm[2] * cm[0] + tm[3] * cm[2]
                d = tm[2] * cm[1] + tm[3] * cm[3]
                sizes.append((number, font_size * math.hypot(c, d), text))

        page.extract_text(visitor_text=visit)
    return sizes


def figures(pdf: Path) -> list[tuple[int | None, str | None]]:
    """(page, alternative text) of every Figure in the PDF's structure tree (PDF/UA)."""
    reader = PdfReader(pdf)
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages, start=1)}
    found = []

    def walk(node, page_ref) -> None:
        node = node.get_object()
        if isinstance(node, list):
            for kid in node:
                walk(kid, page_ref)
            return
        if not hasattr(node, "get"):
            return
        page_ref = node.get("/Pg", page_ref)
        if node.get("/S") == "/Figure":
            found.append((pages.get(page_ref.idnum) if page_ref is not None else None, node.get("/Alt")))
        if node.get("/K") is not None:
            walk(node["/K"], page_ref)

    walk(PdfReader(pdf).trailer["/Root"]["/StructTreeRoot"], None)
    return found


def card_pages(cards: Path) -> dict[str, list[int]]:
    """Role name → the pages of its pocket card (from its bookmark to the next one's)."""
    starts = [(title, page) for level, title, page in bookmarks(cards) if level == 1]
    total = len(PdfReader(cards).pages)
    ends = [page for _, page in starts[1:]] + [total + 1]
    return {title: list(range(page, end)) for (title, page), end in zip(starts, ends, strict=True)}


def decode_qr(pdf: Path, page: int, tmp_path: Path) -> list[str]:
    image = tmp_path / f"qr-{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(image)], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", f"{image}.png"], capture_output=True, text=True)
    return out.stdout.split()


# --------------------------------------------------------------------------- builds


def _git(directory: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.se", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.se", "GIT_AUTHOR_DATE": "2031-02-03T10:00:00Z",
           "GIT_COMMITTER_DATE": "2031-02-03T10:00:00Z"}
    subprocess.run(["git", *args], cwd=directory, check=True, capture_output=True, env=env)


def make_rich_handbook(target: Path) -> Path:
    """The English handbook with every optional part filled in, and text that must print literally."""
    shutil.copytree(ENGLISH, target)
    edit(target / "handbook.yaml", "principles:", (
        "adopted:\n  by: The Council\n  date: 2031-01-15\n  reference: C 2031/7\n"
        "distribution: [Crisis room, Town hall reception]\n"
        "principles:"
    ))
    (target / "organisations.yaml").write_text(
        "organisations:\n  - id: county\n    name: County Board\n    role: Coordinates the region.\n"
        '    phone: "010-224 90 00"\n    alert_at: [major-incident]\n    alerted_by: planner\n', encoding="utf-8",
    )
    edit(target / "roles.yaml", "summary: Writes and publishes what the council says.",
         f"summary: 'Writes **what** the council says. {TYPST_CODE}'")
    edit(target / "templates/first-message.yaml", "    example: a flood in the town centre",
         "    example: a flood in the town centre\n    max_length: 40")
    items = "".join(
        f"  - text: Watch step {n:02d}, call the duty officer and note the time in the log.\n"
        f"    within: {n + 1} min\n" for n in range(LONG_ROLE_ITEMS)
    )
    later = f"  - text: {LATER_ITEM}\n    within: 4 h\n"  # after the first hour
    (target / "checklists/long-watch.yaml").write_text(
        f"title: Long watch\nowner: planner\nphase: during\nitems:\n{later}{items}", encoding="utf-8",
    )
    _git(target, "init", "-q")
    _git(target, "add", ".")
    _git(target, "commit", "-qm", "Rich handbook for the binder tests")
    return target


def _build(data_dir: Path, out_dir: Path, config) -> Built:
    report = validate(data_dir)
    assert report.ok, [p.format("en") for p in report.errors]
    printed = edition(data_dir, datetime.date(2031, 2, 3))
    result = write_binder(report.handbook, out_dir, printed)
    assert result.warnings == []
    _say(config, f"binder of {data_dir.name}: " + ", ".join(f"{w.path.name} {w.pages} p." for w in result.files)
         + f" in {result.seconds:.1f} s")
    return Built(data_dir, report.handbook, printed, *(w.path for w in result.files))


def _say(config, line: str) -> None:
    """A figure for the reader of the test run (not an assertion): printed even when output is captured."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter and capture:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\n{line}")


@pytest.fixture(scope="module")
def rich(tmp_path_factory, pytestconfig) -> Built:
    data = make_rich_handbook(tmp_path_factory.mktemp("rich") / "data")
    return _build(data, tmp_path_factory.mktemp("rich-out"), pytestconfig)


@pytest.fixture(scope="module")
def rich_in_parts(tmp_path_factory, pytestconfig) -> Built:
    """The rich handbook laid out as a large one is: in parts of a few entries, joined."""
    data = make_rich_handbook(tmp_path_factory.mktemp("rich-parts") / "data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(binder_pdf, "WHOLE_BYTES", 1)
        patch.setattr(binder_pdf, "PART_BYTES", 5_300)  # roles: two in a part, then one
        return _build(data, tmp_path_factory.mktemp("rich-parts-out"), pytestconfig)


@pytest.fixture(scope="module", params=["whole", "in parts"])
def built(request) -> Built:
    """Both ways a binder is laid out: as one Typst document, and in parts joined."""
    return request.getfixturevalue("rich" if request.param == "whole" else "rich_in_parts")


@pytest.fixture(scope="module")
def example(tmp_path_factory, pytestconfig) -> Built:
    """The Swedish test handbook's binder (data/ gets the generic checks in test_handbook.py)."""
    return _build(SODERTUNA, tmp_path_factory.mktemp("example-binder"), pytestconfig)


def words(built: Built) -> BinderLabels:
    return BinderLabels(built.handbook.language)


# --------------------------------------------------------------------------- what is printed: text


def test_no_markdown_or_html_on_any_page(built: Built):
    for pdf in (built.binder, built.cards, built.sheet):
        for number, text in enumerate(page_texts(pdf), start=1):
            found = MARKDOWN_OR_HTML.search(text)
            assert found is None, f"{pdf.name} p.{number}: {found.group(0)!r}"


def test_text_that_looks_like_typst_code_prints_as_written(built: Built):
    binder, cards = flat(" ".join(page_texts(built.binder))), flat(" ".join(page_texts(built.cards)))
    for text in (binder, cards):
        assert TYPST_CODE in text
        assert "root:" not in text  # read() never ran
    assert "Writes what the council says." in binder  # its Markdown emphasis read out, not printed


def test_every_page_shows_the_edition_and_its_number(rich: Built):
    t = words(rich)
    assert re.fullmatch(r"2031-02-03\.1", rich.edition.label)
    for pdf in (rich.binder, rich.cards):
        pages = page_texts(pdf)
        for number, text in enumerate(pages, start=1):
            assert f"{t('edition')} {rich.edition.label}" in text, (pdf.name, number)
            assert f"{t('page')} {number} {t('of')} {len(pages)}" in flat(text), (pdf.name, number)


def test_pages_of_a_reviewed_entry_show_its_review_date(built: Built):
    t = words(built)
    pages = page_texts(built.binder)
    for title, start in section_entries(built.binder, t("section.roles")):
        role = next(r for r in built.handbook.roles.values() if r.name == title)
        stamp = f"{t('reviewed')} {role.reviewed.isoformat()}" if role.reviewed else None
        assert (stamp in pages[start - 1]) if stamp else (t("reviewed") not in pages[start - 1]), title


def test_cover_front_matter_and_forms(built: Built):
    t, settings = words(built), built.handbook.settings
    pages = page_texts(built.binder)
    cover = flat(pages[0])
    for text in (settings.title, settings.organisation, built.edition.label, settings.site_url):
        assert text in cover
    everything = flat(" ".join(pages))
    adopted = settings.adopted
    for text in (adopted.by, adopted.date.isoformat(), adopted.reference, *settings.distribution,
                 settings.phone.switchboard, settings.phone.information_line, "County Board", "010-224 90 00",
                 t("control.next_review") + " 2032-01-15", "Rich handbook for the binder tests",
                 t("changes.by_hand")):
        assert text in everything, text
    titles = [title for _, title, _ in bookmarks(built.binder)]
    for form in ("form.log", "form.approval", "form.tally", "form.report", "form.rota", "form.media"):
        assert t(form) in titles, form
    report = next(text for text in pages if flat(text).count(t("form.report")) and t("form.report.needs") in text)
    for part in ("situation", "actions", "needs", "forecast"):
        assert t(f"form.report.{part}") in flat(report)
    rota = next(flat(text) for text in pages if t("form.rota.date") in text)
    assert all(role.name in rota for role in built.handbook.roles.values())


def fonts_of(pdf: Path, page: int) -> dict[str, str]:
    """Text piece → the base font it is drawn in, on a 1-based page."""
    found = {}

    def visit(text, cm, tm, font, font_size):
        if text.strip() and font is not None:
            found[text.strip()] = str(font.get("/BaseFont", ""))

    PdfReader(pdf).pages[page - 1].extract_text(visitor_text=visit)
    return found


def test_facts_print_their_labels_bold_and_their_values_plain(built: Built):
    t = words(built)
    page = next(page for _, title, page in bookmarks(built.binder) if title == t("section.control"))
    fonts = fonts_of(built.binder, page)
    assert "Bold" in fonts[t("control.adopted_by")] and "Bold" in fonts[t("control.copy")]
    assert "Bold" not in fonts["The Council"]  # the first value of the first row


def test_a_templates_mode_is_labelled(built: Built):
    t = words(built)
    page = next(page for _, title, page in bookmarks(built.binder) if title == "First message")
    assert f"{t('template.when')} {t('mode.proactive')}" in flat(page_texts(built.binder)[page - 1])


def test_change_log_has_a_row_for_a_single_commit(rich: Built):
    changes = change_log(rich.data_dir)
    assert [(c.edition, c.subject) for c in changes] == [(rich.edition.label, "Rich handbook for the binder tests")]


def test_change_log_numbers_a_days_commits_from_the_first(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    _git(data, "init", "-q")
    _git(data, "add", ".")
    _git(data, "commit", "-qm", "first")
    edit(data / "roles.yaml", "name: Press officer", "name: Communications officer")
    _git(data, "commit", "-qam", "second")
    assert [(c.edition, c.subject) for c in change_log(data)] == [("2031-02-03.2", "second"), ("2031-02-03.1", "first")]
    assert change_log(tmp_path / "not-a-repository") == []


# --------------------------------------------------------------------------- role sections


def test_every_role_section_starts_on_an_odd_page_and_its_pages_name_it(built: Built):
    t = words(built)
    pages = page_texts(built.binder)
    roles = section_entries(built.binder, t("section.roles"))
    assert [title for title, _ in roles] == [role.name for role in built.handbook.roles.values()]
    following = [start for _, start in roles[1:]] + [next(
        page for level, _, page in bookmarks(built.binder) if level == 1 and page > roles[-1][1])]
    for (title, start), end in zip(roles, following, strict=True):
        assert start % 2 == 1, f"{title} starts on page {start}"
        for number in range(start + 1, end):
            text = pages[number - 1]
            if t("blank_page") in text:
                assert number == end - 1 and number % 2 == 0, f"blank page {number} inside {title}"
                continue
            assert header(text) == f"{title} – {t('continued')}", (title, number)


def test_role_section_holds_its_first_hour_in_time_order_deputy_and_report_to(built: Built):
    t = words(built)
    pages = page_texts(built.binder)
    roles = dict(section_entries(built.binder, t("section.roles")))
    planner = built.handbook.roles["planner"]
    text = flat(" ".join(pages[roles[planner.name] - 1: roles[planner.name] + 3]))
    assert f"{t('deputy')} {built.handbook.roles[planner.deputy].name}" in text
    assert f"{t('reports_to')} {built.handbook.roles[planner.reports_to].name}" in text
    positions = [text.index(f"Watch step {n:02d}") for n in range(LONG_ROLE_ITEMS)]
    assert positions == sorted(positions)


def test_a_role_section_splits_first_hour_and_the_rest_as_the_roles_page_does(built: Built):
    t = words(built)
    planner = built.handbook.roles["planner"]
    first, rest = firsthour.role_steps(built.handbook, "planner")
    assert [i["text"] for i in first_hour(built.handbook, "planner")] == [plain(s.item.text) for s in first]
    assert LATER_ITEM in [s.item.text for s in rest]
    pages = page_texts(built.binder)
    roles = dict(section_entries(built.binder, t("section.roles")))
    text = flat(" ".join(pages[roles[planner.name] - 1: roles[planner.name] + 3]))
    assert text.index(flat(t("first_hour"))) < text.index("Watch step 39") < text.index(flat(t("role.rest")))
    assert text.index(flat(t("role.rest"))) < text.index(LATER_ITEM)
    card = flat(" ".join(page_texts(built.cards)[n - 1] for n in card_pages(built.cards)[planner.name]))
    assert "Watch step 39" in card and LATER_ITEM not in card  # the card is the first hour


def test_a_card_without_a_first_hour_shows_the_roles_duties_during_a_crisis(tmp_path: Path):
    data = make_rich_handbook(tmp_path / "data")
    with (data / "roles.yaml").open("a", encoding="utf-8") as roles:
        roles.write("  - id: runner\n    name: Runner\n    summary: Carries messages.\n    deputy: planner\n"
                    "    during:\n      - Carry the printed messages to the *reception*.\n")
    (data / "checklists/runner-after.yaml").write_text(  # its only checklist: after the crisis
        "title: Runner afterwards\nowner: runner\nphase: after\nitems:\n  - text: Return the radios.\n",
        encoding="utf-8")
    report = validate(data)
    assert report.ok, [p.format("en") for p in report.errors]
    handbook, role_id = report.handbook, "runner"
    assert first_hour(handbook, role_id) == []
    result = write_binder(handbook, tmp_path / "out", edition(data))
    role = handbook.roles[role_id]
    card = flat(" ".join(page_texts(result.cards.path)[n - 1] for n in card_pages(result.cards.path)[role.name]))
    assert all(flat(plain(duty)) in card for duty in role.during)
    assert flat(BinderLabels("en")("during")) in card


def test_first_hour_is_sorted_by_time_box():
    handbook = validate(ENGLISH).handbook
    for role_id in handbook.roles:
        times = [minutes(item["within"]) for item in first_hour(handbook, role_id)]
        timed = [m for m in times if m is not None]
        assert timed == sorted(timed) and times[: len(timed)] == timed, role_id  # timed first, in order


# --------------------------------------------------------------------------- checklists and templates


def test_checklists_have_a_tick_time_and_initials_column(built: Built):
    t = words(built)
    pages = page_texts(built.binder)
    for title, start in section_entries(built.binder, t("section.checklists")):
        heading_line = flat(pages[start - 1])
        for column in (t("checklist.done"), t("checklist.time"), t("checklist.initials")):
            assert column in heading_line, (title, column)
    for column in (t("checklist.done"), t("checklist.time"), t("checklist.initials")):
        assert column in t("howto.5")  # the how-to page names the columns as they are printed


def test_templates_print_each_channels_text_with_labelled_blanks_and_an_approval_box(built: Built):
    t = words(built)
    pages = page_texts(built.binder)
    template = built.handbook.templates["first-message"]
    start = dict(section_entries(built.binder, t("section.templates")))[template.title]
    text = flat(pages[start - 1])
    assert f"{t('template.for')} Website" in text and f"{t('template.for')} Text alert" in text
    for channel_id in template.channels:  # the body and each variant, up to its first placeholder
        assert template.text_for(channel_id).split("{")[0].strip() in text
    for placeholder in template.placeholders.values():
        assert placeholder.description in text and placeholder.example in text
    assert t("template.max", n="40") in text
    assert f"{t('template.approved')}" in text and t("template.at") in text


def test_blank_width_follows_max_length():
    handbook = validate(ENGLISH).handbook
    template = handbook.templates["first-message"]
    event = template.placeholders["event"].model_copy(update={"max_length": 10})
    template = template.model_copy(update={"placeholders": {**template.placeholders, "event": event}})
    lines = fill_in_lines("A {event} and {next}.", template)
    assert lines == [[{"text": "A "}, {"blank": "What has happened", "width": 24.0}, {"text": " and "},
                      {"blank": "When the next update comes", "width": 60}, {"text": "."}]]


def drawn_paths(pdf: Path, index: int) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) in points of every path drawn on page `index` (0-based): ruled
    lines, frames, the blanks' lines. Typst places each path with a `cm` inside q ... Q."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        matrix, saved, points, found = pikepdf.Matrix(), [], [], []
        for operands, operator in pikepdf.parse_content_stream(document.pages[index]):
            op = str(operator)
            if op == "q":
                saved.append(matrix)
            elif op == "Q":
                matrix = saved.pop()
            elif op == "cm":
                matrix = pikepdf.Matrix(*(float(v) for v in operands)) @ matrix
            elif op in ("m", "l"):
                points.append(matrix.transform((float(operands[0]), float(operands[1]))))
            elif op in ("S", "s", "f", "F", "B", "b", "n") and points:
                xs, ys = [x for x, _ in points], [y for _, y in points]
                found.append((min(xs), min(ys), max(xs), max(ys)))
                points = []
    return found


def test_a_long_blank_stays_inside_the_template_frame(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "templates/first-message.yaml", "    example: a flood in the town centre",
         "    example: a flood in the town centre\n    max_length: 100")  # 240 mm by the length alone
    result = write_binder(validate(data).handbook, tmp_path / "out", edition(data))
    t = BinderLabels("en")
    index = next(page - 1 for level, title, page in bookmarks(result.binder.path) if title == "First message")
    paths = drawn_paths(result.binder.path, index)
    frames = [p for p in paths if p[3] - p[1] > 20 and p[2] - p[0] > 300]
    blanks = [p for p in paths if p[3] - p[1] < 1 and any(f[0] < p[0] and f[1] < p[1] < f[3] for f in frames)]
    assert frames and blanks and t("template.for") in page_texts(result.binder.path)[index]
    for x0, y0, x1, _ in blanks:
        frame = next(f for f in frames if f[0] < x0 and f[1] < y0 < f[3])
        assert x1 <= frame[2], (x1, frame)
    assert max(x1 - x0 for x0, _, x1, _ in blanks) > 400  # the long one, as wide as the frame allows


def test_templates_and_checklists_come_in_order_of_use(rich: Built):
    data = binder_data(rich.handbook, rich.edition, [])
    phases = [c["phase"] for c in data["checklists"]]
    assert phases == sorted(phases, key=("during", "after", "before").index)
    assert [t["phase"] for t in data["templates"]] == sorted(
        (t["phase"] for t in data["templates"]), key=("during", "after", "before").index)


def test_plain_text_reads_markdown_out():
    assert plain("Call **now** on [113 13](tel:11313) or see [the site](https://x.example/a).") == (
        "Call now on 113 13 or see the site (https://x.example/a).")
    assert plain("- one\n- *two*") == "• one\n• two"
    assert plain("Call [the duty officer](tel:+46647100099) or [112](tel:112).") == (
        "Call the duty officer (+46647100099) or 112.")  # a link's text without a number gets it
    assert plain("3. Call the fire service.") == "3. Call the fire service."  # a numbered line keeps its number
    assert plain("Do this:\n\n1. one\n2. two\n\nThen rest.") == "Do this:\n1. one\n2. two\n\nThen rest."
    assert plain(TYPST_CODE) == TYPST_CODE
    assert plain(None) == ""


# --------------------------------------------------------------------------- channels, contents, tagging


def test_channel_directory_is_at_least_9pt_with_no_hyphenated_role_names(built: Built):
    t = words(built)
    start = next(page for level, title, page in bookmarks(built.binder) if title == t("section.channels"))
    sizes = [size for page, size, text in text_sizes(built.binder) if page >= start and text.strip()]
    body = [size for size in sizes if size < 15]  # the heading is larger
    assert body and min(body) >= 8.5  # footer 8.5 pt; the table itself 9.5
    table = [size for page, size, text in text_sizes(built.binder) if page >= start and "Website" in text]
    assert table and min(table) >= 9
    text = " ".join(page_texts(built.binder)[start - 1:])
    for role in built.handbook.roles.values():
        for part in role.name.split():
            assert not re.search(re.escape(part[: len(part) // 2]) + r"-\n", text)
    for channel in built.handbook.channels.values():
        assert channel.name in text


def test_contents_page_numbers_and_bookmarks_are_where_the_headings_are(rich: Built):
    t = words(rich)
    pages = page_texts(rich.binder)
    marks = bookmarks(rich.binder)
    assert marks and all(title in flat(pages[page - 1]) for _, title, page in marks)
    contents = next(i for i, text in enumerate(pages) if header(text) == t("contents"))
    listed = {}
    for text in pages[contents: contents + 3]:
        for match in re.finditer(r"^\s*(\S.*?)\s*(?:\.\s*)+\D?(\d+)\s*$", text, re.MULTILINE):
            listed[match.group(1)] = int(match.group(2))
    assert len(listed) >= len([m for m in marks if m[0] <= 2]) - 1
    for title, page in listed.items():
        assert (title, page) in [(m[1], m[2]) for m in marks], title


def test_a_binder_in_parts_numbers_its_front_i_ii_and_its_contents_name_the_printed_pages(rich_in_parts: Built):
    built = rich_in_parts
    t = words(built)
    pages = page_texts(built.binder)
    printed = {}  # the page number in each footer: "Page iii", "Page 12"
    for index, text in enumerate(pages):
        assert f"{t('edition')} {built.edition.label}" in text, index
        found = re.search(rf"{t('page')} ([ivxlc]+|\d+)\s*$", text.rstrip())
        assert found, index
        printed[found.group(1)] = index
    assert printed.get("i") == 0 and printed.get("1") is not None and printed["1"] % 2 == 0  # body starts odd
    marks = bookmarks(built.binder)
    assert all(title in flat(pages[page - 1]) for _, title, page in marks)
    contents = next(i for i, text in enumerate(pages) if header(text) == t("contents"))
    listed = [match.groups() for text in pages[contents: printed["1"]]
              for match in re.finditer(r"^\s*(\S.*?)\s*(?:\.\s*)+(\d+)\s*$", text, re.MULTILINE)]
    assert len(listed) >= len(built.handbook.roles) + len(built.handbook.templates)
    for title, number in listed:
        assert title in flat(pages[printed[number]]), (title, number)


def test_page_labels_are_the_printed_page_numbers(built: Built):
    """A viewer's page numbers (the PDF's page labels) are those in the footers: i, ii, ...
    then 1, 2, ... in a binder laid out in parts, 1, 2, ... in one laid out whole."""
    t = words(built)
    for pdf in (built.binder, built.cards):
        labels = PdfReader(pdf).page_labels
        printed = [re.search(rf"{t('page')} ([ivxlc]+|\d+)\b", text).group(1) for text in page_texts(pdf)]
        assert labels == printed, pdf.name


def test_pdfs_are_tagged_pdf_ua_with_language_and_alternative_text(built: Built):
    for pdf in (built.binder, built.cards):
        root = PdfReader(pdf).trailer["/Root"]
        assert root["/Lang"] == "en"
        assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
        assert re.search(rb"pdfuaid:part\W+1", root["/Metadata"].get_object().get_data())
        found = figures(pdf)
        assert found and all(alt for _, alt in found)
    cover = [alt for page, alt in figures(built.binder) if page == 1]
    assert cover == [BinderLabels("en")("qr", url=built.handbook.settings.site_url)]


# --------------------------------------------------------------------------- pocket cards


def test_card_text_is_never_below_8pt(built: Built):
    sizes = text_sizes(built.cards)
    smallest = min(sizes, key=lambda s: s[1])
    assert smallest[1] >= 7.95, smallest


def test_cards_continue_on_the_back_and_are_never_cut_short(built: Built):
    t = words(built)
    pages = page_texts(built.cards)
    cards = card_pages(built.cards)
    assert list(cards) == [role.name for role in built.handbook.roles.values()]
    for role_id, role in built.handbook.roles.items():
        numbers = cards[role.name]
        assert numbers[0] % 2 == 1
        text = flat(" ".join(pages[n - 1] for n in numbers))
        for item in first_hour(built.handbook, role_id):
            assert flat(item["text"]) in text, (role.name, item["text"])
        for number in numbers[1:]:
            page = pages[number - 1]
            assert t("blank_page") in page or header(page) == f"{role.name} – {t('continued')}"
    planner = cards[built.handbook.roles["planner"].name]
    assert len(planner) >= 2
    assert t("card.continues") in pages[planner[0] - 1]
    assert not re.search(r"\+\s*\d+\s+(more|punkter)", " ".join(pages))


def test_a_long_role_name_keeps_the_running_header_on_one_line_on_the_page(tmp_path: Path):
    name = ("Deputy Vice-Chancellor for Student Experience, Campus Operations, Estates, Security, "
            "Residences and Emergency Planning (out of hours duty officer)")
    data = make_rich_handbook(tmp_path / "data")
    edit(data / "roles.yaml", "name: Emergency planner", f"name: {name}")
    result = write_binder(validate(data).handbook, tmp_path / "out", edition(data))
    t = BinderLabels("en")
    for pdf in (result.cards.path, result.binder.path):
        pages = page_texts(pdf)
        going_on = [text for text in pages if header(text).endswith(f"– {t('continued')}")]
        assert going_on, pdf.name
        for text in going_on:
            first = header(text)
            if first.startswith(name[:12]):
                shortened = f"… – {t('continued')}"
                assert first.endswith(shortened) and name.startswith(first.removesuffix(shortened)), first
        assert any(header(text).startswith(name[:12]) for text in going_on), pdf.name
    for page, _, top, _, _, word in word_boxes(result.cards.path):
        assert top >= 0, (page, word)


def test_card_has_deputy_report_to_and_escalation(built: Built):
    t = words(built)
    pages = page_texts(built.cards)
    for role in built.handbook.roles.values():
        front = flat(pages[card_pages(built.cards)[role.name][0] - 1])
        assert f"{t('deputy')}: {built.handbook.roles[role.deputy].name}" in front
        if role.reports_to:
            assert f"{t('reports_to')}: {built.handbook.roles[role.reports_to].name}" in front


def test_every_card_has_a_qr_code_to_its_roles_page(built: Built, tmp_path: Path):
    cards = card_pages(built.cards)
    fronts = {pages[0] for pages in cards.values()}
    qr_pages = [page for page, alt in figures(built.cards)]
    assert sorted(qr_pages) == sorted(fronts)
    role_id, role = next(iter(built.handbook.roles.items()))
    url = built.handbook.settings.site_url.rstrip("/") + "/" + role_page(built.handbook, role_id)
    assert decode_qr(built.cards, cards[role.name][0], tmp_path) == [url]


def test_cards_without_a_site_url_name_the_page_instead(rich: Built):
    handbook = rich.handbook.__class__.__new__(rich.handbook.__class__)
    handbook.__dict__.update(rich.handbook.__dict__)
    handbook.settings = rich.handbook.settings.model_copy(update={"site_url": None})
    data = cards_data(handbook, rich.edition)
    assert data["qr"] is None
    for card, role_id in zip(data["cards"], handbook.roles, strict=True):
        assert card["qr"] is None and role_page(handbook, role_id) in card["page_path"]


def test_sheet_has_four_cards_per_a4_page(built: Built):
    sheet = PdfReader(built.sheet)
    sides = math.ceil(len(PdfReader(built.cards).pages) / 2)
    assert len(sheet.pages) == 2 * math.ceil(sides / 4)
    for page in sheet.pages:
        assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    text = flat(" ".join(page_texts(built.sheet)))
    assert all(role.name in text for role in built.handbook.roles.values())


def test_overlong_words_stay_inside_the_margins(tmp_path: Path):
    long_word = "Överlämningsdokumentation" * 5
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "checklists/first-hour.yaml", "  - Confirm the facts", f"  - {long_word} Confirm the facts")
    edit(data / "checklists/first-hour.yaml", "within: 15 min", f"within: {long_word}")
    edit(data / "roles.yaml", "name: Emergency planner", f"name: Emergency planner {long_word}")
    edit(data / "channels.yaml", "    fallback: text-alert", f"    fallback: text-alert\n    depends_on: [{long_word}]")
    result = write_binder(validate(data).handbook, tmp_path / "out", edition(data))
    for written in (result.binder, result.cards):
        out = subprocess.run(["pdftotext", "-bbox", str(written.path), "-"], capture_output=True, text=True).stdout
        for chunk in out.split("<page ")[1:]:
            width = float(re.match(r'width="([\d.]+)"', chunk).group(1))
            for match in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', chunk):
                assert float(match.group(1)) >= 10 and float(match.group(2)) <= width - 10, written.path.name
    assert long_word[:20] in " ".join(page_texts(result.cards.path))


def word_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x0, y0, x1, y1, text) of every word poppler finds, in points from the top left."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    for number, chunk in enumerate(out.split("<page ")[1:], start=1):
        for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                                 chunk):
            boxes.append((number, *(float(v) for v in match.groups()[:4]), match.group(5)))
    return boxes


def overprinted(pdf: Path) -> list[tuple[int, str, str]]:
    """(page, word, word) of every two words drawn over each other on the same line: a word
    that runs out of its table cell into the next column."""
    found = []
    boxes = word_boxes(pdf)
    for i, (page, x0, y0, x1, y1, word) in enumerate(boxes):
        for other_page, u0, v0, u1, v1, other in boxes[i + 1:]:
            same_line = min(y1, v1) - max(y0, v0) > 0.5 * min(y1 - y0, v1 - v0)
            if other_page == page and same_line and min(x1, u1) - max(x0, u0) > 0.5:
                found.append((page, word, other))
    return found


def across_rules(pdf: Path) -> list[tuple[int, str]]:
    """(page, word) of every word drawn across a vertical rule (a table's column line)."""
    found = []
    boxes = word_boxes(pdf)
    heights = [float(page.mediabox.height) for page in PdfReader(pdf).pages]
    for index, height in enumerate(heights):
        rules = [(x0, height - y1, height - y0) for x0, y0, x1, y1 in drawn_paths(pdf, index)
                 if x1 - x0 < 1.5 and y1 - y0 > 5]
        for page, x0, top, x1, bottom, word in boxes:
            if page == index + 1 and any(x0 + 0.5 < x < x1 - 0.5 and top < low and bottom > high
                                         for x, high, low in rules):
                found.append((page, word))
    return found


def test_table_text_stays_between_the_column_rules_and_headings_fit_whole(built: Built):
    assert across_rules(built.binder) == []
    t = words(built)
    boxes = word_boxes(built.binder)
    for _, page in section_entries(built.binder, t("section.checklists")):
        assert t("checklist.done") in [word for number, *_, word in boxes if number == page], page


def test_columns_side_by_side_have_different_headings():
    for language in ("sv", "en"):
        t = BinderLabels(language)
        assert len({t("time"), t("what"), t("who"), t("checklist.time"), t("checklist.done"),
                    t("checklist.initials")}) == 6, language
        assert t("checklist.done") in t("howto.5") and t("checklist.time") in t("howto.5"), language


def test_long_words_break_inside_their_cells_without_a_hyphen_or_an_added_character(tmp_path: Path):
    name = "Informationssäkerhetssamordnare"  # shorter than any fixed cut-off, wider than its column
    longer = "Kommunikationsberedskapssamordningsansvarig"
    short_mail, long_mail = "krisberedskap@lansstyrelsen.example", "nyhetsredaktionen.kris@lokalradion.example"
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "roles.yaml", "name: Press officer", f"name: {name}")
    edit(data / "roles.yaml", "name: Emergency planner", f"name: {longer}")
    edit(data / "organisations.yaml", '    phone: "0100-000 000"',
         f'    phone: "0100-000 000"\n    email: {short_mail}')
    edit(data / "organisations.yaml", "email: news@radio.example", f"email: {long_mail}")
    result = write_binder(validate(data).handbook, tmp_path / "out", edition(data))
    assert across_rules(result.binder.path) == []
    for pdf in (result.binder.path, result.cards.path):
        assert overprinted(pdf) == [], pdf.name
        text = "\n".join(page_texts(pdf))
        assert "\u200b" not in text and not re.search(r"\w-\n", text.replace(" -\n", ""))  # no hyphen added
    # in drawing order (a cell's lines one after the other), without the spaces and line ends
    text = "".join("".join(page.extract_text() for page in PdfReader(result.binder.path).pages).split())
    assert short_mail in text and long_mail in text and longer in text  # whole, however broken across lines
    assert {name, longer} <= {title for _, title, _ in bookmarks(result.binder.path)}


# --------------------------------------------------------------------------- data/: checks for any handbook


def test_example_binder_holds_for_any_valid_handbook(example: Built):
    t = words(example)
    pages = page_texts(example.binder)
    assert all(example.edition.label in text for text in pages)
    roles = section_entries(example.binder, t("section.roles"))
    assert [title for title, _ in roles] == [role.name for role in example.handbook.roles.values()]
    assert all(start % 2 == 1 for _, start in roles)
    assert min(size for _, size, _ in text_sizes(example.cards)) >= 7.95
    assert list(card_pages(example.cards)) == [role.name for role in example.handbook.roles.values()]
    assert all(alt for _, alt in figures(example.binder) + figures(example.cards))


# --------------------------------------------------------------------------- the site, the hook and the command


def test_site_has_a_print_page_and_the_start_page_links_the_pdfs():
    report = validate(ENGLISH)
    pages = {page.path: page for page in render_site(report.handbook, report.warnings)}
    assert '<a href="krishandbok.pdf" type="application/pdf">' in pages["index.md"].markdown
    binder = pages["binder/index.md"].markdown
    for name in (BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE):
        assert f'<a href="../{name}" type="application/pdf">' in binder
    assert "krishandbok binder" in binder  # how to write them when they are missing


def test_render_does_not_import_the_binder():
    code = "import sys, krishandbok.render.binder_page; print('krishandbok.binder' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "hooks")})
    assert result.stdout.strip() == "False"


def test_site_build_writes_the_pdfs_the_pages_link_to_and_shows_the_edition(tmp_path: Path):
    site = tmp_path / "site"
    env = dict(os.environ, KRISHANDBOK_PDF="1", HANDBOOK_DATA=str(ENGLISH), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for noise in ("Traceback", "Deprecat", "Warning:", "MkDocs 2.0"):
        assert noise not in result.stderr, noise
    label = edition(ENGLISH).label
    for page in (site / "index.html", site / "binder" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert f'<p class="kh-edition">Edition {label}</p>' in html
        links = re.findall(r'href="([^"]+\.pdf)"', html)
        assert len(links) == 3
        for link in links:
            assert len(PdfReader(page.parent / link).pages) > 0


def test_pdfs_are_written_under_serve_too_unless_turned_off(monkeypatch):
    spec = importlib.util.spec_from_file_location("krishandbok_hook_under_test", ROOT / "hooks" / "handbook.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.delenv("KRISHANDBOK_PDF", raising=False)
    hook.on_startup(command="serve", dirty=False)
    assert hook._pdf_wanted()
    monkeypatch.setenv("KRISHANDBOK_PDF", "0")
    assert not hook._pdf_wanted()


def test_cli_writes_the_three_pdfs(tmp_path: Path):
    result = run_cli("binder", "--out", str(tmp_path / "out"), str(ENGLISH))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for name in (BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE):
        assert len(PdfReader(tmp_path / "out" / name).pages) > 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted((BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE))


def test_cli_refuses_a_handbook_with_errors(handbook_dir: Path, tmp_path: Path):
    edit(handbook_dir / "roles.yaml", "deputy: press-officer", "deputy: nobody")
    result = run_cli("binder", "--out", str(tmp_path / "out"), str(handbook_dir))
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()


def test_cli_cannot_write_says_so_without_a_traceback(tmp_path: Path):
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = run_cli("binder", "--out", str(blocker), str(ENGLISH))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "could not be written" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_parts_keep_the_order_and_stay_within_their_size(monkeypatch):
    monkeypatch.setattr(binder_pdf, "PART_BYTES", 30)
    entries = ["a" * 8, "b" * 8, "c" * 40, "d" * 8, "e" * 8, "f" * 8]  # each 10 bytes of JSON, "c" 42
    parts = list(binder_pdf._slices(entries, binder_pdf._sizes(entries)))
    assert [entry for _, part in parts for entry in part] == entries
    assert [start for start, _ in parts] == [0, 2, 3]
    assert [part for _, part in parts][1] == ["c" * 40]  # too large for any part: a part of its own
    assert all(sum(binder_pdf._sizes(part)) <= 30 for _, part in parts if len(part) > 1)
    assert list(binder_pdf._slices([], [])) == []


def test_long_role_names_of_many_words_keep_to_their_rows_and_leave_other_columns_room(tmp_path: Path):
    """Names that wrap over several lines: the staffing rota's rows grow with them, and a
    table with two name columns (which level?) still leaves its text column room."""
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    long_names = {  # the level deciders (chief executive, press officer) with words of 30 letters and more
        "Chief executive": "Chairofthecrisismanagementboard and of the regional coordination conference",
        "Emergency planner": "Coordinator for communication with the board, the staff function and the region",
        "Press officer": "Communicationspreparednesscoordinator for the board",
    }
    for old, new in long_names.items():
        edit(data / "roles.yaml", f"name: {old}", f"name: {new}")
    edit(data / "levels.yaml", "name: Major incident", "name: Majorincidentwithcommunicationsurge")
    result = write_binder(validate(data).handbook, tmp_path / "out", edition(data))
    assert overprinted(result.binder.path) == []
    assert across_rules(result.binder.path) == []
    t = BinderLabels("en")
    aid = next(n for n, text in enumerate(page_texts(result.binder.path), start=1)
               if flat(t("aid.intro")) in flat(text))
    criteria = [c for level in validate(data).handbook.levels.values() for c in level.criteria]
    on_page = {word.strip(".,") for number, *_, word in word_boxes(result.binder.path) if number == aid}
    # the criteria column holds whole words, not a few letters a line
    assert {word.strip(".,") for c in criteria for word in plain(c).split()} <= on_page


@pytest.mark.parametrize("fixture", ["rich", "example"])  # English and Swedish headings
def test_the_which_level_tick_column_holds_its_heading_whole(fixture, request):
    built = request.getfixturevalue(fixture)
    t = words(built)
    aid = next(n for n, text in enumerate(page_texts(built.binder), start=1) if flat(t("aid.intro")) in flat(text))
    assert t("aid.tick") in [word for number, *_, word in word_boxes(built.binder) if number == aid]
