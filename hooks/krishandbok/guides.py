"""The hand-written pages of `docs/` that scenarios may name as `guides`, with their titles.

Read once, when the handbook is validated, so that the rules and the (pure) page
renderers never touch the file system.
"""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 1 << 20  # a title is on the first lines; never read a huge file whole


def guide_titles(docs_dir: Path | None) -> dict[str, str]:
    """Page name (file name without .md) → its title (the first `# ` heading, else the name)."""
    if docs_dir is None or not docs_dir.is_dir():
        return {}
    titles = {}
    for path in sorted(docs_dir.glob("*.md")):
        if path.is_file() and path.name != "index.md":
            titles[path.stem] = _title(path) or path.stem
    return titles


def _title(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            text = file.read(MAX_BYTES)
    except OSError:
        return None
    in_front_matter = text.startswith("---\n")
    for number, line in enumerate(text.splitlines()):
        if in_front_matter:
            in_front_matter = not (number > 0 and line.strip() == "---")
            continue
        if line.startswith("# "):
            return line[2:].strip().strip("#").strip() or None
    return None
