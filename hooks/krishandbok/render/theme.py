"""Handbook text that the theme prints: made safe here, once, for every template.

MkDocs renders theme templates without autoescaping, and Material prints
`config.site_name` raw inside attributes (`aria-label="…"`) and in `<title>`, but
escaped (`| e`) in others. An escaped `Markup` string is right for both: printed raw
it is already escaped, and `| e` leaves a `Markup` as it is.
"""

from __future__ import annotations

from markupsafe import Markup, escape


def theme_text(text: str) -> Markup:
    """`text` as the theme may print it anywhere in HTML (quotes, <, > and & escaped)."""
    return escape(text)
