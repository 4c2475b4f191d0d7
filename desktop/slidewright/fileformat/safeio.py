"""Reading files a writer may point at without trusting what they are.

A path named ``index.md`` or ``images/fog.jpg`` can be a FIFO (``open`` waits forever for a
writer), ``/dev/zero`` (``read`` never ends), a folder, or a symlink to any of those. Every read
here opens with ``O_NONBLOCK``, checks with ``fstat`` on the opened descriptor (so the check and
the read are about the same file) that it is a regular file of sane size, and reads no more than
that size allows.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = {
    stat.S_IFIFO: "a pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


class UnsafeFile(OSError):
    """The path is not a regular file of sane size; ``reason`` says why in a writer's words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(reason)
        self.path = Path(path)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def describe_kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_regular_file(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``max_bytes``.

    Raises :class:`UnsafeFile` for pipes, devices, folders, sockets and files too large, and
    the usual ``OSError`` (``FileNotFoundError``…) when it cannot be opened. A NUL byte in the
    path is an ``UnsafeFile`` too, not a ``ValueError``."""
    if "\0" in str(path):
        raise UnsafeFile(path, "the file name contains a NUL character")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise UnsafeFile(path, "is a folder, not a file") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(path, f"is {describe_kind(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise UnsafeFile(
                path, f"is {_size(info.st_size)}, more than the {_size(max_bytes)} allowed"
            )
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while True:  # the file may grow while it is read: stop at the limit all the same
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise UnsafeFile(path, f"grew past the {_size(max_bytes)} allowed while being read")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
