"""The real site: built with MkDocs into a temp dir, asserted on its HTML and search index."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from conftest import ENGLISH, EXAMPLE, ROOT, edit

from krishandbok import validate
from krishandbok.render import Site, render_site
from krishandbok.render.labels import Labels

pytestmark = pytest.mark.slow


def build(site_dir: Path, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if data_dir is not None:
        env["HANDBOOK_DATA"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(site_dir)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("example") / "site"
    result = build(site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def english_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("english") / "site"
    result = build(site, ENGLISH)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def handbook():
    return validate(EXAMPLE).handbook


def page_text(site: Path, url: str) -> str:
    """The visible text of a built page's article, entities decoded."""
    source = (site / url / "index.html").read_text(encoding="utf-8")
    article = source[source.index("<article"): source.index("</article>")]
    return html.unescape(re.sub(r"<[^>]+>", " ", article))


def url_of(handbook, kind: str, entity_id: str | None = None) -> str:
    """The folder of an entity's page in the built site (directory URLs), in the handbook's language."""
    return Site(handbook).path(kind, entity_id).removesuffix(".md").removesuffix("index").rstrip("/")


def squash(text: str) -> str:
    return " ".join(text.split())


def plain(text: str) -> str:
    """Text without tags, entities and Markdown punctuation, for comparing content."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return squash(re.sub(r"[*_\[\]()]", " ", text))


KINDS = ("role", "channel", "audience", "scenario", "template", "checklist")


@pytest.mark.parametrize("kind", KINDS)
def test_every_entity_has_its_page(example_site, handbook, kind):
    for entity_id, entity in handbook.of_kind(kind).items():
        text = squash(page_text(example_site, url_of(handbook, kind, entity_id)))
        name = getattr(entity, "name", None) or entity.title
        assert squash(name) in text, (kind, entity_id)


def test_role_card_holds_duties_mandate_and_deputy(example_site, handbook):
    for role_id, role in handbook.roles.items():
        text = squash(page_text(example_site, url_of(handbook, "role", role_id)))
        deputy = handbook.roles[role.deputy].name
        assert squash(deputy) in text
        for duty in role.during + role.mandate:
            assert squash(re.sub(r"[*_]", "", duty)) in text, (role_id, duty)


def test_channel_page_holds_owner_backup_and_cadence(example_site, handbook):
    for channel_id, channel in handbook.channels.items():
        text = squash(page_text(example_site, url_of(handbook, "channel", channel_id)))
        assert squash(handbook.roles[channel.owner].name) in text
        assert squash(handbook.roles[channel.backup].name) in text
        assert squash(channel.cadence.crisis) in text


def test_checklist_items_are_checkboxes_with_role_and_time(example_site, handbook):
    for checklist_id, checklist in handbook.checklists.items():
        url = url_of(handbook, "checklist", checklist_id)
        source = (example_site / url / "index.html").read_text()
        assert source.count('class="kh-check"') == len(checklist.items)
        text = squash(page_text(example_site, url))
        for item in checklist.items:
            assert squash(re.sub(r"[*_]", "", item.text)) in text
            if item.within:
                assert squash(item.within) in text


def test_search_index_holds_template_bodies_and_checklist_items(example_site, handbook):
    index = json.loads((example_site / "search" / "search_index.json").read_text())
    corpus = plain(" ".join(doc["text"] for doc in index["docs"]))
    for template in handbook.templates.values():
        for channel_id in template.channels:  # each channel's text as the page shows it: examples filled in
            for line in template.example_text(channel_id).splitlines():
                assert plain(line) in corpus, (template.title, channel_id)
    for checklist in handbook.checklists.values():
        for item in checklist.items:
            assert plain(item.text) in corpus


def test_matrix_has_one_row_per_template_and_channel(example_site, handbook):
    matrix = Labels(handbook.language)("page.matrix").removesuffix(".md")
    source = (example_site / matrix / "index.html").read_text()
    body = source[source.index("<tbody>"): source.index("</tbody>")]
    expected = sum(len(t.channels) for t in handbook.templates.values())
    assert body.count("<tr") == expected


def test_edit_links_point_at_the_yaml_source(example_site, handbook):
    edit_uri = re.search(r"^edit_uri:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
    repository = edit_uri.removesuffix("/").removesuffix("docs")  # .../edit/main/
    role_id = next(iter(handbook.roles))
    source = (example_site / url_of(handbook, "role", role_id) / "index.html").read_text()
    assert f"{repository}data/roles.yaml" in source
    template_id = next(iter(handbook.templates))
    source = (example_site / url_of(handbook, "template", template_id) / "index.html").read_text()
    assert f"{repository}data/templates/{template_id}.yaml" in source


def test_edit_links_only_for_data_inside_the_project(english_site, tmp_path):
    """HANDBOOK_DATA in another folder: its files are not in the repository the links edit."""
    inside = (english_site / "roles" / "press-officer" / "index.html").read_text()
    assert "/edit/main/tests/handbooks/english/roles.yaml" in inside
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    assert build(tmp_path / "site", data).returncode == 0
    outside = (tmp_path / "site" / "roles" / "press-officer" / "index.html").read_text()
    assert 'rel="edit"' not in outside
    hand_written = (tmp_path / "site" / "redigera" / "index.html").read_text()
    assert "/edit/main/docs/redigera.md" in hand_written


class _Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self, source: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_no_third_party_requests(example_site):
    for page in example_site.rglob("*.html"):
        for tag, attrs in _Tags(page.read_text(encoding="utf-8")).tags:
            if tag == "link" and attrs.get("rel") in ("canonical", "alternate"):
                continue  # addresses, not fetched
            url = attrs.get("src") if tag in ("script", "img", "iframe") else None
            url = attrs.get("href") if tag == "link" else url
            assert not (url or "").startswith(("http:", "https:", "//")), (page, tag, url)


def test_labels_and_search_language_are_the_handbooks(example_site, handbook):
    start = (example_site / "index.html").read_text()
    language = handbook.language
    assert f'<html lang="{language}"' in start and html.escape(Labels(language)("nav.start")) in start
    config = json.loads((example_site / "search" / "search_index.json").read_text())["config"]
    assert config["lang"] == [language]


def test_english_handbook_gets_english_labels(english_site):
    start = (english_site / "index.html").read_text()
    assert '<html lang="en"' in start
    assert "In a crisis? Start here" in start and "Pick your role" in start
    card = squash(page_text(english_site, "roles/press-officer"))
    assert "Deputy: Chief executive" in card and "During a crisis" in card
    config = json.loads((english_site / "search" / "search_index.json").read_text())["config"]
    assert config["lang"] == ["en"]


def _snapshot(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*")) if path.is_file()
    }


def test_invalid_handbook_fails_and_leaves_the_site_untouched(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    site = tmp_path / "site"
    assert build(site, data).returncode == 0
    before = _snapshot(site)
    edit(data / "roles.yaml", "deputy: press-officer", "deputy: nobody")
    result = build(site, data)
    assert result.returncode != 0
    assert re.search(r"roles\.yaml:\d+:\d+: error: role \"planner\": \"deputy\" points to \"nobody\"", result.stderr)
    assert "Traceback" not in result.stderr
    assert _snapshot(site) == before


def test_injection_that_bypasses_the_validator_comes_out_escaped():
    handbook = validate(ENGLISH).handbook
    evil = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) {: onclick="alert(4)" }'
    role = handbook.roles["planner"]
    handbook.roles["planner"] = role.model_copy(update={"name": evil, "summary": evil, "during": [evil]})
    template = handbook.templates["first-message"]
    handbook.templates["first-message"] = template.model_copy(update={"body": evil, "effect": evil})
    handbook.templates["first-message"]._id = "first-message"
    md = markdown.Markdown(extensions=["toc", "admonition", "attr_list", "md_in_html", "tables"])
    pages = render_site(handbook)
    assert any(evil in page.markdown or "alert(4)" in page.markdown for page in pages)  # it got in
    for page in pages:
        for tag, attrs in _Tags(md.reset().convert(page.markdown)).tags:
            assert tag not in ("img", "iframe"), page.path
            assert tag != "script" or attrs.get("type") == "application/json", page.path  # data, never run
            assert not any(name.startswith("on") for name in attrs), (page.path, tag, attrs)
            assert not (attrs.get("href") or "").lower().startswith("javascript"), page.path


def test_the_handbook_is_frozen_only_during_a_build(tmp_path, monkeypatch):
    """The hook drops the YAML node trees once validated and freezes the rest for the cycle
    collector during a build (speed at 50x); it lets go at the end, also of a failed build,
    so that `mkdocs serve`'s next build can free it."""
    import gc

    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    import krishandbok.render

    data = tmp_path / "data"
    shutil.copytree(ENGLISH, data)
    monkeypatch.setenv("HANDBOOK_DATA", str(data))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("KRISHANDBOK_PDF", "0")
    frozen_while_rendering = []

    def spy(*args, real=krishandbok.render.render_site):
        frozen_while_rendering.append(gc.get_freeze_count())
        assert not any(document.nodes for document in args[0].documents)  # positions released
        if len(frozen_while_rendering) == 2:
            raise RuntimeError("a build that fails half-way")
        return real(*args)

    monkeypatch.setattr(krishandbok.render, "render_site", spy)  # the hook imports it when loaded

    mkdocs_build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert frozen_while_rendering[-1] > 1000
    assert gc.get_freeze_count() == 0

    with pytest.raises(RuntimeError):
        mkdocs_build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert frozen_while_rendering[-1] > 1000
    assert gc.get_freeze_count() == 0


# --------------------------------------------------------------------------- outgoing text is plain

_MARKUP = re.compile(r"\*\*|\]\(|<\s*/?\s*[A-Za-z][^<>]*>")


class _OutgoingTexts(HTMLParser):
    """Every outgoing text a built page holds: each channel's text as written and as shown filled
    (data-text, data-out) and the text inside its <pre>, as the browser would read it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.texts += [attrs[key] for key in ("data-text", "data-out") if attrs.get(key) is not None]
        if tag == "pre" and "data-out" in attrs:
            self._depth, self.texts = 1, self.texts + [""]
        elif self._depth:
            self._depth += 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.texts[-1] += data


def outgoing_markup(site: Path) -> dict[str, list[str]]:
    found = {}
    for page in sorted(site.rglob("*.html")):
        parser = _OutgoingTexts()
        parser.feed(page.read_text(encoding="utf-8"))
        hits = [m.group(0) for text in parser.texts for m in _MARKUP.finditer(text)]
        if hits:
            found[str(page.relative_to(site))] = hits
    return found


def test_the_scan_finds_markup_where_there_is_some(tmp_path):
    (tmp_path / "x.html").write_text(
        '<section data-text="**Obs** [a](https://a.se)"><pre data-out="x">Se &lt;b&gt;här&lt;/b&gt;</pre></section>')
    assert outgoing_markup(tmp_path) == {"x.html": ["**", "**", "](", "<b>", "</b>"]}


@pytest.mark.parametrize("which", ["example", "english"])
def test_no_outgoing_text_on_the_site_holds_markup(request, which):
    site = request.getfixturevalue(f"{which}_site")
    handbook = validate(EXAMPLE if which == "example" else ENGLISH).handbook
    pages = outgoing_markup(site)
    assert pages == {}
    paths = Site(handbook)
    for template_id, template in handbook.templates.items():
        built = site / paths.path("template", template_id).removesuffix(".md") / "index.html"
        blocks = built.read_text(encoding="utf-8").count('class="kh-channel-text"')
        assert blocks == len(set(template.channels)), template_id
