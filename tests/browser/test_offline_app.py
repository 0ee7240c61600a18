"""The installable web app: a served site is saved on the first visit and then works offline.

A copy of the small test handbook (switched to Swedish) is built with its PDFs and served
under a sub-path (`/handbok/`, like a GitHub Pages project site) from 127.0.0.1. The served
folder is a symlink, so a second build with a changed role name can replace the first one
the way a deploy does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ENGLISH, ROOT, edit, use_swedish

from krishandbok import offline_app, validate
from krishandbok.edition import edition
from krishandbok.render import Site as Pages
from krishandbok.render.labels import Labels

from .conftest import DESKTOP, PHONE, describe, run_axe, search

pytestmark = pytest.mark.browser

SUB_PATH = "handbok"
ROLE = "planner"
FIRST_NAME = "Samordnare vid vattenläckor"  # "vattenläckorna" (not in the text) must find it
SECOND_NAME = "Samordnare vid översvämningar"
SAVED_TIMEOUT_MS = 120_000  # the whole site over loopback on a busy 2-core machine


def _build(data_dir: Path, target: Path) -> Path:
    env = {k: v for k, v in os.environ.items() if k not in ("OFFLINE", "HANDBOOK_PROFILE", "HANDBOOK_PRIVATE")}
    env.update(NO_MKDOCS_2_WARNING="1", KRISHANDBOK_PDF="1", HANDBOOK_DATA=str(data_dir))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(target)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return target


def _name_role(data_dir: Path, old: str, new: str) -> None:
    edit(data_dir / "roles.yaml", f"name: {old}", f"name: {new}")


class Deployment:
    """A handbook served under /handbok/; `deploy()` swaps in another build like a publish does."""

    def __init__(self, tmp: Path, serve):
        self.data = tmp / "data"
        shutil.copytree(ENGLISH, self.data)
        use_swedish(self.data)
        _name_role(self.data, "Emergency planner", FIRST_NAME)
        self.served = tmp / "served"
        self.served.mkdir()
        self.builds = 0
        self.tmp = tmp
        self.deploy()
        self.base = serve(self.served) + f"{SUB_PATH}/"

    def deploy(self) -> Path:
        self.builds += 1
        site = _build(self.data, self.tmp / f"build-{self.builds}")
        link = self.served / f".{SUB_PATH}-{self.builds}"
        link.symlink_to(site, target_is_directory=True)
        os.replace(link, self.served / SUB_PATH)  # atomic: a reader sees one build or the other
        self.site = site
        return site

    def handbook(self):
        return validate(self.data).handbook

    def url(self, markdown_path: str) -> str:
        """The served URL of a generated page (directory URLs)."""
        path = markdown_path.removesuffix(".md")
        path = path.removesuffix("index") if path.endswith("index") else path + "/"
        return self.base + path


@pytest.fixture
def deployment(browser, serve, tmp_path) -> Deployment:
    return Deployment(tmp_path, serve)


def _status(page):
    return page.locator(".kh-offline [role=status]")


def _wait_saved(page, label: str) -> float:
    """Seconds until the status says the handbook is saved, with this edition's label."""
    started = time.monotonic()
    page.wait_for_function(
        "(label) => { const s = document.querySelector('.kh-offline [role=status]');"
        " return s && s.textContent.startsWith('Sparad för användning utan nät') && s.textContent.includes(label); }",
        arg=label, timeout=SAVED_TIMEOUT_MS,
    )
    return time.monotonic() - started


def test_saved_on_the_first_visit_then_everything_works_offline(browsing, deployment):
    handbook = deployment.handbook()
    pages = Pages(handbook)
    entries = list(offline_app.precache_entries(deployment.site))
    session = browsing(DESKTOP)
    page = session.new_page()

    # every text the status shows, from the first one on
    page.add_init_script("""window.khStatuses = [];
        new MutationObserver(() => {
            const status = document.querySelector('.kh-offline [role=status]');
            if (status && status.textContent !== window.khStatuses.at(-1)) window.khStatuses.push(status.textContent);
        }).observe(document, {subtree: true, childList: true, characterData: true});""")
    started = time.monotonic()
    page.goto(deployment.base)
    label = edition(deployment.data).label
    _wait_saved(page, label)
    seconds = time.monotonic() - started
    print(f"\nsaved {len(entries)} files ({sum(e.size for e in entries) / 1e6:.2f} MB) in {seconds:.1f} s")
    assert _status(page).inner_text() == f"Sparad för användning utan nät – utgåva {label}"
    progress = [text for text in page.evaluate("window.khStatuses") if text.startswith("Sparar")]
    counted = rf"Sparar .*: \d+ av {len(entries)} filer"
    assert progress and all(re.fullmatch(counted, text) for text in progress), progress

    session.context.set_offline(True)
    # the network is really gone: a file the site has but the cache leaves out is not found
    assert (deployment.site / "sitemap.xml").exists()
    assert page.goto(deployment.base + "sitemap.xml").status == 404

    # a page never visited: a checklist; tick an item and find the tick again after a reload
    checklist_id = next(iter(handbook.checklists))
    page.goto(deployment.url(pages.path("checklist", checklist_id)))
    assert page.locator("article h1").inner_text().startswith(handbook.checklists[checklist_id].title)
    _wait_saved(page, label)  # a page served by the worker asks it where it stands
    page.locator("input.kh-check").first.check()
    page.reload()
    assert page.locator("input.kh-check").first.is_checked()

    # the template filler on a page never visited
    template_id, template = next((i, t) for i, t in handbook.templates.items() if t.placeholders)
    page.goto(deployment.url(pages.path("template", template_id)))
    field = page.locator(".kh-field-input").first
    field.fill("utan nät")
    page.wait_for_function(
        "() => (document.querySelector('.kh-channel-text:not([hidden])').dataset.out || '').includes('utan nät')",
        timeout=10_000,
    )

    # search with an inflection that is not in the text (the stem finds the role's name)
    results = search(page, "vattenläckorna")
    role_page = pages.path("role", ROLE).removesuffix(".md") + "/"
    assert role_page in results, f"{results} lacks {role_page}"

    # the binder PDF, saved from the link on its page, byte for byte the built one (`download`
    # makes Chromium save the file instead of opening its PDF viewer)
    page.goto(deployment.url(pages.t("page.binder")))
    link = page.locator("article a[href$='krishandbok.pdf']").first
    link.evaluate("a => a.setAttribute('download', '')")
    with page.expect_download() as download:
        link.click()
    saved = Path(download.value.path())
    assert saved.read_bytes() == (deployment.site / "krishandbok.pdf").read_bytes()

    assert session.external == []


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_status_passes_axe(browsing, deployment, width):
    page = browsing(width).new_page()
    page.goto(deployment.base)
    _wait_saved(page, edition(deployment.data).label)
    page.locator(".kh-offline").scroll_into_view_if_needed()
    assert _status(page).is_visible()
    violations = run_axe(page)
    assert not violations, describe(violations)


def test_a_new_edition_is_offered_and_never_mixed(browsing, deployment):
    handbook = deployment.handbook()
    role_url = deployment.url(Pages(handbook).path("role", ROLE))
    session = browsing(DESKTOP)
    page = session.new_page()
    page.goto(deployment.base)
    _wait_saved(page, edition(deployment.data).label)

    _name_role(deployment.data, FIRST_NAME, SECOND_NAME)
    deployment.deploy()
    page.reload()  # the browser looks for a new worker; the new edition fills its cache meanwhile
    offer = page.locator(".kh-offline__update")
    offer.wait_for(timeout=SAVED_TIMEOUT_MS)
    assert offer.inner_text() == "Ny version av handboken – ladda om"
    violations = run_axe(page)
    assert not violations, describe(violations)

    # until the reader takes the offer, every page is the old edition, even ones not opened yet
    other = session.new_page()
    other.goto(role_url)
    assert FIRST_NAME in other.locator("article").inner_text()
    assert SECOND_NAME not in other.content()

    with page.expect_navigation():
        offer.click()
    page.goto(role_url)
    text = page.locator("article").inner_text()
    assert SECOND_NAME in text and FIRST_NAME not in text
    docs = page.evaluate("fetch('../../search/search_index.json').then(r => r.json()).then(index => index.docs)")
    index = " ".join(f"{doc['title']} {doc['text']}" for doc in docs)
    assert SECOND_NAME in index and FIRST_NAME not in index
    # the other tab reloaded by itself onto the new edition
    other.wait_for_function("(name) => document.body.innerText.includes(name)", arg=SECOND_NAME, timeout=15_000)
    assert FIRST_NAME not in other.locator("article").inner_text()
    caches = page.evaluate("caches.keys()")
    assert len(caches) == 1 and re.match(r"krishandbok-public-", caches[0]), caches


def test_a_half_deployed_site_is_not_saved(browsing, deployment):
    """A file that is not the one the build listed (a deploy caught halfway) fails the install:
    the status says so and no worker takes charge, so nothing of a mixed site is served."""
    changed = next(p for p in deployment.site.rglob("index.html") if p.parent != deployment.site)
    changed.write_bytes(changed.read_bytes() + b"<!-- a newer build -->")
    page = browsing(DESKTOP).new_page()
    page.goto(deployment.base)
    page.wait_for_function(
        "(failed) => (document.querySelector('.kh-offline [role=status]') || {}).textContent === failed",
        arg=Labels("sv")("offline.failed"), timeout=SAVED_TIMEOUT_MS,
    )
    registration = page.evaluate("navigator.serviceWorker.getRegistration().then(r => r ? !!r.active : null)")
    assert not registration and page.evaluate("navigator.serviceWorker.controller") is None
