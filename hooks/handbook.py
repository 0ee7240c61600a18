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
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage
from pathspec.gitignore import GitIgnoreSpec

from krishandbok import offline_app, validate
from krishandbok.binder import write_binder
from krishandbok.binder.labels import BinderLabels
from krishandbok.binder.pdf import BinderError
from krishandbok.contacts import ProfileError, contacts_for_build, public_notice
from krishandbok.edition import edition
from krishandbok.exercises.pack import PackError, write_packs
from krishandbok.render import navigation, render_site, unlisted
from krishandbok.render.exercises import words as exercise_words
from krishandbok.render.guidance import footer_phones
from krishandbok.render.hand_written import hand_written_pages
from krishandbok.render.labels import Labels
from krishandbok.render.theme import theme_text

log = logging.getLogger("mkdocs.plugins.krishandbok")
_command: str | None = None  # the mkdocs command, set by on_startup (once per process)

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
        raise PluginError(f"{heading}:\n{details}")
    handbook = report.handbook
    contacts = _contacts(handbook)
    # Every message is written: the YAML node trees (most of the handbook's objects) can
    # go, before the cycle collector walks them on every full collection and at exit.
    handbook.release_positions()
    settings = handbook.settings
    config.site_name = theme_text(settings.title)
    if settings.site_url and not config.site_url:
        config.site_url = settings.site_url
    config.theme["language"] = language
    config.copyright = _with_phones(config.copyright, footer_phones(handbook))
    printed = edition(data_dir)
    # The site's footer shows the edition the binder prints (overrides/partials/copyright.html).
    config.extra["krishandbok_edition"] = f"{BinderLabels(language)('edition')} {printed.label}"
    config["krishandbok"] = {"data_dir": data_dir, "report": report, "contacts": contacts, "edition": printed}
    config["krishandbok"]["app"] = _offline_app(config, data_dir, contacts is not None)
    config.nav = navigation(handbook, _hand_written(config), internal=contacts is not None)
    config.not_in_nav = _not_in_nav(config.not_in_nav, unlisted(handbook))
    # The handbook is read-only from here to the end of the build. Frozen, the cycle
    # collector stops walking it on every full collection (a regional handbook is big).
    gc.freeze()
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add every generated page to the site, in memory (never into docs/)."""
    state = config["krishandbok"]
    report = state["report"]
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


def on_post_page(output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
    """An internal build says so on every page, on screen and on paper; the web app's links."""
    app = config["krishandbok"]["app"]
    output = _mark_internal(output, config)
    return offline_app.page_markup(output, offline_app.page_base(page.url), app) if app else output


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """Theme pages such as 404.html get the internal banner too."""
    return _mark_internal(output_content, config) if template_name.endswith(".html") else output_content


def on_post_build(*, config: MkDocsConfig) -> None:
    """Write the binder (A4) and the pocket cards (A6, and four to an A4 sheet) as PDF into the site.

    Under `mkdocs serve` too, so the print links work there; KRISHANDBOK_PDF=0 turns it off
    (the print page then says how to write them).
    """
    try:
        if _pdf_wanted():
            _write_pdfs(config)
            _write_exercise_packs(config)
        if config["krishandbok"]["app"]:  # after the PDFs: the worker lists them too
            _write_offline_app(config)
    finally:
        gc.unfreeze()  # `mkdocs serve` builds again: the old handbook must be collectable


def on_build_error(*, error: Exception) -> None:
    """A failed build lets go of its handbook too (see on_config)."""
    gc.unfreeze()


def _write_pdfs(config: MkDocsConfig) -> None:
    state = config["krishandbok"]
    handbook = state["report"].handbook
    try:
        result = write_binder(handbook, Path(config.site_dir), state["edition"], state["contacts"])
    except (BinderError, OSError) as error:
        raise PluginError(f"the binder PDF could not be written (KRISHANDBOK_PDF=0 skips it): {error}") from None
    for warning in result.warnings:
        log.warning("binder: %s", warning)
    pages = ", ".join(f"{written.path.name} ({written.pages} pages)" for written in result.files)
    log.info("binder: %s in %.1f s", pages, result.seconds)


def _write_exercise_packs(config: MkDocsConfig) -> None:
    """`ovningar/<id>.pdf`; the script and inject cards of an exercise not yet held only internally."""
    state = config["krishandbok"]
    handbook = state["report"].handbook
    folder = Path(config.site_dir) / exercise_words(handbook.language)["folder"]
    try:
        written = write_packs(handbook, folder, staff=state["contacts"] is not None)
    except PackError as error:
        raise PluginError(f"the exercise packs could not be written (KRISHANDBOK_PDF=0 skips them): {error}") from None
    for pack in written:
        log.info("exercise pack: %s (%d pages)", pack.path.name, pack.pages)


def _write_offline_app(config: MkDocsConfig) -> None:
    try:
        written = offline_app.write_app(Path(config.site_dir), config["krishandbok"]["app"])
    except OSError as error:
        raise PluginError(f"the offline web app could not be written: {error}") from None
    log.info("offline app: %d files, %.1f MB to cache (%s)", len(written.entries), written.size / 1e6, written.cache)


def on_serve(server, *, config: MkDocsConfig, builder):
    """`mkdocs serve` rebuilds when the handbook's data changes."""
    server.watch(str(config["krishandbok"]["data_dir"]))
    return server


# ----------------------------------------------------------------------------- Helpers


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


def _offline_app(config: MkDocsConfig, data_dir: Path, internal: bool) -> offline_app.App | None:
    """The installable offline web app; not under `mkdocs serve` (live reload) nor in the
    file:// build of Material's offline plugin, where no service worker can run."""
    offline_plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    if _command == "serve" or (offline_plugin is not None and offline_plugin.config.enabled):
        return None
    return offline_app.App(
        title=config.site_name, language=config.theme["language"], edition=config["krishandbok"]["edition"].label,
        internal=internal, theme_color=offline_app.theme_color(config.theme.get("palette")),
    )


def _mark_internal(output: str, config: MkDocsConfig) -> str:
    if config["krishandbok"]["contacts"] is None:
        return output
    text = Labels(config.theme["language"])("internal.banner")
    banner = f'<div class="kh-internal" role="note">{text}</div>'
    output = output.replace("<head>", '<head><meta name="robots" content="noindex, nofollow">', 1)
    return re.sub(r"(<body[^>]*>)", lambda match: match.group(1) + banner, output, count=1)


def _with_phones(copyright: str | None, phones: str) -> str | None:
    """The project's footer text with the handbook's public numbers after it (in their own element)."""
    if not phones:
        return copyright
    return f"{copyright} {phones}" if copyright else phones


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
