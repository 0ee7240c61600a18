"""The built site in a real browser: Debian's Chromium through Playwright, axe-core from npm.

Each site is built once per session into a temp dir and served from 127.0.0.1 only (the
offline build is opened from file://). Every request that leaves the machine is blocked
and recorded; a test that caused one fails. Without Chromium, Playwright or node_modules
the tests skip and say why, except under CI=true, where they fail.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ENGLISH, EXAMPLE, ROOT, SODERTUNA

# The handbook of the `site` fixtures: a test handbook, so that what the tests look for
# (a template with two limited channels, words to search for) is there whatever data/ holds.
SITE_DATA = SODERTUNA

# Debian's chromium by default; CHROMIUM names another build (e.g. Chrome on a GitHub runner).
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
IFRAME_WORKER = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP, PHONE = 1280, 360


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    if not AXE.exists() or not IFRAME_WORKER.exists():
        return "node_modules/ is missing axe-core or iframe-worker (npm ci)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (make test installs it)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run under CI=true, but {reason}")
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


# --------------------------------------------------------------------------- sites


def build_site(target: Path, data_dir: Path | None = None, offline: bool = False) -> Path:
    env = {k: v for k, v in os.environ.items() if k not in ("OFFLINE", "HANDBOOK_DATA", "HANDBOOK_PROFILE")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["KRISHANDBOK_PDF"] = "0"  # the binder's PDFs are tested elsewhere and take seconds
    if offline:
        env["OFFLINE"] = "true"
    if data_dir is not None:
        env["HANDBOOK_DATA"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(target)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return target


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser that stops reading (a page left early) is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Site:
    """A built site and the address it is opened at (http://127.0.0.1:PORT/ or file://)."""

    def __init__(self, root: Path, base: str):
        self.root, self.base = root, base

    def url(self, path: str = "") -> str:
        return self.base + path

    def pages(self) -> list[str]:
        """Every HTML page, as a path relative to the site."""
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*.html"))

    def search_index(self) -> dict:
        return json.loads((self.root / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def serve() -> Iterator:
    """serve(root) → base URL of a threaded http.server on 127.0.0.1 and an ephemeral port."""
    servers = []

    def start(root: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(browser, serve, tmp_path_factory) -> Site:
    """The Swedish test handbook (SITE_DATA), served."""
    root = build_site(tmp_path_factory.mktemp("site") / "site", SITE_DATA)
    return Site(root, serve(root))


@pytest.fixture(scope="session")
def offline_site(browser, tmp_path_factory) -> Site:
    """The Swedish test handbook built with the offline plugin, opened from file://."""
    root = build_site(tmp_path_factory.mktemp("offline") / "site-offline", SITE_DATA, offline=True)
    return Site(root, root.as_uri() + "/")


@pytest.fixture(scope="session")
def example_site(browser, serve, tmp_path_factory) -> Site:
    """The handbook in data/, whatever it is, served: what the municipality publishes."""
    root = build_site(tmp_path_factory.mktemp("example") / "site", EXAMPLE)
    return Site(root, serve(root))


@pytest.fixture(scope="session")
def english_site(browser, serve, tmp_path_factory) -> Site:
    root = build_site(tmp_path_factory.mktemp("english") / "site", ENGLISH)
    return Site(root, serve(root))


@pytest.fixture(scope="session")
def english_offline_site(browser, tmp_path_factory) -> Site:
    root = build_site(tmp_path_factory.mktemp("english-offline") / "site-offline", ENGLISH, offline=True)
    return Site(root, root.as_uri() + "/")


# --------------------------------------------------------------------------- pages


class Browsing:
    """A browser context that lets through only file:// and 127.0.0.1, and records the rest."""

    def __init__(self, browser, width: int):
        self.external: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": 900}, locale="sv-SE")
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.context.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("file", "data", "blob") or (parts.scheme == "http" and parts.hostname == "127.0.0.1"):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def new_page(self):
        page = self.context.new_page()
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def browsing(browser) -> Iterator:
    """browsing(width) → a fresh, isolated context (own localStorage); checked at the end."""
    opened: list[Browsing] = []

    def open_context(width: int = DESKTOP) -> Browsing:
        opened.append(Browsing(browser, width))
        return opened[-1]

    yield open_context
    for session in opened:
        session.close()
    assert not [url for s in opened for url in s.external], "requests that left the machine"
    assert not [error for s in opened for error in s.errors], "JavaScript errors on the page"


@pytest.fixture
def page(browsing):
    """A desktop-sized page in a fresh context."""
    return browsing(DESKTOP).new_page()


def run_axe(page) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(" ")),
            }));
        }""",
        AXE_TAGS,
    )


def describe(violations: list[dict]) -> str:
    return "; ".join(f"{v['id']} ({len(v['nodes'])}: {', '.join(v['nodes'][:3])})" for v in violations)


def search(page, query: str) -> list[str]:
    """Type a query into Material's search box; the pages of the results, relative to the site."""
    field = page.locator("input.md-search__input")
    if not field.is_visible():
        page.click("label.md-header__button[for='__search']")
    meta = page.locator(".md-search-result__meta")
    waiting = {meta.text_content().strip(), page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"
    )}
    field.focus()  # opens the search (on a phone the label above already did)
    field.fill(query)
    field.press("End")  # Material reads the query on keyup
    page.wait_for_function(
        "(waiting) => !waiting.includes(document.querySelector('.md-search-result__meta').textContent.trim())",
        arg=sorted(waiting), timeout=15_000,
    )
    base = page.evaluate("new URL(JSON.parse(document.getElementById('__config').textContent).base, location).href")
    links = page.eval_on_selector_all("a.md-search-result__link", "links => links.map(a => a.href)")
    return [link.split("?")[0].split("#")[0].removeprefix(base) for link in links]
