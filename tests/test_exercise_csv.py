"""MSEL spreadsheets: `exercise export ID --csv` and `exercise import FILE.csv`."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from conftest import EXAMPLE, run_cli

from krishandbok import validate
from krishandbok.exercises.msel import COLUMNS, export_csv


@pytest.fixture
def example_dir(tmp_path):
    target = tmp_path / "example"
    shutil.copytree(EXAMPLE, target)
    return target


def _exercises_with_injects(data_dir):
    return [e for e, x in validate(data_dir).handbook.exercises.items() if x.injects]


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_export_has_the_msel_columns_and_a_row_per_inject(example_dir):
    handbook = validate(example_dir).handbook
    for exercise_id in _exercises_with_injects(example_dir):
        rows = _rows(export_csv(handbook.exercises[exercise_id]))
        assert tuple(rows[0]) == COLUMNS
        assert [row[1] for row in rows[1:]] == [i.at for i in handbook.exercises[exercise_id].injects]


@pytest.mark.parametrize("data", ["example", "english"])
def test_export_then_import_gives_the_same_exercise(data, example_dir, handbook_dir, tmp_path):
    data_dir = example_dir if data == "example" else handbook_dir
    for exercise_id in _exercises_with_injects(data_dir):
        before = validate(data_dir).handbook.exercises[exercise_id]
        sheet = tmp_path / f"{exercise_id}.csv"
        exported = run_cli("exercise", "export", exercise_id, "--csv", "--out", str(sheet), "--data", str(data_dir))
        assert exported.returncode == 0, exported.stderr
        imported = run_cli("exercise", "import", str(sheet), "--data", str(data_dir))
        assert imported.returncode == 0, imported.stderr
        after = validate(data_dir).handbook.exercises[exercise_id]
        assert after.model_dump() == before.model_dump()


def test_import_keeps_the_rest_of_the_file(handbook_dir, tmp_path):
    path = handbook_dir / "exercises" / "flood-simulation.yaml"
    original = path.read_text(encoding="utf-8")
    sheet = tmp_path / "flood-simulation.csv"
    sheet.write_text(run_cli("exercise", "export", "flood-simulation", "--csv", "--data", str(handbook_dir)).stdout,
                     encoding="utf-8")
    assert run_cli("exercise", "import", str(sheet), "--data", str(handbook_dir)).returncode == 0
    text = path.read_text(encoding="utf-8")
    head, tail = original.split("injects:")[0], original.split("held:")[1]
    assert text.startswith(head) and text.endswith(tail)


def test_formula_cells_are_exported_inert_and_imported_back(handbook_dir, tmp_path):
    path = handbook_dir / "exercises" / "flood-simulation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "text: Is the water coming into our street tonight?", 'text: "=HYPERLINK(\\"https://evil.example\\")"'),
        encoding="utf-8")
    exported = run_cli("exercise", "export", "flood-simulation", "--csv", "--data", str(handbook_dir)).stdout
    assert "'=HYPERLINK" in exported
    sheet = tmp_path / "flood-simulation.csv"
    sheet.write_text(exported, encoding="utf-8")
    assert run_cli("exercise", "import", str(sheet), "--data", str(handbook_dir)).returncode == 0
    injects = validate(handbook_dir).handbook.exercises["flood-simulation"].injects
    assert injects[1].text == '=HYPERLINK("https://evil.example")'


BAD_ROWS = [
    # (column, bad value written in row 3, the row and column named in the report)
    ("time", "0:75", 3, 2),
    ("time", "9:00", 4, 2),  # the next row is then earlier than this one
    ("to", "press-oficer", 3, 4),
    ("method", "fax", 3, 5),
    ("goal", "first-mesage", 3, 8),
    ("from", "worried-residnt", 3, 3),
    ("inject", "", 3, 6),
]


@pytest.mark.parametrize(("column", "value", "row", "col"), BAD_ROWS)
def test_a_bad_row_is_reported_with_file_row_and_column(handbook_dir, tmp_path, column, value, row, col):
    path = handbook_dir / "exercises" / "flood-simulation.yaml"
    before = path.read_bytes()
    rows = _rows(run_cli("exercise", "export", "flood-simulation", "--csv", "--data", str(handbook_dir)).stdout)
    rows[2][COLUMNS.index(column)] = value  # the second inject: row 3 of the sheet
    sheet = tmp_path / "flood-simulation.csv"
    with sheet.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    result = run_cli("exercise", "import", str(sheet), "--data", str(handbook_dir))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{sheet}:{row}:{col}: "), result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_semicolon_sheet_from_swedish_excel(handbook_dir, tmp_path):
    text = run_cli("exercise", "export", "flood-simulation", "--csv", "--data", str(handbook_dir)).stdout
    rows = _rows(text)
    sheet = tmp_path / "flood-simulation.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    before = validate(handbook_dir).handbook.exercises["flood-simulation"].model_dump()
    assert run_cli("exercise", "import", str(sheet), "--data", str(handbook_dir)).returncode == 0
    assert validate(handbook_dir).handbook.exercises["flood-simulation"].model_dump() == before


def test_import_that_leaves_a_participant_idle_is_refused(handbook_dir, tmp_path):
    path = handbook_dir / "exercises" / "flood-simulation.yaml"
    before = path.read_bytes()
    rows = _rows(run_cli("exercise", "export", "flood-simulation", "--csv", "--data", str(handbook_dir)).stdout)
    rows = [row for row in rows if row[COLUMNS.index("to")] != "planner"]
    sheet = tmp_path / "flood-simulation.csv"
    with sheet.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    result = run_cli("exercise", "import", str(sheet), "--data", str(handbook_dir))
    assert result.returncode == 1 and "exercise-plan" in result.stderr and '"planner"' in result.stderr
    assert path.read_bytes() == before


def test_unknown_exercise_and_missing_file(handbook_dir, tmp_path):
    missing = run_cli("exercise", "import", str(tmp_path / "nothing.csv"), "--id", "flood-simulation",
                      "--data", str(handbook_dir))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    unknown = run_cli("exercise", "export", "no-such", "--csv", "--data", str(handbook_dir))
    assert unknown.returncode == 2 and '"no-such"' in unknown.stderr
