"""Input written to break the tool, not by mistake: every case is refused with a position,
through the real command line, and nothing from the data reaches the terminal raw.

Found by an attack round (issue 17): control characters through YAML escapes, unknown
keys with brackets, ids and file names of every odd kind, huge files and texts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import edit, line_of, run_cli

from krishandbok.loader import MAX_BYTES, MAX_ITEMS, MAX_TEXT
from krishandbok.model import ID_MAX_LENGTH

ROLES = "roles.yaml"
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _validate(handbook_dir: Path) -> subprocess.CompletedProcess:
    result = run_cli("validate", "data", cwd=handbook_dir.parent)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.mark.parametrize("escape", [r"\e[2K", r"\0", r"\x07", r"\x9b", r"\r", r"\t", r"\u0085", r"\x7f"])
def test_a_control_character_written_as_an_escape_is_refused_with_its_line(handbook_dir, escape):
    edit(handbook_dir / ROLES, "name: Emergency planner", f'name: "Emergency {escape}planner"')
    result = _validate(handbook_dir)
    assert result.returncode == 1, result.stdout
    line = line_of(handbook_dir / ROLES, "Emergency ")
    assert f"data/{ROLES}:{line}:" in result.stdout
    assert "U+00" in result.stdout
    assert not RAW_CONTROL.search(result.stdout + result.stderr)


def test_a_control_character_in_a_key_is_refused_too(handbook_dir):
    edit(handbook_dir / ROLES, "    name: Emergency planner", '    "na\\eme": x\n    name: Emergency planner')
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/{ROLES}:{line_of(handbook_dir / ROLES, chr(34) + 'na')}:" in result.stdout
    assert not RAW_CONTROL.search(result.stdout + result.stderr)


def test_an_unknown_key_with_brackets_is_listed_like_any_other(handbook_dir):
    edit(handbook_dir / ROLES, "    name: Emergency planner", "    name: Emergency planner\n    note[1]: x")
    result = _validate(handbook_dir)
    assert result.returncode == 1, result.stderr
    assert f"data/{ROLES}:{line_of(handbook_dir / ROLES, 'note[1]')}:5:" in result.stdout
    assert '"note[1]"' in result.stdout


def test_a_tab_after_a_form_feed_is_reported_on_its_own_line(handbook_dir):
    edit(handbook_dir / ROLES, "    name: Press officer", "    name: Press\x0c\tofficer")
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/{ROLES}:{line_of(handbook_dir / ROLES, 'Press')}:" in result.stdout


def test_a_text_longer_than_the_limit_is_refused_with_its_line(handbook_dir):
    edit(handbook_dir / ROLES, "summary: Owns the plan and the handbook.",
         "summary: '" + "[a " * (MAX_TEXT // 3 + 1) + "'")
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/{ROLES}:{line_of(handbook_dir / ROLES, '[a [a')}:" in result.stdout
    assert str(MAX_TEXT) in result.stdout


def test_a_list_longer_than_the_limit_is_refused_with_its_line(handbook_dir):
    items = "".join(f"\n      - Duty {n}." for n in range(MAX_ITEMS + 1))
    edit(handbook_dir / ROLES, "    during:\n      - Keep the log and the situation picture.", f"    during:{items}")
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/{ROLES}:{line_of(handbook_dir / ROLES, '- Duty 0.')}:" in result.stdout
    assert str(MAX_ITEMS) in result.stdout


def test_a_huge_file_is_refused_without_being_read(handbook_dir):
    """A sparse 1.2 GB file: refused by its size, the process no bigger than for a normal file."""
    normal_code, _, normal_kib = _validate_peak(handbook_dir)
    huge = handbook_dir / "audiences.yaml"
    with huge.open("r+b") as stream:
        stream.truncate(1_200_000_000)
    code, stdout, peak_kib = _validate_peak(handbook_dir)
    assert normal_code == 0 and code == 1, stdout
    assert "data/audiences.yaml:1:1:" in stdout or "audiences.yaml:1:1:" in stdout
    # Reading the file would add 1.2 GB; what the imports weigh is the baseline's.
    assert peak_kib - normal_kib < 4 * MAX_BYTES // 1024, f"{peak_kib} KiB against {normal_kib} KiB"


def _validate_peak(handbook_dir) -> tuple[int, str, int]:
    """Exit code, standard output and peak memory (KiB) of `validate` in a fresh process."""
    probe = (
        "import resource, sys; from krishandbok.cli import main; code = main(['validate', sys.argv[1]]);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(handbook_dir)], capture_output=True, text=True,
                            timeout=120)
    return result.returncode, result.stdout, int(result.stderr.strip().splitlines()[-1])


# --------------------------------------------------------------------------- ids and file names


def test_an_id_longer_than_the_limit_is_an_error_not_a_crash(handbook_dir):
    long_id = "a" * (ID_MAX_LENGTH + 1)
    edit(handbook_dir / "audiences.yaml", "id: staff", f"id: {long_id}")
    edit(handbook_dir / "scenarios.yaml", "audiences: [residents, staff]", f"audiences: [residents, {long_id}]")
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/audiences.yaml:{line_of(handbook_dir / 'audiences.yaml', long_id)}:" in result.stdout


@pytest.mark.parametrize("name", ["extra\n.yaml", "a" * (ID_MAX_LENGTH + 1) + ".yaml", "Stor.yaml", "x\x1b[2K.yaml"])
def test_a_file_name_that_is_no_id_is_reported_and_escaped(handbook_dir, name):
    source = handbook_dir / "templates" / "first-message.yaml"
    (handbook_dir / "templates" / name).write_bytes(source.read_bytes())
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert any(line.startswith("data/templates/") and "id" in line for line in result.stdout.splitlines())
    assert not RAW_CONTROL.search(result.stdout + result.stderr)
    github = run_cli("validate", "data", "--format", "github", cwd=handbook_dir.parent)
    assert all(line.startswith("::") for line in github.stdout.splitlines()), github.stdout


@pytest.mark.parametrize("name", ["extra.YML", "extra.yAml", "extra.yml"])
def test_a_yaml_file_with_another_extension_is_not_skipped_silently(handbook_dir, name):
    source = handbook_dir / "templates" / "first-message.yaml"
    (handbook_dir / "templates" / name).write_bytes(source.read_bytes())
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert f"data/templates/{name}:1:1:" in result.stdout
    assert "extra.yaml" in result.stdout


def test_a_subfolder_of_an_entity_folder_is_not_skipped_silently(handbook_dir):
    (handbook_dir / "templates" / "sub").mkdir()
    (handbook_dir / "templates" / "sub" / "x.yaml").write_text("title: x\n")
    result = _validate(handbook_dir)
    assert result.returncode == 1
    assert "data/templates/sub:1:1:" in result.stdout


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_reported(handbook_dir):
    source = handbook_dir / "templates" / "first-message.yaml"
    target = os.path.join(os.fsencode(handbook_dir / "templates"), b"f\xf6rsta.yaml")
    Path(os.fsdecode(target)).write_bytes(source.read_bytes())
    result = _validate(handbook_dir)
    assert result.returncode == 1, result.stderr
    assert "data/templates/f\\xf6rsta.yaml:1:1:" in result.stdout


@pytest.mark.parametrize("entity_id", ["ny\n", "a" * (ID_MAX_LENGTH + 1), "ny\x1b[2K"])
def test_new_refuses_an_id_that_is_no_id(handbook_dir, entity_id):
    before = sorted(p.name for p in (handbook_dir / "templates").iterdir())
    result = run_cli("new", "template", entity_id, "--data", "data", cwd=handbook_dir.parent)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not RAW_CONTROL.search(result.stdout + result.stderr)
    assert sorted(p.name for p in (handbook_dir / "templates").iterdir()) == before


def test_an_out_folder_that_cannot_be_written_is_a_usage_error(tmp_path):
    blocked = tmp_path / "a-file"  # a folder below a file: refused even for root
    blocked.write_text("x")
    result = run_cli("schemas", "--out", str(blocked / "schemas"))
    assert result.returncode == 2, result.stderr
    assert "internal error" not in result.stderr and "internt fel" not in result.stderr
    assert str(blocked) in result.stderr


def test_changes_with_a_data_folder_that_is_nowhere_is_a_usage_error(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t",
                    "commit", "-q", "--allow-empty", "-m", "empty"], check=True)
    result = run_cli("changes", "HEAD", "--data", "nowhere", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert "nowhere" in result.stderr


# --------------------------------------------------------------------------- what reaches the theme


@pytest.mark.parametrize("value", [
    "'https://handbook.example/\"><script>x</script>'", "'https://handbook.example/\" onmouseover=\"x'",
    "https://handbook.example/'x", "'https://handbook.example/ x'", "javascript:alert(1)",
])
def test_a_site_url_that_could_leave_its_attribute_is_refused(handbook_dir, value):
    edit(handbook_dir / "handbook.yaml", "site_url: https://handbook.sampletown.example/", f"site_url: {value}")
    result = _validate(handbook_dir)
    assert result.returncode == 1, result.stdout
    assert f"data/handbook.yaml:{line_of(handbook_dir / 'handbook.yaml', 'site_url')}:" in result.stdout


@pytest.mark.parametrize("value", ['"Two\\nlines"', "'A <b> title'", "T" * 121])
def test_a_title_on_several_lines_with_markup_or_too_long_is_refused(handbook_dir, value):
    edit(handbook_dir / "handbook.yaml", "title: Crisis Handbook of Sampletown", f"title: {value}")
    result = _validate(handbook_dir)
    assert result.returncode == 1, result.stdout
    assert f"data/handbook.yaml:{line_of(handbook_dir / 'handbook.yaml', 'title')}:" in result.stdout
