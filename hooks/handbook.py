"""MkDocs hook: the thin adapter between MkDocs and the Krishandbok engine.

Only typed `on_*` functions live here; loading, validation and rendering are
in the `krishandbok` package. MkDocs puts this folder on `sys.path` only while
this file is executed, so the engine is imported at the top. `mkdocs serve`
does not reload hooks, so no state is kept between builds except through
`config` (reset in on_config).
"""

from __future__ import annotations

import gc
import logging
import os
import posixpath
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils import CountHandler
from pathspec.gitignore import GitIgnoreSpec

from krishandbok import offline_app, validate
from krishandbok.contacts import ProfileError, contacts_for_build, public_notice
from krishandbok.edition import edition
from krishandbok.render import render_site
from krishandbok.render.hand_written import hand_written_pages
from krishandbok.render.problem_page import problem_page
from krishandbok.site_outputs import OutputError, write_outputs
from krishandbok.site_settings import site_settings
from krishandbok.staging import StagedFolder

log = logging.getLogger("mkdocs.plugins.krishandbok")
_command: str | None = None  # the mkdocs command, set by on_startup (once per process)
_staged: StagedFolder | None = None  # this build's site folder until it is swapped in (on_config)

# ----------------------------------------------------------------------------- Hooks


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember the command (the PDFs are written under `mkdocs serve` too: Typst takes seconds)."""
    global _command
    _command = command


@event_priority(100)  # before Material's search plugin reads theme.language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate the handbook before anything is written; configure the site from it."""
    data_dir = _data_dir(config)
    report = validate(data_dir, display_dir=_display(data_dir), docs_dir=config.docs_dir)
    language = report.handbook.language
    for problem in report.warnings:
        log.info(problem.format(language))  # shown on the coverage page; never fails --strict
    if not report.ok:
        details = "\n".join(problem.format(language) for problem in report.problems if problem.is_error)
        heading = report.handbook.say("build-invalid", path=_display(data_dir))
        if _command != "serve":
            raise PluginError(f"{heading}:\n{details}")
        # Under `mkdocs serve` a failed build leaves every request waiting: build a site of
        # one page that lists the problems instead, and rebuild when the data is saved.
        log.error(f"{heading}:\n{details}")
        config["krishandbok"] = {
            "data_dir": data_dir, "report": report, "contacts": None, "app": None, "invalid": True,
        }
        config.nav = []
        config.extra["krishandbok"] = {"internal_banner": None, "app": None}
        return config
    handbook = report.handbook
    contacts = _contacts(handbook)
    # Every message is written: the YAML node trees (most of the handbook's objects) can
    # go, before the cycle collector walks them on every full collection and at exit.
    handbook.release_positions()
    printed = edition(data_dir)
    site = site_settings(handbook, _hand_written(config), printed, internal=contacts is not None)
    config.site_name = site.site_name
    if site.site_url and not config.site_url:
        config.site_url = site.site_url
    config.theme["language"] = site.language
    config.copyright = site.copyright(config.copyright)
    # The footer shows the edition the binder prints (overrides/partials/copyright.html);
    # an internal build marks every page (overrides/main.html).
    config.extra["krishandbok_edition"] = site.edition
    config["krishandbok"] = {"data_dir": data_dir, "report": report, "contacts": contacts, "edition": printed}
    config["krishandbok"]["app"] = app = _offline_app(config, contacts is not None)
    config.extra["krishandbok"] = {"internal_banner": site.internal_banner,
                                   "app": offline_app.page_values(app) if app else None}
    config.nav = site.nav
    config.not_in_nav = _not_in_nav(config.not_in_nav, site.unlisted)
    _stage(config)
    # The handbook is read-only from here to the end of the build. Frozen, the cycle
    # collector stops walking it on every full collection (a regional handbook is big).
    gc.freeze()
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add every generated page to the site, in memory (never into docs/)."""
    state = config["krishandbok"]
    report = state["report"]
    if state.get("invalid"):
        return Files([file for file in files if not file.is_documentation_page()])
    data_folder = _edit_folder(config, state["data_dir"])
    for page in render_site(report.handbook, report.warnings, state["contacts"]):
        file = File.generated(config, page.path, content=page.markdown)
        if page.source and data_folder is not None:
            file.edit_uri = f"{data_folder}/{page.source}"
        files.append(file)
    return files


def on_page_context(context, *, page: MkDocsPage, config: MkDocsConfig, nav):
    """Edit links of generated pages point at their YAML file, with `..` resolved."""
    if page.edit_url and "/../" in page.edit_url:
        parts = urlsplit(page.edit_url)
        page.edit_url = urlunsplit(parts._replace(path=posixpath.normpath(parts.path)))
    return context


@event_priority(-100)  # last: every plugin has written its files by now
def on_post_build(*, config: MkDocsConfig) -> None:
    """Write the binder (A4) and the pocket cards (A6, and four to an A4 sheet) as PDF into the
    site, then swap the whole new site in (see krishandbok.staging).

    Under `mkdocs serve` too, so the print links work there; KRISHANDBOK_PDF=0 turns it off
    (the print page then says how to write them).
    """
    try:
        state = config["krishandbok"]
        if state.get("invalid"):
            _write_problem_page(config)
        else:
            _write_outputs(config, state)
        _swap_in(config)
    finally:
        gc.unfreeze()  # `mkdocs serve` builds again: the old handbook must be collectable


def on_build_error(*, error: Exception) -> None:
    """A failed build lets go of its handbook too (see on_config), and of its half site."""
    gc.unfreeze()
    _abandon()


def on_shutdown() -> None:
    """Ctrl-C is no build error: the half-written site is dropped here."""
    _abandon()


def _write_problem_page(config: MkDocsConfig) -> None:
    """The problem page at the site's root and as its 404 page, which `mkdocs serve` answers
    for every other address."""
    state = config["krishandbok"]
    report = state["report"]
    page = problem_page(report.problems, report.handbook.language, _display(state["data_dir"]))
    for name in ("index.html", "404.html"):
        (Path(config.site_dir) / name).write_text(page, encoding="utf-8")


def _write_outputs(config: MkDocsConfig, state: dict) -> None:
    handbook = state["report"].handbook
    try:
        outputs = write_outputs(
            handbook, Path(config.site_dir), state["edition"], state["contacts"], _pdf_wanted(), state["app"]
        )
    except OutputError as error:
        raise PluginError(str(error)) from None
    for line in outputs.warnings:
        log.warning(line)
    for line in outputs.info:
        log.info(line)


def on_serve(server, *, config: MkDocsConfig, builder):
    """`mkdocs serve` rebuilds when the handbook's data changes."""
    server.watch(str(config["krishandbok"]["data_dir"]))
    return server


# ----------------------------------------------------------------------------- Helpers


def _stage(config: MkDocsConfig) -> None:
    """Build into a folder beside site_dir; `mkdocs serve` builds into its own temporary one."""
    global _staged
    _abandon()
    if _command == "serve":
        return
    staged = StagedFolder(config.site_dir)
    try:
        config.site_dir = str(staged.start())
    except OSError as error:  # a site folder that cannot be written: said, not a traceback
        raise PluginError(f"{config.site_dir}: the site cannot be written there ({error.strerror})") from None
    _staged = staged


def _swap_in(config: MkDocsConfig) -> None:
    global _staged
    if _staged is None or _strict_warnings(config):  # MkDocs aborts right after this event
        return
    _staged.finish()
    config.site_dir = str(_staged.target)
    _staged = None


def _abandon() -> None:
    global _staged
    if _staged is not None:
        _staged.abandon()
        _staged = None


def _strict_warnings(config: MkDocsConfig) -> bool:
    """Whether `--strict` counted warnings: MkDocs then fails the build after on_post_build."""
    counters = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)]
    return bool(config.strict and any(counter.get_counts() for counter in counters))


def _contacts(handbook):
    """The contacts overlay for an internal build; None for a public one (never opened)."""
    try:
        contacts = contacts_for_build(handbook)
    except ProfileError as error:
        raise PluginError(str(error)) from None
    notice = public_notice()
    if notice:
        log.info(notice)
    return contacts


def _offline_app(config: MkDocsConfig, internal: bool) -> offline_app.App | None:
    """The installable offline web app; not under `mkdocs serve` (live reload) nor in the
    file:// build of Material's offline plugin, where no service worker can run."""
    offline_plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    if _command == "serve" or (offline_plugin is not None and offline_plugin.config.enabled):
        return None
    state = config["krishandbok"]
    return offline_app.App(
        # The title as written: config.site_name is escaped for the theme's HTML, the manifest is JSON.
        title=state["report"].handbook.settings.title, language=config.theme["language"],
        edition=state["edition"].label, internal=internal,
        theme_color=offline_app.theme_color(config.theme.get("palette")),
    )


def _pdf_wanted() -> bool:
    return os.environ.get("KRISHANDBOK_PDF", "").strip() != "0"


def _data_dir(config: MkDocsConfig) -> Path:
    """`HANDBOOK_DATA` (relative to the working directory), else `data/` beside mkdocs.yml."""
    configured = os.environ.get("HANDBOOK_DATA")
    if configured:
        return Path(configured).resolve()
    return Path(config.config_file_path).resolve().parent / "data"


def _display(data_dir: Path) -> str:
    try:
        return str(data_dir.relative_to(Path.cwd()))
    except ValueError:
        return str(data_dir)


def _not_in_nav(configured: GitIgnoreSpec | None, patterns: list[str]) -> GitIgnoreSpec | None:
    """The project's `not_in_nav` plus the folders the navigation leaves out on purpose."""
    if not patterns:
        return configured
    ours = GitIgnoreSpec.from_lines(patterns)
    return configured + ours if configured else ours


def _hand_written(config: MkDocsConfig) -> list[str]:
    return hand_written_pages(p.name for p in Path(config.docs_dir).glob("*.md"))


def _edit_folder(config: MkDocsConfig, data_dir: Path) -> str | None:
    """The data folder relative to docs/, for the edit links to its YAML files; None (no
    links) when it is outside the project (HANDBOOK_DATA elsewhere), where they would lead nowhere."""
    project = Path(config.config_file_path).resolve().parent
    if data_dir != project and project not in data_dir.parents:  # data_dir is resolved (_data_dir)
        return None
    return os.path.relpath(data_dir, config.docs_dir).replace(os.sep, "/")
