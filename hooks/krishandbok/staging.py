"""A folder replaced whole: written beside it, then swapped in under a lock.

The promise of a site build (and of `render --out`): after any build the folder holds
the previous whole site or the new whole site, never half of one, whether the build
fails, is interrupted (Ctrl-C, a cancelled CI job, SIGKILL, the OOM killer), runs out
of disk, or runs at the same time as another build into the same folder.

- The new content is written into `.NAME.building-PID-TOKEN` beside the folder (same
  file system, so the swap is a rename, never a copy).
- The swap holds an exclusive lock (`.NAME.lock` beside it) and exchanges the two
  folders in one system call where Linux offers it (`renameat2(RENAME_EXCHANGE)`);
  elsewhere it renames the old folder aside and the new one in, and the next start
  puts the old one back if the process died between the two renames.
- A start removes what builds that died left beside the folder (their process is gone).
- Top-level dot entries of the old folder (`.git`, `.nojekyll`), which MkDocs' own
  clean leaves alone, are carried over.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class StagedFolder:
    """`start()` gives the folder to write; `finish()` swaps it in; `abandon()` drops it."""

    def __init__(self, target: Path | str):
        self.target = Path(target).absolute()
        self.staging: Path | None = None

    def _beside(self, kind: str, suffix: str = "") -> Path:
        return self.target.with_name(f".{self.target.name}.{kind}{suffix}")

    def start(self) -> Path:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        with self._locked():
            _restore_interrupted(self.target, self._beside("old-*"))
            _remove_dead(self.target.parent, self.target.name)
        self.staging = self._beside("building", f"-{os.getpid()}-{secrets.token_hex(4)}")
        self.staging.mkdir()
        return self.staging

    def finish(self) -> None:
        """Swap the staging folder in; the old content is removed afterwards."""
        staging = self._require()
        with self._locked():
            if not self.target.exists():
                staging.rename(self.target)
                self.staging = None
                return
            _carry_dot_entries(self.target, staging)
            if not _exchange(staging, self.target):
                previous = self._beside("old", f"-{os.getpid()}-{secrets.token_hex(4)}")
                self.target.rename(previous)
                staging.rename(self.target)
                staging = previous
        self.staging = None
        shutil.rmtree(staging, ignore_errors=True)

    def abandon(self) -> None:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def _require(self) -> Path:
        if self.staging is None:
            raise RuntimeError("StagedFolder.finish() without start()")
        return self.staging

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self._beside("lock"), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- helpers


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux ≥ 3.15); False where the system cannot."""
    libc = _libc()
    function = getattr(libc, "renameat2", None) if libc else None
    if function is None:
        return False
    result = function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # a file system without exchange
        return False
    raise OSError(code, os.strerror(code), str(b))


_LIBC: list = []


def _libc():
    if not _LIBC:
        name = ctypes.util.find_library("c")
        _LIBC.append(ctypes.CDLL(name, use_errno=True) if name else None)
    return _LIBC[0]


def _restore_interrupted(target: Path, pattern: Path) -> None:
    """A process that died between its two renames left the old folder aside: put it back."""
    if target.exists():
        return
    aside = sorted(target.parent.glob(pattern.name), key=lambda p: p.stat().st_mtime)
    if aside:
        aside[-1].rename(target)


def _remove_dead(parent: Path, name: str) -> None:
    """Staging and set-aside folders of builds whose process no longer runs."""
    pattern = re.compile(rf"\.{re.escape(name)}\.(?:building|old)-(\d+)-[0-9a-f]+")
    for entry in parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and not _running(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier build of this very process (`mkdocs serve`, tests) that failed
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _carry_dot_entries(old: Path, new: Path) -> None:
    for entry in old.iterdir():
        if entry.name.startswith(".") and not (new / entry.name).exists():
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, new / entry.name, symlinks=True)
            else:
                shutil.copy2(entry, new / entry.name, follow_symlinks=False)
