"""Work that must not hold up typing — rendering a changed slide, checking credits — runs here,
one job at a time and in order, on a thread of its own; results come back to the UI thread.

A caller hands in a plain function over data it copied (never widgets or the live document) and
a slot for the result. Results of jobs started for an earlier document are dropped by the caller
(it compares the ``token`` it passed with its current one).
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object, object)  # token, result
    failed = Signal(object, str)  # token, message


def _run(signals: _Signals, work: Callable[[], Any], token: object) -> None:
    """One job, on the worker thread. A plain function handed to the pool: QRunnable subclasses
    made in Python were kept alive by the pool (with the snapshot they carried) after running."""
    try:
        result = work()
    except Exception as error:  # shown to the writer, never a silent hang
        traceback.print_exc(file=sys.stderr)
        signals.failed.emit(token, f"{type(error).__name__}: {error}")
        return
    signals.done.emit(token, result)


class Background(QObject):
    """A queue of jobs run in order on one worker thread."""

    done = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # in order: a later render never lands before an earlier one
        self.pending = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def submit(self, work: Callable[[], Any], token: object = None) -> None:
        self.pending += 1
        self.pool.start(functools.partial(_run, self._signals, work, token))

    def busy(self) -> bool:
        return self.pending > 0

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, token: object, result: object) -> None:
        self.pending -= 1
        self.done.emit(token, result)

    def _failed(self, token: object, message: str) -> None:
        self.pending -= 1
        self.failed.emit(token, message)
