"""The cover's QR code: the handbook's web address as an inline SVG (vector, no image file)."""

from __future__ import annotations

from markupsafe import Markup


def qr_svg(url: str) -> Markup:
    """An SVG QR code for `url`, sized by CSS (it has a viewBox and no width or height)."""
    import segno  # the pdf extra; imported on first use so the site can be built without it

    code = segno.make(url, error="m", micro=False)
    return Markup(code.svg_inline(scale=1, border=4, omitsize=True, svgclass="kh-qr", lineclass=None))
