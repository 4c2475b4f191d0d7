"""What the checking process and its read-ahead child agree on (:mod:`.ahead`,
:mod:`.ahead_child`): the frames on the pipe, the answer they carry, and who validates which file.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slidewright.provenance import ContentCredentials

MAX_FRAME = 1 << 20  # one picture's credentials pickle to a few KB; a larger answer is not sent
MAX_ORDERS = 1 << 26  # the image paths of an article (64 MB: a million slides); beyond: in line
READ_SIZE = 1 << 16
PIPE_SIZE = 1 << 20  # the answers written ahead: a signed picture's report is ~5 KB (200 of them)
_HEADER = 4  # a frame: its length (big-endian), then the pickled (file, Validated)
CLAIM_SLOTS = 1 << 16  # one byte a slot, shared by the processes; a file's slot: a hash of it
_FREE, _CHILD, _PARENT = 0, 1, 2  # who validates the files of a slot


@dataclass(frozen=True)
class Validated:
    """A signed picture's credentials, for the bytes whose SHA-256 is ``sha256``: c2pa-rs's
    report as the child got it (JSON text), or the ``unreadable`` answer it got instead."""

    sha256: str
    mime: str
    report: str | ContentCredentials | None

    @functools.cached_property
    def credentials(self) -> ContentCredentials | None:
        """The report read (in the checking process: the child goes on to the next picture)."""
        if not isinstance(self.report, str):
            return self.report
        from slidewright.provenance.reader import credentials_from_report

        return credentials_from_report(self.report)


def _hash(file: str) -> int:
    import zlib

    return zlib.crc32(os.fsencode(file))


def _share(file: str, count: int) -> int:
    """Which child validates ``file``: the parent and every child agree without talking."""
    return 0 if count == 1 else _hash(file) % count


class _Claims:
    """Who validates which file, in memory the processes share: the child marks a file before
    validating it, and skips one the parent marked; the parent, finding a file's answer not
    written yet, waits for the child if the child has marked it, and else marks it and reads it
    in line. When the child lags (its core busy with other programs), the parent does not
    wait for it, and it does not do the parent's pictures again. Two files may share a slot:
    then one is read in line, or both validate it; never a wrong answer (:meth:`ReadAhead.take`
    holds each answer to the checker's bytes)."""

    def __init__(self) -> None:
        import mmap

        self._memory = mmap.mmap(-1, CLAIM_SLOTS)  # anonymous and shared: the children see it

    def mark(self, file: str, who: int) -> int:
        """Mark ``file`` for ``who`` unless it is marked already; who it is marked for now."""
        slot = _hash(file) % CLAIM_SLOTS
        if self._memory[slot] == _FREE:
            self._memory[slot] = who
        return self._memory[slot]

    def close(self) -> None:
        self._memory.close()
