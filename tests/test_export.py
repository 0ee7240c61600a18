"""`render --out`: a plain MkDocs project whose pages hold the same text as the hook-built site."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE, ROOT, edit, run_cli

from krishandbok import validate
from krishandbok.render import Site, render_site
from krishandbok.render.labels import Labels
from krishandbok.tools.export import MARKER, Tagged, read_config, write_config

pytestmark = pytest.mark.slow
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="0")


def mkdocs_build(config: Path, site: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True, text=True, env=dict(ENV, **env), cwd=config.parent, timeout=300,
    )


def search_docs(site: Path) -> dict[str, tuple[str, str]]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: (doc["title"], doc["text"]) for doc in index["docs"]}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("render") / "handbook"
    result = run_cli("render", str(EXAMPLE), "--out", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out


def test_render_writes_a_project_without_hooks(exported):
    config = read_config(exported / "mkdocs.yml")
    assert (exported / "mkdocs.yml").read_text(encoding="utf-8").startswith(MARKER)
    assert "hooks" not in config
    handbook = validate(EXAMPLE).handbook
    assert config["site_name"] == handbook.settings.title
    assert config["theme"]["language"] == handbook.language
    assert config["nav"][0] == {Labels(handbook.language)("nav.start"): "index.md"}
    project = read_config(ROOT / "mkdocs.yml")
    for key in ("markdown_extensions", "extra_css", "extra_javascript", "validation", "plugins"):
        assert config[key] == project[key], key
    for kind in ("role", "template", "checklist"):
        assert (exported / "docs" / Site(handbook).path(kind, next(iter(handbook.of_kind(kind))))).is_file()
    assert (exported / "docs" / "strategi.md").is_file()
    for asset in project["extra_css"] + project["extra_javascript"]:
        assert (exported / "docs" / asset).is_file(), asset


def test_plain_mkdocs_builds_it_with_the_same_text_as_the_hooks(exported, tmp_path):
    plain = mkdocs_build(exported / "mkdocs.yml", tmp_path / "plain")
    assert plain.returncode == 0, plain.stderr
    hooked = mkdocs_build(ROOT / "mkdocs.yml", tmp_path / "hooked", HANDBOOK_DATA=str(EXAMPLE))
    assert hooked.returncode == 0, hooked.stderr
    plain_docs, hooked_docs = search_docs(tmp_path / "plain"), search_docs(tmp_path / "hooked")
    assert plain_docs.keys() == hooked_docs.keys()
    different = [location for location in plain_docs if plain_docs[location] != hooked_docs[location]]
    assert not different, different[:5]
    assert len(plain_docs) >= len(render_site(validate(EXAMPLE).handbook))  # one search entry per page at least


def test_invalid_data_writes_nothing_and_names_the_position(handbook_dir, tmp_path):
    edit(handbook_dir / "roles.yaml", "deputy: ", "deputy: nobody-")
    out = tmp_path / "out"
    result = run_cli("render", str(handbook_dir), "--out", str(out), cwd=ROOT)
    assert result.returncode == 1
    position = re.compile(rf"^{re.escape(str(handbook_dir))}/roles\.yaml:\d+:\d+: ")
    assert any(position.match(line) for line in result.stderr.splitlines()), result.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out*"))


def test_a_folder_not_written_by_render_is_never_replaced(tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_cli("render", str(EXAMPLE), "--out", str(out), cwd=ROOT)
    assert result.returncode == 2
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_earlier_export_is_replaced_whole(exported):
    stale = exported / "docs" / "stale.md"
    stale.write_text("# Old\n", encoding="utf-8")
    result = run_cli("render", str(EXAMPLE), "--out", str(exported), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert (exported / "docs" / "index.md").is_file()


def test_mkdocs_tags_survive_the_round_trip(tmp_path):
    source = tmp_path / "mkdocs.yml"
    source.write_text(
        "site_name: x\nplugins:\n  - offline:\n      enabled: !ENV [OFFLINE, false]\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "exclude_docs: |\n  .*\n  /drafts/\n",
        encoding="utf-8",
    )
    config = read_config(source)
    assert config["plugins"][0]["offline"]["enabled"] == Tagged("!ENV", ["OFFLINE", False])
    write_config(tmp_path / "out.yml", config)
    text = (tmp_path / "out.yml").read_text(encoding="utf-8")
    assert "!ENV [OFFLINE, false]" in text
    assert "!!python/name:material.extensions.emoji.twemoji" in text
    assert read_config(tmp_path / "out.yml") == config
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.safe_load(text)  # still MkDocs' tags, not plain YAML
