"""QR codes as SVG text (vector, no image file), passed to the layouts as data."""

from __future__ import annotations

import io


def qr_svg(url: str) -> str:
    """An SVG QR code for `url` (error correction M, a quiet zone of four modules)."""
    import segno  # the pdf extra; imported on first use so the site can be built without it

    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="svg", scale=1, border=4, xmldecl=False)
    return buffer.getvalue().decode("utf-8")
