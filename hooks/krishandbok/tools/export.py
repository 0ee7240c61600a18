"""`python -m krishandbok render --out DIR`: the site as a plain MkDocs project.

DIR gets a `mkdocs.yml` with the project's theme, plugins, extensions, assets
and validation settings but no hooks, and a `docs/` folder with the
hand-written pages, their assets and every generated page as Markdown. Plain
MkDocs (or any engine that reads MkDocs projects) builds it as it is; the
pages are the ones the hook builds, text for text.

Everything is written into a folder beside DIR and swapped in (`staging.py`)
at the end, so DIR is either the previous export or the new one, never half of
each. A DIR that was not written by this command is never replaced.

No MkDocs import: this module only reads and writes files.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..edition import edition
from ..render import render_site
from ..render.hand_written import hand_written_pages
from ..site_settings import site_settings
from ..staging import StagedFolder
from ..validate import Report

MARKER = "# Written by `python -m krishandbok render`"
HEADER = f"""{MARKER} from the handbook's data: do not edit, edit the YAML and run it again.
# Build with plain MkDocs: mkdocs build --strict
"""
DOCS = "docs"
# Keys of the project's mkdocs.yml that belong to the hook build only.
DROPPED = ("hooks", "edit_uri", "edit_uri_template", "watch", "INHERIT")


class ExportError(Exception):
    """The export cannot be written; the message says why (nothing was changed)."""


@dataclass(frozen=True)
class Export:
    out: Path
    generated: int  # generated pages written
    hand_written: int  # hand-written pages copied


def export_site(report: Report, config_file: Path | str, out: Path | str) -> Export:
    """Write the site of a valid handbook (`report`) as a MkDocs project into `out`."""
    if not report.ok:
        raise ExportError("the handbook has errors; nothing was written")
    config_file, out = Path(config_file).resolve(), Path(out).resolve()
    config = read_config(config_file)
    docs = (config_file.parent / config.get("docs_dir", DOCS)).resolve()
    _check_target(out, docs)
    hand_written = hand_written_pages(p.name for p in docs.glob("*.md"))
    site = site_config(config, report.handbook, hand_written)
    pages = render_site(report.handbook, report.warnings)
    staged = StagedFolder(out)
    try:
        _write_project(staged.start(), docs, pages, site, config_file.parent)
        staged.finish()
    except BaseException:
        staged.abandon()
        raise
    return Export(out, len(pages), len(hand_written))


def _write_project(folder: Path, docs: Path, pages: list, site: dict, project: Path) -> None:
    """docs/ (hand-written pages and assets, then the generated pages) and mkdocs.yml."""
    shutil.copytree(docs, folder / DOCS)
    for page in pages:
        target = folder / DOCS / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    _copy_theme_dir(site, project, folder)
    write_config(folder / "mkdocs.yml", site)


def site_config(config: dict, handbook, hand_written: list[str]) -> dict:
    """The project's configuration, without hooks, with what the hook sets filled in."""
    site = {key: value for key, value in config.items() if key not in DROPPED}
    settings = site_settings(handbook, hand_written, edition(handbook.data_dir))
    site["site_name"] = settings.site_name
    site["copyright"] = settings.copyright(site.get("copyright"))
    site["extra"] = {**(site.get("extra") or {}), "krishandbok_edition": settings.edition}
    if settings.site_url and not site.get("site_url"):
        site["site_url"] = settings.site_url
    site["docs_dir"] = DOCS
    site["site_dir"] = "site"
    theme = site.get("theme", {})
    site["theme"] = dict(theme) if isinstance(theme, dict) else {"name": theme}
    site["theme"]["language"] = settings.language
    site["nav"] = settings.nav
    patterns = [site["not_in_nav"]] if site.get("not_in_nav") else []
    patterns += settings.unlisted
    if patterns:
        site["not_in_nav"] = "\n".join(pattern.strip("\n") for pattern in patterns) + "\n"
    return site


# --------------------------------------------------------------------------- mkdocs.yml


@dataclass(frozen=True)
class Tagged:
    """A value with a tag only MkDocs understands (`!ENV`, `!relative`, `!!python/name:`), kept as written."""

    tag: str
    value: object


class _ConfigLoader(yaml.SafeLoader):
    """SafeLoader that keeps MkDocs' own tags instead of failing on them."""


class _ConfigDumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    """Multi-line text (such as exclude_docs) as a literal block, as people write it."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


def _construct_tagged(prefix: str):
    def construct(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
        if isinstance(node, yaml.SequenceNode):
            return Tagged(prefix + suffix, loader.construct_sequence(node, deep=True))
        if isinstance(node, yaml.MappingNode):
            return Tagged(prefix + suffix, loader.construct_mapping(node, deep=True))
        return Tagged(prefix + suffix, loader.construct_scalar(node))

    return construct


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


for _prefix in ("!", "tag:yaml.org,2002:python/"):
    _ConfigLoader.add_multi_constructor(_prefix, _construct_tagged(_prefix))
_ConfigDumper.add_representer(Tagged, _represent_tagged)
_ConfigDumper.add_representer(str, _represent_text)


def read_config(path: Path) -> dict:
    """The project's mkdocs.yml as data; `!ENV` and other MkDocs tags are kept as `Tagged`."""
    with open(path, encoding="utf-8") as stream:
        config = yaml.load(stream, Loader=_ConfigLoader)  # noqa: S506 - SafeLoader with tags kept as data
    if not isinstance(config, dict):
        raise ExportError(f"{path}: not a MkDocs configuration (a mapping at the top)")
    return config


def write_config(path: Path, config: dict) -> None:
    text = yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(HEADER + text, encoding="utf-8")


# --------------------------------------------------------------------------- helpers


def _check_target(out: Path, docs: Path) -> None:
    """Only an empty folder or an earlier export may be replaced; never inside docs/."""
    if out == docs or docs in out.parents:
        raise ExportError(f"{out}: inside the docs folder {docs}; choose a folder outside it")
    if not out.exists():
        return
    if not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    if any(out.iterdir()) and not _is_export(out):
        raise ExportError(f"{out}: not empty and not written by `krishandbok render`; choose another folder")


def _is_export(folder: Path) -> bool:
    config = folder / "mkdocs.yml"
    if not config.is_file():
        return False
    with open(config, encoding="utf-8") as stream:
        return stream.readline().startswith(MARKER)


def _copy_theme_dir(site: dict, project: Path, staging: Path) -> None:
    """A theme's `custom_dir` (overrides) is copied along, under its own name."""
    custom = site["theme"].get("custom_dir")
    if not isinstance(custom, str):
        return
    source = (project / custom).resolve()
    shutil.copytree(source, staging / source.name)
    site["theme"]["custom_dir"] = source.name
