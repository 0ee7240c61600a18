"""The printed exercise pack: the real PDF, read back with pdftotext and pypdf."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SODERTUNA, edit, run_cli
from pypdf import PdfReader

from krishandbok import validate
from krishandbok.exercises.pack import write_pack
from krishandbok.exercises.pack_words import pack_words

pytestmark = pytest.mark.slow


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [" ".join(page.split()) for page in out.stdout.split("\f")[:-1]]


def first_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[:count])


def _simulation(handbook) -> str:
    return next(e for e, x in handbook.exercises.items() if x.format == "simulation" and x.injects)


def not_held(target: Path) -> Path:
    """The Swedish test handbook (data/ may hold any exercises, or none) with its exercises
    not yet held: what a public pack must then leave out is the point of several tests."""
    shutil.copytree(SODERTUNA, target)
    for path in (target / "exercises").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.split(r"^held:", text, flags=re.MULTILINE)[0], encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    handbook = validate(not_held(tmp_path_factory.mktemp("sodertuna") / "data")).handbook
    assert handbook.exercises and not any(x.held for x in handbook.exercises.values())
    exercise_id = _simulation(handbook)
    out = tmp_path_factory.mktemp("packs")
    staff = write_pack(handbook, exercise_id, out / "internal", staff=True)
    public = write_pack(handbook, exercise_id, out / "public", staff=False)
    return handbook, exercise_id, staff, public


def test_every_page_is_marked_exercise(example):
    handbook, _, staff, public = example
    mark = pack_words(handbook.language)["mark"]
    for written in (staff, public):
        pages = page_texts(written.path)
        assert len(pages) == written.pages > 4
        assert all(mark in page for page in pages)


def test_the_script_holds_every_inject_with_its_expected_reaction(example):
    handbook, exercise_id, staff, _ = example
    words = pack_words(handbook.language)
    pages = page_texts(staff.path)
    script = " ".join(page for page in pages if words["script"] in page or words["expect"] in page)
    for inject in handbook.exercises[exercise_id].injects:
        assert first_words(inject.text) in script
        assert first_words(inject.expect) in script


def test_four_inject_cards_to_an_a4_sheet(example):
    handbook, exercise_id, staff, _ = example
    injects = handbook.exercises[exercise_id].injects
    words = pack_words(handbook.language)
    reader = PdfReader(staff.path)
    pages = page_texts(staff.path)
    card_pages = [i for i, page in enumerate(pages) if f"{words['card']} 1 · " in page or
                  any(f"{words['card']} {n} · " in page for n in range(1, len(injects) + 1))]
    assert len(card_pages) == math.ceil(len(injects) / 4)
    for index in card_pages:
        box = reader.pages[index].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    cards = " ".join(pages[i] for i in card_pages)
    for number, inject in enumerate(injects, start=1):
        assert f"{words['card']} {number} · {inject.at}" in cards
        assert first_words(inject.text) in cards


def test_an_observation_sheet_per_goal_an_evaluation_and_a_hot_wash(example):
    handbook, exercise_id, staff, _ = example
    words = pack_words(handbook.language)
    text = " ".join(page_texts(staff.path))
    for goal in handbook.exercises[exercise_id].goals:
        assert f"{words['observation']}: {goal.id}" in text
    assert words["evaluation"] in text and words["hotwash-title"] in text
    assert all(statement in text for statement in words["statements"])


def test_public_pack_of_an_exercise_not_held_has_no_script_or_cards(example):
    handbook, exercise_id, staff, public = example
    exercise = handbook.exercises[exercise_id]
    assert exercise.held is None
    text = " ".join(page_texts(public.path))
    assert all(first_words(inject.text) not in text for inject in exercise.injects)
    assert pack_words(handbook.language)["staff-only"][:40] in text
    assert public.pages < staff.pages


def test_the_pdf_is_tagged_with_language_and_title(example):
    handbook, exercise_id, staff, _ = example
    reader = PdfReader(staff.path)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == handbook.language
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert handbook.exercises[exercise_id].title in reader.metadata.title


def test_a_seminar_pack_has_the_discussion_guide(tmp_path):
    data = tmp_path / "data"  # a seminar drafted from the Swedish test handbook itself
    shutil.copytree(SODERTUNA, data)
    scenario = next(iter(validate(data).handbook.scenarios))
    drafted = run_cli("exercise", "draft", scenario, "--format", "seminar", "--data", str(data))
    assert drafted.returncode == 0, drafted.stderr
    handbook = validate(data).handbook
    seminar = next(e for e, x in handbook.exercises.items() if x.format == "seminar")
    written = write_pack(handbook, seminar, tmp_path, staff=False)
    text = " ".join(page_texts(written.path))
    assert pack_words(handbook.language)["discussion"] in text
    for question in handbook.exercises[seminar].questions:
        assert first_words(question, 6) in text


def test_english_pack_and_data_text_is_never_markup(handbook_dir, tmp_path):
    exercise = handbook_dir / "exercises" / "flood-simulation.yaml"
    edit(exercise, "text: Flood warning for the town centre from tonight.",
         'text: "#set page(paper: \\"a5\\") *bold* $x$ <b>tag</b> #read(\\"/etc/passwd\\")"')
    handbook = validate(handbook_dir).handbook
    written = write_pack(handbook, "flood-simulation", tmp_path, staff=True)
    pages = page_texts(written.path)
    assert all("EXERCISE" in page for page in pages)
    text = " ".join(pages)
    assert '#set page(paper: "a5") *bold* $x$ <b>tag</b>' in text and '#read("/etc/passwd")' in text
    assert "root:" not in text
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(written.path).pages}
    assert sizes <= {(595, 842), (842, 595)}  # A4, portrait or landscape (the script)


def test_nothing_runs_off_the_page(example):
    _, _, staff, _ = example
    command = ["pdftotext", "-bbox", str(staff.path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for number, chunk in enumerate(out.split("<page ")[1:], start=1):
        width = float(chunk.split('width="')[1].split('"')[0])
        for x_max in (float(v) for v in re.findall(r'xMax="([\d.]+)"', chunk)):
            assert x_max <= width - 20, f"page {number}: a word ends at {x_max:.0f} of {width:.0f} pt"


def test_pack_on_the_command_line(tmp_path):
    data = not_held(tmp_path / "data")
    exercise_id = _simulation(validate(data).handbook)

    def pack(folder: str, *extra: str):
        return run_cli("exercise", "pack", exercise_id, "--out", str(tmp_path / folder), *extra, "--data", str(data))

    staff, public = pack("staff", "--staff"), pack("public")
    assert staff.returncode == 0 and public.returncode == 0, staff.stderr + public.stderr
    pages = [int(result.stdout.rsplit(": ", 1)[1].split()[0]) for result in (staff, public)]
    assert pages[0] > pages[1]
    assert (tmp_path / "staff" / f"{exercise_id}.pdf").is_file()
