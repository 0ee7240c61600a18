"""The handbook as an installable web app that works without a network.

After a build (the PDFs included) `write_app(site_dir, app)` writes into the site:

- `sw.js`, the service worker, at the site's root so that its scope is the whole site, also
  under a sub-path. It is `offline/worker.js` (beside this file) with the list of every file
  of the site and its SHA-256 put in front as data. Any change to any file changes the
  worker's bytes, so browsers see a new edition; the worker fills a new cache for it and
  never mixes files of two editions (see the comments in worker.js).
- `manifest.webmanifest` in the handbook's language, name and theme colour, and PNG icons
  drawn here (no image library, no third-party host).

What is cached: every file of the built site except source maps, the sitemaps and lunr
language files that the site's search languages do not load. An internal build lists only
its own files and names its cache apart from a public one's (`cache_prefix`).

`page_markup` adds the manifest link and the status element to each page; the status
(`docs/assets/krishandbok-offline.js`) registers the worker, shows progress, "saved" and
the offer of a new edition, in the words of `render/labels.py`.

Nothing here imports MkDocs; only `page_markup` and `write_app` are called by the hook.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from .files import write_whole
from .render.labels import Labels

WORKER_FILE = "sw.js"
MANIFEST_FILE = "manifest.webmanifest"
ICON_DIR = "assets/krishandbok-icons"
ICON_SIZES = (180, 192, 512)  # 180: iOS home screen; 192 and 512: Android and desktop installs
WORKER_SOURCE = Path(__file__).parent / "offline" / "worker.js"

# Material's primary colours (its palette.css): the manifest's theme colour follows mkdocs.yml.
MATERIAL_PRIMARY = {
    "red": "#ef5552", "pink": "#e92063", "purple": "#ab47bd", "deep-purple": "#7e56c2",
    "indigo": "#4051b5", "blue": "#2094f3", "light-blue": "#02a6f2", "cyan": "#00bdd6",
    "teal": "#009485", "green": "#4cae4f", "light-green": "#8bc34b", "lime": "#cbdc38",
    "yellow": "#ffec3d", "amber": "#ffc105", "orange": "#ffa724", "deep-orange": "#ff6e42",
    "brown": "#795649", "grey": "#757575", "blue-grey": "#546d78", "black": "#000000", "white": "#ffffff",
}
DEFAULT_PRIMARY = "indigo"  # Material's default


@dataclass(frozen=True)
class App:
    """What the web app needs to know about the build; made once per build (on_config)."""

    title: str
    language: str
    edition: str  # the ordered edition label (krishandbok.edition), shown in "saved"
    internal: bool  # an internal build: its own cache names, its name says so
    theme_color: str = MATERIAL_PRIMARY[DEFAULT_PRIMARY]

    @property
    def cache_prefix(self) -> str:
        """Public and internal caches never share a name, even on one origin."""
        return "krishandbok-internal" if self.internal else "krishandbok-public"


@dataclass(frozen=True)
class Entry:
    url: str  # relative to the site's root, percent-encoded as a browser requests it
    sha256: str
    size: int


@dataclass(frozen=True)
class Written:
    entries: tuple[Entry, ...]
    cache: str  # the cache's name: prefix, edition and a digest of the whole list

    @property
    def size(self) -> int:
        return sum(entry.size for entry in self.entries)


# ----------------------------------------------------------------------------- the build


def theme_color(palette: object) -> str:
    """The theme's primary colour as hex, from mkdocs.yml's `theme.palette` (a dict or a list)."""
    first = palette[0] if isinstance(palette, list) and palette else palette
    name = first.get("primary", DEFAULT_PRIMARY) if isinstance(first, dict) else DEFAULT_PRIMARY
    return MATERIAL_PRIMARY.get(str(name).lower().replace(" ", "-"), MATERIAL_PRIMARY[DEFAULT_PRIMARY])


def write_app(site_dir: Path, app: App) -> Written:
    """Write icons, the web manifest and, last, the worker with the list of every file."""
    site_dir = Path(site_dir)
    for size in ICON_SIZES:
        write_whole(site_dir / ICON_DIR / f"icon-{size}.png", icon_png(size, app.theme_color))
    write_whole(site_dir / MANIFEST_FILE, json.dumps(web_manifest(app), ensure_ascii=False, indent=2).encode())
    entries = tuple(precache_entries(site_dir))
    written = Written(entries, cache_name(app, entries))
    write_whole(site_dir / WORKER_FILE, worker_script(app, written).encode())  # last: it names the rest
    return written


def precache_entries(site_dir: Path) -> Iterator[Entry]:
    """Every file the site needs without a network, sorted, with its hash and size."""
    site_dir = Path(site_dir)
    languages = _search_languages(site_dir)
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        relative = PurePosixPath(path.relative_to(site_dir).as_posix())
        if _wanted(relative, languages):
            data = path.read_bytes()
            yield Entry(quote(str(relative), safe="/"), hashlib.sha256(data).hexdigest(), len(data))


def cache_name(app: App, entries: Iterable[Entry]) -> str:
    """One name per edition and content: a changed file gives a new cache, never a mixed one.

    The digest matters: a build without git, or two builds of one day, may share a label.
    """
    digest = hashlib.sha256("\n".join(f"{e.url} {e.sha256}" for e in entries).encode()).hexdigest()[:16]
    return f"{app.cache_prefix}-{app.edition}-{digest}"


def worker_script(app: App, written: Written) -> str:
    """The worker: its data (as JSON, never as code) and then the fixed source."""
    data = {
        "cache": written.cache,
        "prefix": app.cache_prefix,
        "edition": app.edition,
        "files": [[entry.url, entry.sha256] for entry in written.entries],
    }
    # JSON is a JavaScript expression; "<" escaped keeps the file inert if served as HTML.
    literal = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
    return f"// Generated by Krishandbok (offline_app.py): do not edit.\nconst PRECACHE = {literal};\n\n" + (
        WORKER_SOURCE.read_text(encoding="utf-8")
    )


def web_manifest(app: App) -> dict:
    """The web app manifest; every URL relative to it, so it works under a sub-path."""
    t = Labels(app.language)
    name = f"{app.title} – {t('internal.banner')}" if app.internal else app.title
    icons = [
        {"src": f"{ICON_DIR}/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}
        for size in ICON_SIZES[1:] for purpose in ("any", "maskable")
    ]
    return {
        "name": name,
        "short_name": t("offline.short_name"),
        "description": t("offline.description"),
        "lang": t.language,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": app.theme_color,
        "icons": icons,
    }


# ----------------------------------------------------------------------------- the pages


def page_values(app: App) -> dict:
    """What every page shows of the app (overrides/main.html): the manifest, colour and icon
    in the head, and the status line's words as data (the script fills {done}, {total} and
    {edition}). Paths are relative to the site's root."""
    t = Labels(app.language)
    return {
        "manifest": MANIFEST_FILE, "theme_color": app.theme_color, "icon": f"{ICON_DIR}/icon-180.png",
        "worker": WORKER_FILE,
        "words": {key: t(f"offline.{key}") for key in ("saving", "saved", "update", "failed")},
    }


# ----------------------------------------------------------------------------- icons


def icon_png(size: int, colour: str) -> bytes:
    """A square icon: an open white book on the theme colour, inside the maskable safe zone."""
    background, white = bytes(_rgb(colour)), b"\xff\xff\xff"
    rows: dict[str, bytes] = {}  # a scanline depends only on what kind of row it is
    lines = []
    for y in range(size):
        kind = _row_kind(y / size)
        if kind not in rows:
            pixels = (white if _in_book(x / size, kind) else background for x in range(size))
            rows[kind] = b"\x00" + b"".join(pixels)  # filter type 0 (none) before each scanline
        lines.append(rows[kind])
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(lines), 9)) + (
        _chunk(b"IEND", b"")
    )


def _row_kind(y: float) -> str:
    """Rows outside the book, rows of blank page, and the ruled lines on the pages."""
    if not 0.3 <= y <= 0.7:
        return "outside"
    return "line" if 0.4 <= y <= 0.62 and int((y - 0.4) * 50) % 2 == 1 else "page"


def _in_book(x: float, kind: str) -> bool:
    """Two pages with a spine gap, within the central 60 % (a maskable icon's safe zone is 80 %)."""
    if kind == "outside" or not (0.22 <= x <= 0.48 or 0.52 <= x <= 0.78):
        return False
    return kind == "page" or not (0.27 <= x <= 0.44 or 0.56 <= x <= 0.73)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


# ----------------------------------------------------------------------------- helpers


def _search_languages(site_dir: Path) -> list[str]:
    """The languages Material's search loads lunr support for (its index's config)."""
    index = site_dir / "search" / "search_index.json"
    try:
        languages = json.loads(index.read_text(encoding="utf-8"))["config"]["lang"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [str(language) for language in languages] if isinstance(languages, list) else []


def _lunr_files(languages: list[str]) -> set[str]:
    """The files under assets/javascripts/lunr/ that Material's search worker imports.

    The same choice as the worker's own: tinyseg for Japanese, wordcut for Hindi and Thai,
    one file per language but English, multi for several, and the stemmer support.
    """
    files = set()
    for language in languages:
        if language == "ja":
            files.add("tinyseg.js")
        if language in ("hi", "th"):
            files.add("wordcut.js")
        if language != "en":
            files.add(f"min/lunr.{language}.min.js")
    if len(languages) > 1:
        files.add("min/lunr.multi.min.js")
    files.add("min/lunr.stemmer.support.min.js")
    return files


def _wanted(relative: PurePosixPath, languages: list[str]) -> bool:
    text = str(relative)
    if any(part.startswith(".") for part in relative.parts) or text == WORKER_FILE:
        return False
    if text.endswith(".map") or text in ("sitemap.xml", "sitemap.xml.gz"):
        return False
    lunr = "assets/javascripts/lunr/"
    return not text.startswith(lunr) or text.removeprefix(lunr) in _lunr_files(languages)

