"""Paths that stay where they belong, and files written with ordinary modes.

Every place that reads or writes a file named by an article or an imported page goes through
``contained``: the path is resolved (``..`` and symlinks followed) and must still lie inside the
folder it was meant for. Names come from documents a colleague or a web page wrote, so they are
treated as hostile. Writes are atomic (``atomic_write``): a crash leaves the old file or the new.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from slidewright.errors import UnsafePathError
from slidewright.fileformat.safeio import read_regular_file

FILE_MODE = 0o644  # new files: readable by all, writable by the owner, never executable


def _keep_owner(tmp: str, file: Path) -> None:
    """Give the new file the old one's mode and, where allowed (as root), its owner and group."""
    try:
        info = file.stat()
    except OSError:
        os.chmod(tmp, FILE_MODE)
        return
    os.chmod(tmp, info.st_mode & 0o7777)
    for uid, gid in ((info.st_uid, info.st_gid), (-1, info.st_gid)):
        try:
            os.chown(tmp, uid, gid)
            return
        except OSError:  # not root, or not in that group: keep what the writer's process gives
            continue


def atomic_write(
    file: Path,
    data: bytes,
    mode: int | None = None,
    verify: Callable[[bytes], None] | None = None,
) -> None:
    """Write beside, fsync, rename: a crash leaves either the old file or the new one.

    The file keeps the mode, owner and group it had (0644 when new; owner only where the process
    may give it, as root) unless ``mode`` is given. ``verify`` gets the bytes read back from the
    temporary file before the rename; when it raises, the temporary file is removed and ``file``
    is left as it was."""
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if verify is not None:
            with open(tmp, "rb") as handle:
                verify(handle.read())
        if mode is None:
            _keep_owner(tmp, file)
        else:
            os.chmod(tmp, mode)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(file.parent, os.O_RDONLY)
    except OSError:  # some platforms cannot open a directory; the rename is still atomic
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def is_plain_relative(path: str) -> bool:
    """No scheme (``file:``, ``C:``), not absolute, no ``..`` step: a name inside a folder."""
    posix = path.replace("\\", "/")
    if not posix or "\x00" in posix or urlsplit(posix).scheme or PureWindowsPath(path).drive:
        return False
    pure = PurePosixPath(posix)
    return not pure.is_absolute() and ".." not in pure.parts


def contained(root: Path, relative: str | Path) -> Path:
    """``root / relative`` resolved; raises UnsafePathError when it leaves ``root``.

    ``root`` is resolved here too, so callers may pass it as the writer gave it."""
    base = root.resolve()
    text = str(relative)
    if not is_plain_relative(text):
        raise UnsafePathError(f"{text}: not a path inside {base}")
    resolved = (base / text.replace("\\", "/")).resolve()
    if not resolved.is_relative_to(base):
        raise UnsafePathError(f"{text}: leads outside {base} (through a symlink)")
    return resolved


def write_file(root: Path, relative: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``root/relative`` (contained) atomically, as a new 0644 file: the mode
    of whatever was there, or of the file it came from, is not kept."""
    destination = contained(root, relative)
    if destination.is_dir():
        raise UnsafePathError(f"{destination}: a folder is in the way of a file")
    atomic_write(destination, data, FILE_MODE)
    return destination


def keep_copy(file: Path, name: str, max_bytes: int) -> Path:
    """Copy ``file`` (a regular file of at most ``max_bytes``) to ``name`` beside it and return
    the copy's path. An existing copy is never replaced: the new one is numbered
    (``.index.md.orig``, ``.index.md.2.orig``, …). The copy has the original's permissions, so
    it is never more readable than the file it keeps."""
    data = read_regular_file(file, max_bytes)
    mode = os.stat(file).st_mode & 0o777
    while True:
        target = free_name(file.parent, name)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:  # taken since we looked: look again
            continue
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or the first of ``stem.2.suffix``, ``stem.3.suffix``… that is free."""
    stem, dot, suffix = name.rpartition(".")
    target, n = folder / name, 2
    while os.path.lexists(target):
        target, n = folder / f"{stem}.{n}{dot}{suffix}", n + 1
    return target
