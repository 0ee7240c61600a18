"""Any valid handbook text prints: the bundled fonts, and a placeholder for what none has.

A handbook with text in Tigrinya, Arabic, Hebrew (Yiddish), Devanagari, Thai, emoji and
one Chinese character (no font here has it) is built with the real command; its PDFs
are read back with pdftotext and pdffonts, and the validator is asked where the
character is.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from conftest import MINIMAL, column_of, line_of, run_cli

from krishandbok import fonts, validate
from krishandbok.edition import edition
from krishandbok.site_outputs import write_outputs
from krishandbok.typeset import Typesetter

pytestmark = pytest.mark.slow

TIGRINYA = "ሰላም"
ARABIC = "اطلب المساعدة"  # "ask for help", in logical order (the order it is typed and read)
HEBREW = "שלום"
POINTED = "\u05db\u05c7\u05bc\u05dc"  # כׇּל, with a qamats qatan: Libertinus Serif lacks that point
DEVANAGARI = "नमस्ते"
THAI = "สวัสดี"
EMOJI = "📢 ⚠️"
UNCOVERED = "你"  # Chinese: no bundled font (fonts/README.md)
SUMMARY = f"Ansvarar. {TIGRINYA}; {ARABIC}; {HEBREW} {POINTED}; {DEVANAGARI}; {THAI}; {EMOJI}; {UNCOVERED}."
# Direction marks pdftotext puts around right-to-left runs: not part of the text.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("fonts") / "data"
    shutil.copytree(MINIMAL, target)
    roles = target / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace(
        "summary: Ansvarar.", f'summary: "{SUMMARY}"', 1).replace(
        "name: Ansvarig", f"name: Ansvarig {ARABIC}", 1), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def built(data_dir: Path, tmp_path_factory):
    out = tmp_path_factory.mktemp("fonts-out")
    done = run_cli("binder", "--out", str(out), str(data_dir))
    assert done.returncode == 0, done.stderr
    return out / "krishandbok.pdf", done


def pdftotext(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return BIDI_CONTROLS.sub("", text)


def test_every_covered_script_prints_as_written(built):
    pdf, _ = built
    text = pdftotext(pdf)
    for written in (TIGRINYA, HEBREW, DEVANAGARI, THAI, "📢", "⚠"):
        assert written in text, written
    # Right to left on paper, in logical order in the text (not "ةدعاسملا بلطا")
    assert ARABIC in text and ARABIC[::-1] not in text


def test_the_bundled_fonts_are_embedded(built):
    pdf, _ = built
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    embedded = {line.split()[0].split("+", 1)[-1] for line in listed.splitlines()[2:]}
    for font in ("Amiri-Regular", "Amiri-Bold", "NotoSansEthiopic-Regular", "NotoSerifHebrew-Regular",
                 "NotoSerifDevanagari-Regular", "NotoSansThai-Regular", "NotoEmoji-Regular"):
        assert font in embedded, (font, embedded)
    assert not any(name.startswith("DejaVuSansMono") for name in embedded)  # no script falls to the mono face


def test_a_character_no_font_has_prints_as_the_placeholder_and_the_log_says_so(built):
    pdf, done = built
    text = pdftotext(pdf)
    assert UNCOVERED not in text
    assert f"{THAI}; {EMOJI}; {fonts.PLACEHOLDER}." in " ".join(text.split())
    assert f"U+{ord(UNCOVERED):04X} {UNCOVERED}" in done.stderr


def test_the_validator_warns_where_the_character_is(data_dir: Path):
    roles = data_dir / "roles.yaml"
    report = validate(data_dir, display_dir="data")
    assert report.ok
    found = [p for p in report.problems if p.rule == "print-fonts"]
    assert [(p.where.path, p.where.line, p.where.column, p.is_error) for p in found] == [
        ("data/roles.yaml", line_of(roles, "summary:"), column_of(roles, UNCOVERED), False)]
    assert f"{UNCOVERED} U+{ord(UNCOVERED):04X}" in found[0].message
    done = run_cli("validate", str(data_dir))
    assert done.returncode == 0 and "[print-fonts]" in done.stdout


def test_a_site_build_logs_the_placeholder_as_information_not_a_warning(data_dir: Path, tmp_path: Path):
    # --strict fails on a warning in the log; the validator has already warned.
    report = validate(data_dir)
    outputs = write_outputs(report.handbook, tmp_path, edition(data_dir), None, pdfs=True, app=None)
    assert outputs.warnings == []
    assert any(f"U+{ord(UNCOVERED):04X}" in line for line in outputs.info)


def test_the_typesetter_replaces_and_counts_what_no_font_has(tmp_path: Path):
    layout = b'#let data = json(bytes(sys.inputs.data))\n#set document(title: "t")\n' \
             b'#import "fonts.typ": fonts\n#set text(font: fonts, lang: "en")\n#data.text'
    typesetter = Typesetter(tmp_path, {"t.typ": layout})
    pdf = typesetter.compile("t.typ", {"text": f"{UNCOVERED}{UNCOVERED} {TIGRINYA} 가", "n": 3})
    assert typesetter.replaced == Counter({UNCOVERED: 2, "가": 1})
    assert pdftotext(pdf).split() == [fonts.PLACEHOLDER * 2, TIGRINYA, fonts.PLACEHOLDER]


def test_the_coverage_table_was_made_from_the_fonts_committed():
    # A font added, removed or updated without `scripts/font-coverage` run again fails here.
    table = fonts.table()
    files = sorted(path for path in fonts.FOLDER.iterdir() if path.suffix.lower() in (".ttf", ".otf"))
    assert table["files"] == {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    assert table["typst"] == importlib.metadata.version("typst")  # its embedded fonts are in the table too
    fallback = re.findall(r'"([^"]+)"', (fonts.FOLDER / fonts.FALLBACK_LIST).read_text(encoding="utf-8"))
    assert fallback[0] == "Libertinus Serif"
    for family in fallback:
        assert any(name.startswith(family + " ") for name in table["fonts"]), family
    assert not fonts.uncovered(fonts.PLACEHOLDER)
