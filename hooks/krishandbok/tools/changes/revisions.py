"""The handbook at a git revision: each revision's data files are written to a
temporary folder and read with the engine's strict loader.

HEAD defaults to the working tree (uncommitted edits included): locally that is what
an editor wants to check before committing, and in CI the checkout is the commit.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ...gitrepo import git, git_bytes
from ...handbook import Handbook, read_handbook
from ...loader import LoadError, load_file
from ...messages import say
from .diff import Change, diff_handbooks


@dataclass(frozen=True)
class Comparison:
    changes: list[Change]
    language: str
    incomplete: tuple[str, ...] = ()  # revisions whose handbook could not be read completely


class ChangesError(Exception):
    """A revision or folder that cannot be compared, worded for the editor."""


def compare(repo_dir: Path | str, base: str, head: str | None, data_dir: Path | str) -> Comparison:
    """Compare the handbook at `base` with `head` (None: the working tree) in a git repository.

    `data_dir` is relative to `repo_dir` (or absolute) and must lie inside the repository.
    """
    repo_dir = Path(repo_dir)
    language = _language_hint(repo_dir / data_dir)
    root = _toplevel(repo_dir, language)
    relative = _relative(root, repo_dir / data_dir, language)
    old, old_ok, old_found = _handbook_at(root, base, relative, language)
    new, new_ok, new_found = _handbook_at(root, head, relative, language)
    if not old_found and not new_found:  # a mistyped --data, not a handbook without changes
        raise ChangesError(say(language, "cli-no-data-dir", path=data_dir))
    incomplete = tuple(
        revision for revision, ok in ((base, old_ok), (head or say(new.language, "changes-working-tree"), new_ok))
        if not ok
    )
    return Comparison(diff_handbooks(old, new), new.language, incomplete)


def changes_between(repo_dir: Path | str, base: str, head: str | None, data_dir: Path | str) -> list[Change]:
    """The changes to the handbook from git revision `base` to `head` (None: the working tree)."""
    return compare(repo_dir, base, head, data_dir).changes


def _toplevel(repo_dir: Path, language: str) -> Path:
    toplevel = git(repo_dir, "rev-parse", "--show-toplevel")  # None: not a repository, or no git
    if toplevel is None:
        raise ChangesError(say(language, "cli-not-git", path=repo_dir))
    return Path(toplevel).resolve()


def _relative(root: Path, data_dir: Path, language: str) -> str:
    try:
        return data_dir.resolve().relative_to(root).as_posix()
    except ValueError:
        raise ChangesError(say(language, "cli-outside-repo", path=data_dir)) from None


def _language_hint(data_dir: Path) -> str:
    """The language of the working tree's handbook, for messages before anything is compared."""
    try:
        data = load_file(data_dir / "handbook.yaml", "handbook.yaml").data
    except (LoadError, OSError):
        return "sv"
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in ("sv", "en") else "sv"


def _handbook_at(root: Path, revision: str | None, relative: str, language: str) -> tuple[Handbook, bool, bool]:
    """The handbook at a revision; whether it was read completely; whether the folder was there."""
    if revision is None:
        handbook, _ = read_handbook(root / relative, display_dir=relative)
        return handbook, handbook.complete, (root / relative).is_dir()
    commit = _commit(root, revision, language)
    with tempfile.TemporaryDirectory(prefix="krishandbok-") as temporary:
        target = Path(temporary) / "data"
        target.mkdir()
        written = _export(root, commit, relative, target)
        handbook, _ = read_handbook(target, display_dir=relative)
    return handbook, handbook.complete or not written, bool(written)


def _commit(root: Path, revision: str, language: str) -> str:
    # A revision that starts with "-" would be read as an option.
    found = not revision.startswith("-") and git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    commit = found or None
    if commit is None:
        raise ChangesError(say(language, "cli-bad-revision", revision=revision))
    return commit


# Regular files only: a symbolic link or a submodule in a commit is never followed.
_FILE_MODES = (b"100644", b"100755")


def _export(root: Path, commit: str, relative: str, target: Path) -> int:
    """Write the data files of `commit` under `target`; the number written.

    A commit's tree comes from whoever pushed it (a fork's branch) and git accepts
    names in it that no checkout would write (`..`, `.git`, absolute-looking ones):
    each name is checked part by part, and only a plain relative path is written.
    """
    listing = git_bytes(root, "ls-tree", "-r", "-z", "--full-tree", commit, "--", relative) or b""
    prefix = b"" if relative in ("", ".") else relative.rstrip("/").encode() + b"/"
    written = 0
    for entry in filter(None, listing.split(b"\0")):
        meta, _, name = entry.partition(b"\t")
        mode, kind, blob = meta.split(b" ")
        inside = _safe_parts(name[len(prefix):]) if name.startswith(prefix) else None
        if kind != b"blob" or mode not in _FILE_MODES or inside is None:
            continue
        path = target.joinpath(*inside)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(git_bytes(root, "cat-file", "blob", blob.decode("ascii")) or b"")
        written += 1
    return written


def _safe_parts(name: bytes) -> list[str] | None:
    """The parts of a tree path that stays inside the folder; None for any other."""
    try:
        parts = name.decode("utf-8").split("/")
    except UnicodeDecodeError:
        return None
    unsafe = any(p in ("", ".", "..") or "\\" in p or "\0" in p or p.lower() == ".git" for p in parts)
    return None if unsafe else parts
