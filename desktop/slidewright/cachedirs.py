"""The user's cache folders for Slidewright (``$XDG_CACHE_HOME/slidewright/...``), made private.

One place for the rule every cache follows (compiled templates, image renditions, kept preview
pages): the folder is made owner-only, and used only while it belongs to this user and nobody
else may write it (files in it are loaded as code, published, or shown). Standard library only:
the window's start reads its kept pages before anything else is imported."""

from __future__ import annotations

import os
import stat
from pathlib import Path

NOBODY_ELSE_WRITES = 0o022
NOBODY_ELSE_READS = 0o077  # for caches that hold the writer's text


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(os.path.abspath(base)) / "slidewright"


def _steps(folder: Path) -> list[Path]:
    """The folders to check for ``folder``: each one from ``cache_root()`` down to it when it is
    below the root (a folder an exporter was handed elsewhere: just itself)."""
    root = cache_root()
    try:
        parts = folder.relative_to(root).parts
    except ValueError:
        return [folder]
    steps = [root]
    for part in parts:
        steps.append(steps[-1] / part)
    return steps


def _ours(folder: Path, mask: int) -> bool:
    """``folder`` exists as a real folder (not a link: ``lstat``), belongs to this user and
    group, and has none of ``mask``'s bits; made owner-only when missing."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        info = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_mode & mask:
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid()


def is_private(folder: Path, mask: int = NOBODY_ELSE_WRITES) -> bool:
    """Make ``folder`` (owner only) and say whether it is ours with none of ``mask``'s bits.

    Every folder from ``$XDG_CACHE_HOME/slidewright`` down to it is checked the same way without
    following links: another user who owns (or may write) a folder on the way could point the
    next one anywhere, say at the writer's documents, which a cache's pruning would then empty.
    A folder that fails is used for nothing (callers fall back to no cache)."""
    steps = _steps(folder)
    try:  # $XDG_CACHE_HOME itself (often ~/.cache) may be anywhere, a link included
        steps[0].parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return all(_ours(step, mask if step == folder else NOBODY_ELSE_WRITES) for step in steps)


def private_cache(name: str, mask: int = NOBODY_ELSE_WRITES) -> Path | None:
    """``cache_root() / name``, made if need be, or None when it is not private (see is_private)."""
    folder = cache_root() / name
    return folder if is_private(folder, mask) else None
