"""The user's cache folders for Slidewright (``$XDG_CACHE_HOME/slidewright/...``), made private.

One place for the rule every cache follows (compiled templates, image renditions, kept preview
pages): the folder is made owner-only, and used only while it belongs to this user and nobody
else may write it (files in it are loaded as code, published, or shown). Standard library only:
the window's start reads its kept pages before anything else is imported."""

from __future__ import annotations

import os
from pathlib import Path

NOBODY_ELSE_WRITES = 0o022
NOBODY_ELSE_READS = 0o077  # for caches that hold the writer's text


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "slidewright"


def is_private(folder: Path, mask: int = NOBODY_ELSE_WRITES) -> bool:
    """Make ``folder`` (owner only) and say whether it is ours with none of ``mask``'s bits."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & mask


def private_cache(name: str, mask: int = NOBODY_ELSE_WRITES) -> Path | None:
    """``cache_root() / name``, made if need be, or None when it is not private (see is_private)."""
    folder = cache_root() / name
    return folder if is_private(folder, mask) else None
