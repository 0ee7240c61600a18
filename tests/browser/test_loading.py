"""What a page loads of ours: the filler's and the checklists' scripts only on pages that have
a filler or a checklist, iframe-worker's shim only from file:// (the offline build), and the
offline status (krishandbok-offline.js) on every page of a served site, never from file://."""

from __future__ import annotations

import pytest

from krishandbok import validate
from krishandbok.render import Site as Pages

from .conftest import SITE_DATA

pytestmark = pytest.mark.browser

FILLER, CHECKLISTS, SHIM = "krishandbok-filler.js", "krishandbok-checklists.js", "iframe-worker/shim.js"


@pytest.fixture(scope="module")
def pages():
    handbook = validate(SITE_DATA).handbook
    pages = Pages(handbook)
    return {
        "role": pages.path("role", next(iter(handbook.roles))),
        "template": pages.path("template", next(iter(handbook.templates))),
        "checklist": pages.path("checklist", next(iter(handbook.checklists))),
    }


def _url(site, path: str) -> str:
    path = path[: -len(".md")]
    return site.url(f"{path}.html" if site.base.startswith("file:") else f"{path}/index.html")


def _scripts(browsing, site, path: str) -> tuple[set[str], dict]:
    """Our scripts the page requested (file names, shim as vendor path), and what ran."""
    page = browsing().new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url.split("?")[0]))
    page.goto(_url(site, path))
    ran = page.evaluate(
        """() => ({parts: Object.keys(window.krishandbok || {}).sort(),
                   shim: typeof window.IFrameWorker !== "undefined",
                   filter: document.querySelector("form[data-kh-filter]") !== null})"""
    )
    names = {name for name in (FILLER, CHECKLISTS, SHIM) if any(url.endswith("/" + name) for url in requested)}
    return names, ran


@pytest.mark.parametrize("where", ["site", "offline_site"])
def test_each_page_loads_only_the_scripts_it_needs(browsing, pages, where, request):
    site = request.getfixturevalue(where)
    shim = {SHIM} if where == "offline_site" else set()
    app = [] if where == "offline_site" else ["offline"]  # the served site is also a web app (sw.js)

    names, ran = _scripts(browsing, site, pages["role"])
    role_parts = sorted([*(["filter"] if ran["filter"] else []), *app])  # the first hour's scenario filter
    assert names == shim and ran == {"parts": role_parts, "shim": bool(shim), "filter": ran["filter"]}

    names, ran = _scripts(browsing, site, pages["template"])
    parts = sorted(["filler", "measure", "outgoingText", *app])
    assert names == {FILLER} | shim and ran == {"parts": parts, "shim": bool(shim), "filter": False}

    names, ran = _scripts(browsing, site, pages["checklist"])
    assert names == {CHECKLISTS} | shim
    assert ran == {"parts": sorted(["checklist", *app]), "shim": bool(shim), "filter": False}
