"""Links between pages are computed without the file system, as posixpath.relpath would."""

from __future__ import annotations

import posixpath

from conftest import EXAMPLE

from krishandbok import validate
from krishandbok.render.site import KIND_DIRS, Site, _relative


def test_relative_links_match_relpath_for_every_pair_of_folders():
    site = Site(validate(EXAMPLE).handbook)
    handbook = site.handbook
    pages = ["index.md", site.t("page.levels"), "roller/index.md", "a/b/c/d.md", "a/index.md"]
    pages += [site.path(kind, entity_id) for kind in KIND_DIRS for entity_id in list(handbook.of_kind(kind))[:3]]
    folders = {posixpath.dirname(page) or "." for page in pages} | {"a/b", "a/b/c/e"}
    for page in pages:
        for folder in folders:
            assert _relative(page, folder) == posixpath.relpath(page, folder), (page, folder)
