"""Writing output files whole, and the build's fixed time: shared by the PDFs and the web app."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` into a temporary file beside `path`, then rename it over `path`: a reader
    (a browser, a worker listing the site) never sees half a file."""
    with _beside(path) as file:
        file.write(data)


def copy_whole(source: Path, path: Path) -> None:
    """Copy the file `source` to `path` as `write_whole` writes: whole or not at all."""
    with _beside(path) as file, open(source, "rb") as original:
        shutil.copyfileobj(original, file)


@contextmanager
def _beside(path: Path) -> Iterator[BinaryIO]:
    """A new file beside `path`, renamed over it when the block ends without an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a site's files are readable
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH when set (reproducible builds); None means now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else None
