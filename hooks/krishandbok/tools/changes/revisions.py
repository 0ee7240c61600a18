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
    old, old_ok = _handbook_at(root, base, relative, language)
    new, new_ok = _handbook_at(root, head, relative, language)
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


def _handbook_at(root: Path, revision: str | None, relative: str, language: str) -> tuple[Handbook, bool]:
    """The handbook at a revision, and whether it was read completely (or had no data at all)."""
    if revision is None:
        handbook, _ = read_handbook(root / relative, display_dir=relative)
        return handbook, handbook.complete
    commit = _commit(root, revision, language)
    with tempfile.TemporaryDirectory(prefix="krishandbok-") as temporary:
        target = Path(temporary) / "data"
        target.mkdir()
        names = _export(root, commit, relative, target)
        handbook, _ = read_handbook(target, display_dir=relative)
    return handbook, handbook.complete or not names


def _commit(root: Path, revision: str, language: str) -> str:
    # A revision that starts with "-" would be read as an option.
    found = not revision.startswith("-") and git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    commit = found or None
    if commit is None:
        raise ChangesError(say(language, "cli-bad-revision", revision=revision))
    return commit


def _export(root: Path, commit: str, relative: str, target: Path) -> list[str]:
    """Write the data files of `commit` under `target`, as `git show` gives them."""
    listing = git_bytes(root, "ls-tree", "-r", "-z", "--full-tree", "--name-only", commit, "--", relative) or b""
    names = [n for n in listing.decode("utf-8").split("\0") if n]
    prefix = "" if relative in ("", ".") else relative.rstrip("/") + "/"
    for name in names:
        path = target / name[len(prefix):]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(git_bytes(root, "show", f"{commit}:{name}") or b"")
    return names
