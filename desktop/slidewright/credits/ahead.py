"""Content Credentials validated ahead of the check, in a forked child, from the command's start.

Validating a signed picture is c2pa-rs's work (the JUMBF, the asset's hash, the COSE signature,
the certificate chain): about 0.8 ms of CPU for a 39 KB JPEG with c2pa-python's reader, more than
everything else the check does for it, and importing c2pa costs ~40 ms more. Yet a cold
``slidewright check`` of a 200-slide article spends two thirds of its ~300 ms in the interpreter
and the imports before the check begins, so a read-ahead started at the first signed picture (a
process pool, until December 2026) could only overlap the last third: +45% against credentials
switched off (448 against 308 ms), +78% validated in line.

So ``slidewright check`` forks as soon as it has parsed its arguments (:func:`start`). The child
imports c2pa while the parent loads the article; the parent then sends the image paths
(:meth:`ReadAhead.send`), which the child resolves with the checker's own rule
(:meth:`ImagePaths.pictures`), scanning each file for a manifest and writing each signed one's
report to a pipe (widened to :data:`PIPE_SIZE`, so the child is not held up while the parent
imports the checker); until the paths come, it validates the pictures the article's text names.
The child's side is :mod:`.ahead_child`. The parent checks, and at a signed picture reads the pipe
up to its answer, which it turns into credentials itself. Measured on two quiet cores: +7 to +18%
against credentials off, from run to run (docs/content-credentials.md); plain pictures +4 to
+6%. With both cores busy with other programs it gains little. With more cores, up to
:data:`MAX_CHILDREN` children share the pictures (by a hash of the path); on two, a second child
was slower (438 against 369 ms).

A file the child has not come to yet is read in line by the parent, which marks it in memory the
processes share (:class:`_Claims`) so the child skips it: a child starved of CPU never makes the
check wait. Threads would not help (c2pa-python calls back into Python for every read and seek,
so two threads wait for each other's GIL), and :mod:`multiprocessing`'s import and pool cost more
than the child saves. Only where forking is safe (:func:`can_fork`: one thread, Linux); the window
has Qt's threads and checks in line on its own background thread. ``export --strict`` and
``publish`` get a child started by the checker, for the files it does not know yet.

An answer holds for the bytes the child read: the parent uses it only for the very bytes it read
itself (same SHA-256, same container as Pillow names it) and reads an "unreadable" answer again
itself. A file changed in between, a child that failed, died or never started: in line, so the
answer is always the one :func:`read_credentials` gives for what the checker saw. Only
reports travel, never pictures: the pipe's buffer bounds what the child writes ahead, an answer
over :data:`MAX_FRAME` is not sent, the parent keeps one frame at a time, and a FIFO or an
enormous file is refused unread (``read_image_bytes``). A child never outlives the check:
:meth:`ReadAhead.close` kills and reaps it (in a ``finally``), and a child whose parent is gone
fails its next write (EPIPE) or reads the end of its orders, and exits.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from slidewright.credits.ahead_shared import (
    _HEADER,
    _PARENT,
    MAX_FRAME,
    PIPE_SIZE,
    READ_SIZE,
    Validated,
    _Claims,
    _share,
)

__all__ = ["MAX_CHILDREN", "ReadAhead", "Validated", "can_fork", "child_count", "start"]

MAX_CHILDREN = 3  # beside the checking process (one a spare core)
_NOT_YET = ("", None)  # no answer written yet (the parent did not wait)


def can_fork() -> bool:
    """True in a process with one thread on a system that forks (Linux): the only place a fork
    copies no lock another thread holds (Qt's, a native library's)."""
    if sys.platform != "linux":
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def child_count() -> int:
    """One child a core beside the checking process, up to :data:`MAX_CHILDREN`; on one core
    there is nothing to run beside the check (0)."""
    return max(0, min(MAX_CHILDREN, len(os.sched_getaffinity(0)) - 1))


def start(trust_anchors: str, article: Path | str = "") -> ReadAhead | None:
    """Fork the children that will validate the pictures :meth:`ReadAhead.send` names, with the
    writer's trust anchors; None where that is not safe or not worth it (:func:`can_fork`,
    :func:`child_count`). They import the C2PA library while the caller loads ``article`` (its
    bundle or index.md), and begin with the pictures its text names until the list comes."""
    count = child_count()
    if count < 1 or not can_fork():
        return None
    return ReadAhead(trust_anchors, count, str(article))


class _Child:
    """One forked child and the parent's end of its pipe."""

    def __init__(self, pid: int, fd: int, orders: int) -> None:
        self.pid, self.fd = pid, fd  # the child, the pipe its answers come through
        self.orders = orders  # the pipe the files to validate go through (-1: sent)
        self.buffer = bytearray()

    def send(self, message: bytes) -> None:
        """The files to validate, once (the child reads them all before it answers)."""
        try:
            while message and self.running:
                message = message[os.write(self.orders, message) :]
        except OSError:  # the child died (EPIPE): in line
            self.stop()
        self._close_orders()

    def _close_orders(self) -> None:
        if self.orders >= 0:
            os.close(self.orders)
            self.orders = -1

    @property
    def running(self) -> bool:
        return self.pid > 0

    def next_answer(self, wait: bool = True) -> tuple[str, Validated | None] | None:
        """The next answer the child wrote (waiting for it, else :data:`_NOT_YET` when there is
        none yet), or None when it has no more: it finished, died, or wrote something that is
        not an answer (then it is stopped)."""
        while self.running:
            if len(self.buffer) >= _HEADER:
                size = int.from_bytes(self.buffer[:_HEADER], "big")
                if size > MAX_FRAME:
                    break
                if len(self.buffer) >= _HEADER + size:
                    frame = bytes(self.buffer[_HEADER : _HEADER + size])
                    del self.buffer[: _HEADER + size]
                    answer = _answer(frame)
                    if answer is None:
                        break
                    return answer
            try:
                if not wait:
                    import select

                    ready = select.poll()  # not select(): a descriptor may be above 1024
                    ready.register(self.fd, select.POLLIN)
                    if not ready.poll(0):  # an end (POLLHUP) counts: the read says so
                        return _NOT_YET
                chunk = os.read(self.fd, READ_SIZE)
            except OSError:
                break
            if not chunk:
                break
            self.buffer += chunk
        self.stop()
        return None

    def stop(self) -> None:
        """Close the pipe, kill the child if it still runs, and reap it (no zombie)."""
        if not self.running:
            return
        import signal

        pid, self.pid = self.pid, 0
        self.buffer.clear()
        os.close(self.fd)
        self._close_orders()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:  # reaped already (by a test)
            pass


def _answer(frame: bytes) -> tuple[str, Validated | None] | None:
    """A frame's (file, Validated or None), None when it is not one. Pickle, for a frame written
    by our own forked child: what it holds is what :mod:`.ahead_child` found there."""
    import pickle

    try:
        file, found = pickle.loads(frame)  # noqa: S301 - written by our own child, see above
    except Exception:  # noqa: BLE001 - whatever it is, the checker reads in line
        return None
    if isinstance(file, str) and (found is None or isinstance(found, Validated)):
        return file, found
    return None


class ReadAhead:
    """The children validating a check's signed pictures ahead, each until the checker asks."""

    def __init__(self, trust_anchors: str, count: int, article: str = "") -> None:
        self.trust_anchors, self.article = trust_anchors, article
        self._claims = _Claims()
        self._children: list[_Child] = []
        for share in range(count):
            self._children.append(self._fork(share, count))

    @property
    def pids(self) -> list[int]:
        """The children still running or not yet reaped (for tests)."""
        return [child.pid for child in self._children if child.running]

    def _fork(self, share: int, count: int) -> _Child:
        try:
            answers, answer = os.pipe()
        except OSError:
            return _Child(0, -1, -1)
        _widen(answer)
        try:
            order, orders = os.pipe()
        except OSError:
            _close(answers, answer)
            return _Child(0, -1, -1)
        try:
            pid = os.fork()
        except OSError:  # no more processes: that share is validated in line
            _close(answers, answer, order, orders)
            return _Child(0, -1, -1)
        if pid == 0:  # the child: nothing but the pipes of its own
            _close(answers, orders)
            for sibling in self._children:  # else a parent gone would not break their pipes
                if sibling.running:
                    _close(sibling.fd, sibling.orders)
            from slidewright.credits import ahead_child

            ahead_child.run(
                answer, order, self.trust_anchors, self._claims, (share, count), self.article
            )
        _close(answer, order)
        return _Child(pid, answers, orders)

    def send(self, images: Iterable[str], bundle: Path | None = None) -> None:
        """What the check will read, in its order: with ``bundle``, the article's image paths
        (each child finds their files as the check does, :meth:`ImagePaths.pictures`); else the
        files themselves. Once, before the first :meth:`take`."""
        import pickle

        message = pickle.dumps((str(bundle or ""), list(images)), pickle.HIGHEST_PROTOCOL)
        for child in self._children:
            child.send(message)

    def take(self, file: str, sha256: str, image_format: str) -> Validated | None:
        """The child's answer for ``file`` if it holds for these bytes (the checker's SHA-256
        and Pillow's format); None when there is none or it does not hold. Answers come in the
        check's order: the ones before ``file`` (pictures the checker knew already) are dropped,
        and an answer is taken once."""
        from slidewright.provenance.reader import MIME_TYPES

        child = self._children[_share(file, len(self._children))]
        while (answer := child.next_answer(wait=False)) is not None:
            if answer is _NOT_YET:
                if self._claims.mark(file, _PARENT) == _PARENT:
                    return None  # the child has not come to it: in line, and the child skips it
                answer = child.next_answer()  # the child is at it: its answer comes next
                if answer is None:
                    return None
            name, found = answer
            if name == file:
                mime = MIME_TYPES.get(image_format.upper())
                if found is None or found.sha256 != sha256 or found.mime != mime:
                    return None  # plain or changed when the child read it: in line
                if found.credentials is not None and found.credentials.state == "unreadable":
                    return None  # maybe the child's own trouble: the checker's word in line
                return found
        return None

    def close(self) -> None:
        """Stop the children (those done are only reaped) and forget what they did not say."""
        for child in self._children:
            child.stop()
        self._claims.close()


def _widen(fd: int) -> None:
    """Let the answers' pipe hold :data:`PIPE_SIZE` (Linux's default 64 KB holds a dozen
    reports, and the child would wait while the parent imports the checker); where the system
    refuses, the default."""
    import fcntl

    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_SIZE)
    except OSError:
        pass


def _close(*fds: int) -> None:
    for fd in fds:
        os.close(fd)
