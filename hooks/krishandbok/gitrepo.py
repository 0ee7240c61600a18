"""The one way the engine asks git something: a command in a folder, its output or None.

Used by the edition label (site footer, binder) and by `changes`. subprocess is
imported when git is first asked, off the import path of every site build.
"""

from __future__ import annotations

import os
from pathlib import Path


def git(directory: Path, *args: str, timeout: float = 20) -> str | None:
    """The stripped standard output of `git ARGS` run in `directory`; None when git fails or is missing."""
    output = git_bytes(directory, *args, timeout=timeout)
    if output is None:
        return None
    return output.decode("utf-8", errors="replace").strip() or None


def git_bytes(directory: Path, *args: str, timeout: float = 20) -> bytes | None:
    """The raw standard output of `git ARGS` in `directory` (for file contents); None on failure."""
    import subprocess

    # UTC dates everywhere, and no pager or prompt: the output must not depend on the machine.
    env = {**os.environ, "TZ": "UTC", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat"}
    try:
        result = subprocess.run(
            ["git", *args], cwd=directory, capture_output=True, timeout=timeout, check=True, env=env
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout
