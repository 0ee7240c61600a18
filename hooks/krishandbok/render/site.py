"""The pages of the handbook site, rendered from a validated handbook.

Pure: a `Handbook` in, a list of `Page`s (Markdown text) out, and the
navigation that orders them. No file access, no MkDocs objects; the MkDocs
hook (or `render --out`) decides where the pages go.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import lru_cache

from ..contacts import Contacts
from ..handbook import Handbook
from ..problems import Problem
from .hand_written import hand_written_pages, split_pages
from .labels import Labels
from .markup import link

# kind → (label key of its folder, attribute with its display name)
KIND_DIRS = {
    "role": "dir.roles", "channel": "dir.channels", "audience": "dir.audiences",
    "scenario": "dir.scenarios", "template": "dir.templates", "checklist": "dir.checklists",
}
_NAME_FIELD = {"template": "title", "checklist": "title"}
NAV_LIMIT = 50  # entities of one kind listed one by one in the navigation; more: the index page only


@dataclass(frozen=True)
class Page:
    path: str  # where the page lives in the docs tree, e.g. "roller/kommunchef.md"
    title: str
    markdown: str
    source: str | None = None  # the data file it comes from, relative to the data folder


@dataclass
class Site:
    """What every page renderer needs: the handbook, its words, and how to link."""

    handbook: Handbook
    warnings: list[Problem] = field(default_factory=list)
    contacts: Contacts | None = None  # only in an internal build

    def __post_init__(self) -> None:
        self.t = Labels(self.handbook.language)
        self.guide_titles = self.handbook.guides  # hand-written pages of docs/ → titles
        self._refs: dict[tuple[str, str, str], str] = {}  # a site links to the same pages thousands of times

    # ------------------------------------------------------------------ paths and links

    def folder(self, kind: str) -> str:
        return self.t(KIND_DIRS[kind])

    def path(self, kind: str, entity_id: str | None = None) -> str:
        """The page of an entity, or the index of its kind when `entity_id` is None."""
        if kind == "level":
            return self.t("page.levels")
        if entity_id == "index":  # a valid id, but the folder's own page is index.md
            entity_id = "index_"
        return f"{self.folder(kind)}/{entity_id or 'index'}.md"

    def name(self, kind: str, entity_id: str) -> str:
        entity = self.handbook.of_kind(kind).get(entity_id)
        return getattr(entity, _NAME_FIELD.get(kind, "name")) if entity else entity_id

    def href(self, from_path: str, to_path: str) -> str:
        return _relative(to_path, _folder_of(from_path))

    def ref(self, from_path: str, kind: str, entity_id: str) -> str:
        """A Markdown link to an entity's page, labelled with its name."""
        key = (_folder_of(from_path), kind, entity_id)
        found = self._refs.get(key)
        if found is None:
            target = self.path(kind, entity_id)
            if kind == "level":
                target += f"#{entity_id}"
            found = self._refs[key] = link(self.name(kind, entity_id), self.href(from_path, target))
        return found

    def refs(self, from_path: str, kind: str, ids) -> str:
        return ", ".join(self.ref(from_path, kind, i) for i in ids) or self.t("none")

    def source(self, kind: str, entity_id: str) -> str:
        entity = self.handbook.of_kind(kind)[entity_id]
        return str(self.handbook.source_file(entity))


@lru_cache(maxsize=1 << 16)  # asked for on every link; a site has a few hundred pages
def _folder_of(path: str) -> str:
    return posixpath.dirname(path) or "."


@lru_cache(maxsize=1 << 16)  # pages link to the same few folders again and again
def _relative(to_path: str, from_dir: str) -> str:
    """posixpath.relpath for two paths of the docs tree (no `..`, no leading `/`),
    without its file-system calls: the same answer, several times faster."""
    to_parts = to_path.split("/")
    from_parts = [] if from_dir == "." else from_dir.split("/")
    common = 0
    for to_part, from_part in zip(to_parts, from_parts, strict=False):  # stop at the shorter
        if to_part != from_part:
            break
        common += 1
    return "/".join([".."] * (len(from_parts) - common) + to_parts[common:]) or "."


def render_site(
    handbook: Handbook, warnings: list[Problem] | None = None, contacts: Contacts | None = None
) -> list[Page]:
    """Every generated page of the site; `contacts` only for an internal build."""
    from . import binder_page, entities, exercise_run, guidance, library, overview, playbooks
    from . import contacts as contact_pages
    from .exercises import exercise_pages

    site = Site(handbook, warnings or [], contacts)
    pages = [playbooks.start_page(site), playbooks.levels_page(site)]
    pages += playbooks.scenario_pages(site)
    pages += entities.role_pages(site) + entities.channel_pages(site) + entities.audience_pages(site)
    pages += library.template_pages(site) + library.checklist_pages(site)
    pages += [overview.matrix_page(site), overview.coverage_page(site), binder_page.binder_page(site)]
    pages += [guidance.tone_page(site, staff_guides(handbook)), guidance.alerting_page(site)]
    pages.append(reference_page(site))
    pages += exercise_run.exercise_run_pages(site)
    if contacts is not None:
        pages.append(contact_pages.contacts_page(site))
    pages += exercise_pages(site, {p.path for p in pages})
    return pages


def reference_page(site: Site) -> Page:
    """Every key of every file, generated from the models so that it never drifts."""
    from ..reference import key_reference_markdown

    path = site.t("page.reference")
    return Page(path, site.t("nav.reference"), NOT_SEARCHED + key_reference_markdown(site.handbook.language))


# Front matter of the editors' pages: Material's search leaves them out of the staff's results.
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n\n"


def staff_guides(handbook: Handbook) -> list[str]:
    """The hand-written pages (names without .md) that are guidance for the staff."""
    names = hand_written_pages(f"{name}.md" for name in handbook.guides)
    return [name.removesuffix(".md") for name in split_pages(names)[0]]


def unlisted(handbook: Handbook) -> list[str]:
    """Folders (gitignore patterns for MkDocs' `not_in_nav`) whose pages the navigation leaves out.

    Material writes the whole navigation into every page, so a site's build time and page
    weight grow with pages × navigation entries. A kind with more than NAV_LIMIT entities
    (a regional handbook) is listed by its index page alone, which links to every one.
    """
    from .exercise_run import unlisted_run_pages

    site = Site(handbook)
    folders = [f"/{site.folder(kind)}/" for kind in KIND_DIRS if len(handbook.of_kind(kind)) > NAV_LIMIT]
    return folders + unlisted_run_pages(site)


def navigation(handbook: Handbook, extra_pages: list[str], internal: bool = False) -> list:
    """The site's navigation in MkDocs' `nav` format; `extra_pages` are hand-written pages."""
    from .exercises import navigation_entry as exercise_navigation

    site = Site(handbook)
    t = site.t

    def section(title_key: str, kind: str) -> dict:
        ids = list(handbook.of_kind(kind)) if len(handbook.of_kind(kind)) <= NAV_LIMIT else []
        return {t(title_key): [site.path(kind)] + [site.path(kind, i) for i in ids]}

    guides, about, editors = split_pages(hand_written_pages([*extra_pages, t("page.reference")]))
    return [
        {t("nav.start"): "index.md"},
        section("nav.scenarios", "scenario"),
        section("nav.roles", "role"),
        {t("nav.alerting"): t("page.alerting")},
        {t("nav.guides"): [t("page.tone"), *guides]},
        section("nav.checklists", "checklist"),
        section("nav.templates", "template"),
        section("nav.channels", "channel"),
        section("nav.audiences", "audience"),
        {t("nav.levels"): t("page.levels")},
        {t("nav.matrix"): t("page.matrix")},
        *exercise_navigation(site),
        {t("nav.binder"): t("page.binder")},
        *([{t("nav.contacts"): t("page.contacts")}] if internal else []),
        *([{t("nav.about"): about}] if about else []),
        {t("nav.editors"): [t("page.coverage"), *editors]},
    ]
