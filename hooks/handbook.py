"""MkDocs hook: the thin adapter between MkDocs and the Krishandbok engine.

Only typed `on_*` functions live here; loading, validation and rendering are
in the `krishandbok` package. MkDocs puts this folder on `sys.path` only while
this file is executed, so the engine is imported at the top. `mkdocs serve`
does not reload hooks, so no state is kept between builds except through
`config` (reset in on_config).
"""

from __future__ import annotations

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

from krishandbok import validate
from krishandbok.render import navigation, render_site

log = logging.getLogger("mkdocs.plugins.krishandbok")
HAND_WRITTEN_ORDER = (
    "strategi.md", "vardagsdialog.md", "troll-och-kritik.md", "redigera.md",
    "referens.md", "tillganglighet.md", "om.md",
)

# ----------------------------------------------------------------------------- Hooks


@event_priority(100)  # before Material's search plugin reads theme.language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate the handbook before anything is written; configure the site from it."""
    data_dir = _data_dir(config)
    report = validate(data_dir, display_dir=_display(data_dir))
    language = report.handbook.language
    for problem in report.warnings:
        log.info(problem.format(language))  # shown on the coverage page; never fails --strict
    if not report.ok:
        details = "\n".join(problem.format(language) for problem in report.problems if problem.is_error)
        raise PluginError(f"the handbook in {data_dir} has errors:\n{details}")
    handbook = report.handbook
    settings = handbook.settings
    config.site_name = settings.title
    if settings.site_url and not config.site_url:
        config.site_url = settings.site_url
    config.theme["language"] = language
    config["krishandbok"] = {"data_dir": data_dir, "report": report, "pages": {}}
    config.nav = navigation(handbook, _hand_written(config))
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add every generated page to the site, in memory (never into docs/)."""
    state = config["krishandbok"]
    report = state["report"]
    for page in render_site(report.handbook, report.warnings):
        file = File.generated(config, page.path, content=page.markdown)
        if page.source:
            file.edit_uri = _edit_path(config, state["data_dir"] / page.source)
        files.append(file)
    return files


def on_page_context(context, *, page: MkDocsPage, config: MkDocsConfig, nav):
    """Edit links of generated pages point at their YAML file, with `..` resolved."""
    if page.edit_url and "/../" in page.edit_url:
        parts = urlsplit(page.edit_url)
        page.edit_url = urlunsplit(parts._replace(path=posixpath.normpath(parts.path)))
    return context


def on_serve(server, *, config: MkDocsConfig, builder):
    """`mkdocs serve` rebuilds when the handbook's data changes."""
    server.watch(str(config["krishandbok"]["data_dir"]))
    return server


# ----------------------------------------------------------------------------- Helpers


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


def _hand_written(config: MkDocsConfig) -> list[str]:
    docs = Path(config.docs_dir)
    present = sorted(p.name for p in docs.glob("*.md") if p.name != "index.md")
    ordered = [name for name in HAND_WRITTEN_ORDER if name in present]
    return ordered + [name for name in present if name not in ordered]


def _edit_path(config: MkDocsConfig, source: Path) -> str:
    return os.path.relpath(source, config.docs_dir).replace(os.sep, "/")
