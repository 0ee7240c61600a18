"""Small Markdown building blocks shared by the page renderers."""

from __future__ import annotations

from collections.abc import Iterable

from .markup import inline, md_text


def heading(level: int, text: str, anchor: str | None = None) -> str:
    """A heading; `anchor` gives it a stable id (attr_list) for links from other pages."""
    suffix = f" {{#{anchor}}}" if anchor else ""
    return f"{'#' * level} {md_text(text)}{suffix}\n"


def bullets(items: Iterable[str]) -> str:
    lines = [f"- {item}" for item in items]
    return "\n".join(lines) + "\n" if lines else ""


def text_bullets(texts: Iterable[str]) -> str:
    """Data texts as a Markdown list; each text rendered safely inline."""
    return bullets(inline(text) for text in texts)


def facts(pairs: Iterable[tuple[str, str | None]]) -> str:
    """`- **Label:** value` lines, skipping empty values."""
    return bullets(f"**{md_text(label)}:** {value}" for label, value in pairs if value)


def table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(md_text(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def section(title: str, body: str, level: int = 2) -> str:
    """A heading and its body, or nothing when the body is empty."""
    return f"{heading(level, title)}\n{body}\n" if body.strip() else ""


def page(title: str, *parts: str) -> str:
    return f"# {md_text(title)}\n\n" + "\n".join(part for part in parts if part)
