"""Run something once a widget has been painted: the window's start-up work that can wait
(MainWindow._settle) waits until the whole window is on screen, not only built.

Started at once after the window's second step, that work (the kept page's comparison, the rest
of a long article's slides, the first credit check, the spelling dictionary: Python on the UI
thread and on threads of their own) ran while Qt laid out and painted the new slide list and
editors, and each of the paint's calls into Python (event filters, the slide list's delegate)
waited for Python's lock: the whole window reached the screen later (measured)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``then`` once: just after ``widget``'s first paint (the event loop's next turn, once
    the paint has reached the screen), or after ``latest_ms`` if it is not painted by then (a
    hidden or minimised window). A Qt child of ``widget``: it goes with it."""

    def __init__(self, widget: QWidget, then: Callable[[], object], latest_ms: int) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            watched.removeEventFilter(self)
            self._widget = None
            QTimer.singleShot(0, self, self._run)  # after this paint, not inside it
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None
        if then is not None:
            then()
