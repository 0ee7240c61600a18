"""The offline web app's build side: the list of files and hashes, the worker, the manifest,
the icons, and where the app is (and is not) built. The browser side is
tests/browser/test_offline_app.py."""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest
from conftest import ENGLISH, ROOT

from krishandbok import offline_app, validate
from krishandbok.offline_app import App

APP = App(title="Krishandbok för Exempelby", language="sv", edition="2026-12-06.2", internal=False)


def _site(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def _precache(worker: str) -> dict:
    match = re.match(r"// [^\n]*\nconst PRECACHE = (\{.*?\});\n", worker)
    assert match, worker[:200]
    return json.loads(match.group(1))


# ----------------------------------------------------------------------------- pure parts


def test_the_list_leaves_out_maps_sitemaps_hidden_files_and_unused_search_languages(tmp_path):
    index = json.dumps({"config": {"lang": ["sv"]}, "docs": []}).encode()
    site = _site(tmp_path, {
        "index.html": b"<html>", "roller/index.html": b"r", "krishandbok.pdf": b"%PDF",
        "search/search_index.json": index, "sitemap.xml": b"x", "sitemap.xml.gz": b"x", ".hidden": b"x",
        "assets/javascripts/bundle.min.js": b"b", "assets/javascripts/bundle.min.js.map": b"m",
        "assets/javascripts/lunr/min/lunr.sv.min.js": b"sv", "assets/javascripts/lunr/min/lunr.de.min.js": b"de",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": b"s", "assets/javascripts/lunr/wordcut.js": b"w",
        "assets/javascripts/lunr/min/lunr.multi.min.js": b"m", "sw.js": b"old worker",
    })
    entries = list(offline_app.precache_entries(site))
    assert [entry.url for entry in entries] == [
        "assets/javascripts/bundle.min.js", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
        "assets/javascripts/lunr/min/lunr.sv.min.js", "index.html", "krishandbok.pdf", "roller/index.html",
        "search/search_index.json",
    ]
    for entry in entries:
        data = (site / unquote(entry.url)).read_bytes()
        assert entry.sha256 == hashlib.sha256(data).hexdigest() and entry.size == len(data)


def test_several_search_languages_bring_their_files_and_lunr_multi(tmp_path):
    index = json.dumps({"config": {"lang": ["sv", "th"]}}).encode()
    lunr = "assets/javascripts/lunr/"
    names = ["min/lunr.sv.min.js", "min/lunr.th.min.js", "min/lunr.multi.min.js", "wordcut.js", "tinyseg.js"]
    site = _site(tmp_path, {"search/search_index.json": index} | {lunr + name: b"x" for name in names})
    listed = {entry.url.removeprefix(lunr) for entry in offline_app.precache_entries(site)}
    assert listed == {"search/search_index.json", *names} - {"tinyseg.js"}


def test_names_are_percent_encoded_as_a_browser_asks_for_them(tmp_path):
    site = _site(tmp_path, {"mål grupper/ä.html": b"x"})
    assert [entry.url for entry in offline_app.precache_entries(site)] == ["m%C3%A5l%20grupper/%C3%A4.html"]


def test_any_changed_byte_gives_a_new_cache_name_even_with_the_same_edition(tmp_path):
    site = _site(tmp_path, {"index.html": b"one", "roller/index.html": b"r"})
    first = offline_app.cache_name(APP, offline_app.precache_entries(site))
    (site / "roller/index.html").write_bytes(b"R")
    second = offline_app.cache_name(APP, offline_app.precache_entries(site))
    assert first != second
    assert all(name.startswith("krishandbok-public-2026-12-06.2-") for name in (first, second))
    internal = App(APP.title, APP.language, APP.edition, internal=True)
    assert offline_app.cache_name(internal, offline_app.precache_entries(site)).startswith("krishandbok-internal-")


def test_file_names_reach_the_worker_as_data_never_as_code(tmp_path):
    hostile = 'x";self.evil=1;"</script>.html'
    site = _site(tmp_path, {hostile: b"x", "index.html": b"i"})
    written = offline_app.write_app(site, APP)
    worker = (site / "sw.js").read_text(encoding="utf-8")
    data = _precache(worker)
    assert [unquote(url) for url, _ in data["files"]] == sorted(unquote(e.url) for e in written.entries)
    assert hostile not in worker and "</script>" not in worker
    assert data["cache"] == written.cache and data["edition"] == APP.edition
    if shutil.which("node"):  # the whole file is valid JavaScript up to the worker's first use of `self`
        check = subprocess.run(["node", "--check", str(site / "sw.js")], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_the_worker_lists_its_icons_and_manifest_but_not_itself(tmp_path):
    site = _site(tmp_path, {"index.html": b"i"})
    offline_app.write_app(site, APP)
    urls = [url for url, _ in _precache((site / "sw.js").read_text(encoding="utf-8"))["files"]]
    assert "manifest.webmanifest" in urls and "sw.js" not in urls
    assert {f"assets/krishandbok-icons/icon-{size}.png" for size in offline_app.ICON_SIZES} <= set(urls)
    assert not [path for path in site.rglob(".*")], "no temporary file is left behind"


@pytest.mark.parametrize("internal", [False, True])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_manifest_speaks_the_handbooks_language(language, internal):
    app = App("Handbok", language, "2026-12-06.1", internal=internal, theme_color="#009485")
    manifest = offline_app.web_manifest(app)
    assert manifest["lang"] == language and manifest["theme_color"] == "#009485"
    assert manifest["start_url"] == "./" and manifest["scope"] == "./" and manifest["display"] == "standalone"
    relative = all(not icon["src"].startswith(("/", "http")) for icon in manifest["icons"])
    assert relative, "relative URLs: the app works under a sub-path"
    assert manifest["name"].startswith("Handbok")
    assert (("Internt" in manifest["name"]) or ("Internal" in manifest["name"])) == internal


@pytest.mark.parametrize(
    ("palette", "colour"),
    [(None, "#4051b5"), ({"primary": "teal"}, "#009485"), ([{"primary": "deep orange"}, {}], "#ff6e42"),
     ({"primary": "custom"}, "#4051b5")],
)
def test_theme_colour_follows_materials_palette(palette, colour):
    assert offline_app.theme_color(palette) == colour


@pytest.mark.parametrize("size", offline_app.ICON_SIZES)
def test_icons_are_pngs_of_their_size_in_the_theme_colour(size):
    image_module = pytest.importorskip("PIL.Image")  # Pillow comes with WeasyPrint (the pdf extra)
    image = image_module.open(io.BytesIO(offline_app.icon_png(size, "#4051b5")))
    assert image.format == "PNG" and image.size == (size, size)
    assert image.convert("RGB").getpixel((0, 0)) == (0x40, 0x51, 0xB5)  # the corner: background
    assert image.convert("RGB").getpixel((size // 3, size * 2 // 3)) == (255, 255, 255)  # a page of the book


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_page_gets_the_apps_files_and_the_status_words_in_the_handbooks_language(language):
    values = offline_app.page_values(App("T", language, "2026-12-06.1", internal=False, theme_color="#009485"))
    assert (values["manifest"], values["worker"]) == (offline_app.MANIFEST_FILE, offline_app.WORKER_FILE)
    assert values["icon"].endswith("icon-180.png") and values["theme_color"] == "#009485"
    assert set(values["words"]) == {"saving", "saved", "update", "failed"}
    assert all(values["words"].values()) and "{edition}" in values["words"]["saved"]


# ----------------------------------------------------------------------------- real builds


def _build(site: Path, data: Path = ENGLISH, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_") and k != "OFFLINE"}
    environment.update(NO_MKDOCS_2_WARNING="1", HANDBOOK_DATA=str(data), **env)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.slow
def test_a_build_lists_every_file_it_wrote_the_pdfs_included(tmp_path):
    site = tmp_path / "site"
    result = _build(site, KRISHANDBOK_PDF="1")
    listed = dict(_precache((site / "sw.js").read_text(encoding="utf-8"))["files"])
    assert "krishandbok.pdf" in listed and "kriskort.pdf" in listed and "search/search_index.json" in listed
    for path in site.rglob("*"):
        name = path.relative_to(site).as_posix()
        if path.is_file() and path.suffix == ".html":
            assert name in listed, f"{name} is not cached"
    for url, digest in listed.items():
        assert hashlib.sha256((site / unquote(url)).read_bytes()).hexdigest() == digest, f"{url} changed after listing"
    assert re.search(r"offline app: \d+ files, [\d.]+ MB to cache", result.stderr)
    # every page finds the worker and the manifest at the site's root, whatever its depth
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        worker = re.search(r'data-worker="([^"]+)"', html).group(1)
        manifest = re.search(r'<link rel="manifest" href="([^"]+)"', html).group(1)
        folder = page.parent.relative_to(site).as_posix()
        assert posixpath.normpath(posixpath.join(folder, worker)) == "sw.js", page
        assert posixpath.normpath(posixpath.join(folder, manifest)) == "manifest.webmanifest", page
    # the 404 page is served at any depth: its links start from the site's own address
    site_url = validate(ENGLISH).handbook.settings.site_url
    missing = (site / "404.html").read_text(encoding="utf-8")
    links = ((r'data-worker="([^"]+)"', "sw.js"), (r'<link rel="manifest" href="([^"]+)"', "manifest.webmanifest"))
    for pattern, name in links:
        href = re.search(pattern, missing).group(1)
        assert urljoin(site_url + "any/depth/", href) == urljoin(site_url, name), href
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == "en"
    assert 'data-saved="Saved for use without a network – edition {edition}"' in (site / "index.html").read_text()


@pytest.mark.slow
def test_an_internal_build_caches_its_own_pages_under_its_own_name(tmp_path):
    contacts = tmp_path / "contacts.yaml"
    contacts.write_text(
        'contacts:\n  - name: Pat Example\n    roles: [planner]\n    phone: "070-174 06 50"\n', encoding="utf-8",
    )
    internal, public = tmp_path / "internal", tmp_path / "public"
    _build(internal, HANDBOOK_PROFILE="internal", HANDBOOK_PRIVATE=str(contacts), KRISHANDBOK_PDF="0")
    _build(public, HANDBOOK_PRIVATE=str(contacts), KRISHANDBOK_PDF="0")
    inside = _precache((internal / "sw.js").read_text(encoding="utf-8"))
    outside = _precache((public / "sw.js").read_text(encoding="utf-8"))
    assert inside["cache"].startswith("krishandbok-internal-") and outside["cache"].startswith("krishandbok-public-")
    assert "Pat Example" not in (public / "sw.js").read_text(encoding="utf-8")
    only_inside = {url for url, _ in inside["files"]} - {url for url, _ in outside["files"]}
    assert only_inside, "the internal build has pages of its own (contacts)"
    for url, digest in inside["files"]:  # cached as built: banner and noindex included
        data = (internal / unquote(url)).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest
        if url.endswith(".html") and url != "404.html":
            assert b'name="robots" content="noindex' in data and b"kh-internal" in data, url
    for url, _ in outside["files"]:
        assert b"Pat Example" not in (public / unquote(url)).read_bytes(), url


@pytest.mark.slow
def test_the_file_build_has_no_worker(tmp_path):
    site = tmp_path / "site-offline"
    _build(site, OFFLINE="true", KRISHANDBOK_PDF="0")
    assert not (site / "sw.js").exists() and not (site / "manifest.webmanifest").exists()
    assert all("data-kh-offline" not in page.read_text(encoding="utf-8") for page in site.rglob("*.html"))


@pytest.mark.slow
def test_mkdocs_serve_has_no_worker():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_") and k != "OFFLINE"}
    environment.update(NO_MKDOCS_2_WARNING="1", HANDBOOK_DATA=str(ENGLISH))
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(ROOT / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment, cwd=ROOT,
    )
    try:
        page = None
        deadline = time.monotonic() + 120
        while page is None and time.monotonic() < deadline:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        assert page is not None, "mkdocs serve did not answer"
        assert "data-kh-offline" not in page and "manifest.webmanifest" not in page
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/sw.js", timeout=5)
    finally:
        server.terminate()
        server.wait(timeout=30)
