"""Content Credentials validated ahead of the check, in worker processes.

Validating a signed picture is c2pa-rs's work (parsing the JUMBF, hashing the asset, verifying the
COSE signature and the certificate chain): about a millisecond of CPU per picture, more than
everything else the check does for it. In line, a 200-slide article of signed pictures waited for
each in turn while the second core sat idle. Threads do not help: c2pa-python calls back into
Python for every read and seek of the picture (some forty times a picture) and wraps each call in
Python bookkeeping, so two threads mostly wait for each other's GIL (measured: no faster than in
line). Forked processes (one a core, up to four) validate beside the one that opens the pictures
with Pillow.

Only where forking is safe: a process with a single thread (``slidewright check``, a script);
the window has Qt's threads, and checks in line on its own background thread. The pool starts
at the first picture whose bytes hold a manifest, so an article of plain pictures (most of them)
starts nothing and pays nothing.

A worker reads the file itself and returns the credentials with the SHA-256 of the bytes it read;
the checker uses them only for the very bytes it read afterwards (same SHA-256, the same container
as Pillow names it). A file changed in between, or a worker that failed, is read in line as
before, so the answer is always the one :func:`read_credentials` gives for what the checker saw.
Only the credentials travel back, never the bytes: holding a long photo essay's pictures until
the checker catches up would cost a gigabyte.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from slidewright.fileformat.images import ImageProblem, read_image_bytes
from slidewright.provenance import ContentCredentials
from slidewright.provenance import reader as provenance

if TYPE_CHECKING:  # the pool's modules (multiprocessing, subprocess, sockets) load with the pool
    from concurrent.futures import Executor, Future

MAX_WORKERS = 4  # beside the checking process; on two cores, two were faster than one
MIN_AHEAD = 8  # fewer pictures left than this: starting the workers costs more than it saves
CHUNK = 8  # pictures a task (with one a task, the checker waited on message passing: 5x longer)


@dataclass(frozen=True)
class Validated:
    """A signed picture's credentials, for the bytes whose SHA-256 is ``sha256``."""

    sha256: str
    mime: str
    credentials: ContentCredentials | None


def _validate_all(files: list[str], trust_anchors: str) -> dict[str, Validated | None]:
    """In a worker: each file's answer (a file that cannot be read is left out)."""
    found = {}
    for file in files:
        try:
            found[file] = _validate(file, trust_anchors)
        except (ImageProblem, OSError, ValueError):  # the checker reads it in line and says why
            continue
    return found


def _validate(file: str, trust_anchors: str) -> Validated | None:
    """None when the file's bytes hold no manifest (nothing to do ahead)."""
    raw = read_image_bytes(file)
    if not provenance.has_manifest(raw):
        return None
    image_format = provenance.sniff_format(raw)
    mime = provenance.MIME_TYPES.get(image_format, "")
    if not mime:  # a container the reader does not read: the checker says so in line
        return None
    digest = hashlib.sha256(raw).hexdigest()
    return Validated(digest, mime, provenance.read_credentials(raw, image_format, trust_anchors))


def can_fork() -> bool:
    """True in a process with one thread on a system that forks (Linux): the only place a fork
    copies no lock another thread holds (Qt's, a native library's)."""
    if sys.platform != "linux":
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def worker_count() -> int:
    """As many workers as the cores this process may use, up to :data:`MAX_WORKERS`; on one core
    there is nothing to run beside the check (0)."""
    cores = len(os.sched_getaffinity(0))
    return min(MAX_WORKERS, cores) if cores > 1 else 0


def new_pool(workers: int) -> Executor:
    """``workers`` forked processes. Their modules (multiprocessing, subprocess, sockets) are
    imported here, not with this module: the window imports it for its checks, which never fork,
    and importing them took its share of the window's start (tests/ui/test_start_imports.py)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


class ReadAhead:
    """The pictures a check is about to read, in its order; validated in worker processes from
    the first one that holds a manifest on, each until the checker asks for it."""

    def __init__(self, trust_anchors: str, files: list[str]) -> None:
        self.trust_anchors = trust_anchors
        self._files = files
        self._pending: dict[str, Future[dict[str, Validated | None]]] = {}
        self._pool: Executor | None = None
        self._tried = False

    def signed(self, file: str) -> None:
        """``file``'s bytes hold a manifest: validate it and the pictures after it ahead (once
        a check, and only where forking is safe and enough pictures are left)."""
        if self._tried:
            return
        self._tried = True
        try:
            rest = self._files[self._files.index(file) :]
        except ValueError:
            return
        workers = worker_count()
        if len(rest) < MIN_AHEAD or workers < 2 or not can_fork():
            return
        try:  # once here rather than once in each worker: they share the loaded library
            import c2pa  # noqa: F401
        except ImportError:  # the workers say so on each picture, as in line
            pass
        self._pool = new_pool(workers)
        for start in range(0, len(rest), CHUNK):
            chunk = rest[start : start + CHUNK]
            task = self._pool.submit(_validate_all, chunk, self.trust_anchors)
            self._pending.update(dict.fromkeys(chunk, task))

    def take(self, file: str, sha256: str, image_format: str) -> Validated | None:
        """The worker's answer for ``file`` if it holds for these bytes (the checker's SHA-256
        and Pillow's format); None when there is none or it does not hold."""
        pending = self._pending.pop(file, None)
        if pending is None:
            return None
        try:
            found = pending.result().get(file)
        except Exception:  # noqa: BLE001 - a worker that failed (killed, out of memory): in line
            return None
        mime = provenance.MIME_TYPES.get(image_format.upper())
        if found is None or found.sha256 != sha256 or found.mime != mime:
            return None
        return found

    def close(self) -> None:
        """Drop what was not asked for (a file the check skipped) and let the workers go."""
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
