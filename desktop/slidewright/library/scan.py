"""Finding the articles of a library folder: every folder holding an ``index.md``.

Only stats are taken here (no file is opened), so a run over an unchanged library of 10,000
articles costs a directory walk. Hidden folders and links to folders are not followed (a link
loop cannot make the walk endless); an article folder's own subfolders are not searched for more
articles. Folders that cannot be listed are named, and the walk goes on.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from slidewright.errors import SlidewrightError

INDEX = "index.md"
MAX_DEPTH = 16


@dataclass(frozen=True)
class FileStat:
    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileStat:
        return cls(info.st_size, info.st_mtime_ns, info.st_ino)


@dataclass
class Scan:
    articles: dict[str, FileStat] = field(default_factory=dict)  # bundle path -> index.md stat
    problems: list[tuple[str, str]] = field(default_factory=list)  # (folder, why it was skipped)


def check_root(root: Path) -> None:
    """Raise SlidewrightError (the command's exit 2) when ``root`` is no folder one can list."""
    if not root.exists():
        raise SlidewrightError(f"{root}: no such folder: it does not exist")
    if not root.is_dir():
        raise SlidewrightError(f"{root}: not a folder (a library is a folder of articles)")
    try:
        with os.scandir(root):
            pass
    except OSError as error:
        raise SlidewrightError(f"{root}: cannot be read: {error.strerror or error}") from None


def _known_bundle(folder: str) -> FileStat | None:
    """The stat of ``folder/index.md`` when it is a regular file (one stat, no listing)."""
    try:
        info = os.stat(os.path.join(folder, INDEX))
    except OSError:
        return None
    return FileStat.of(info) if stat.S_ISREG(info.st_mode) else None


def scan(root: Path, known: Collection[str] = ()) -> Scan:
    """Every article bundle under ``root``, by its path relative to ``root`` ('/'-separated;
    ``.`` when ``root`` is itself an article). A folder ``known`` as an article last time is
    confirmed with one stat of its ``index.md`` instead of being listed."""
    check_root(root)
    found = Scan()
    pending: list[tuple[str, int]] = [("", 0)]
    while pending:
        rel, depth = pending.pop()
        folder = os.path.join(root, rel) if rel else str(root)
        if rel in known:
            info = _known_bundle(folder)
            if info is not None:
                found.articles[rel] = info
                continue
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            found.problems.append((rel or ".", error.strerror or str(error)))
            continue
        index = next((e for e in entries if e.name == INDEX), None)
        if index is not None:
            try:
                index_info: os.stat_result | None = index.stat(follow_symlinks=True)
            except OSError as error:
                found.problems.append((rel or ".", error.strerror or str(error)))
                index_info = None
            if index_info is None or not stat.S_ISDIR(index_info.st_mode):
                # a FIFO or a device named index.md is still an article: reading it says why
                # not; its stat is never equal to one remembered, so it is read every time
                regular = index_info is not None and stat.S_ISREG(index_info.st_mode)
                found.articles[rel or "."] = (
                    FileStat.of(index_info) if index_info and regular else FileStat(-1, -1, -1)
                )
                continue
        if depth >= MAX_DEPTH:
            continue
        for entry in entries:
            if entry.name.startswith((".", "_")) and entry.name != "_posts":
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((f"{rel}/{entry.name}" if rel else entry.name, depth + 1))
            except OSError:
                continue
    return found
