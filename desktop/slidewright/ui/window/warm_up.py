"""Step two's own modules, imported on the UI thread one at a time once the first page has
painted (from WARM_UP_AFTER_MS after it); step two (MainWindow.complete) starts when they are
all imported (``finished``), or at the latest STEP_TWO_AT_THE_LATEST_MS after the paint.

Before, step two started at a fixed 50 ms after the paint: on a reopening the read-ahead thread
(ui/read_ahead.py) and these imports filled that time, but on a first open (the article read
before the paint, most of the core imported with it) the UI thread sat idle for part of it. One
module a turn of the event loop (a few milliseconds each): the loop's other work (the page's
frames, the benchmark's own paint notice) still gets its turn between two of them. Never
beside the read-ahead thread: a module of the window that needs a core module the thread is
importing would hold the UI thread until it is done. What is not imported when step two starts
is imported by it, as before; a name no longer in the code is skipped."""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QObject, QTimer, Signal

from slidewright.ui import read_ahead

# In the order Python finishes them when assembly.py is imported (python -X importtime): each
# one's own imports are done before it, so each turn imports about one module.
STEP_TWO_UI = (
    "slidewright.ui.access.announcer",
    "slidewright.ui.access.focus_ring",
    "slidewright.ui.editing.text_direction",
    "slidewright.ui.editing.fields",
    "slidewright.ui.editing.date_field",
    "slidewright.ui.editing.read_more_cells",
    "slidewright.ui.editing.article_editor",
    "slidewright.ui.problems.finding_text",
    "slidewright.ui.editing.credentials_line",
    "slidewright.ui.editing.thumbnails",
    "slidewright.ui.editing.slide_list",
    "slidewright.ui.editing.slide_editor",
    "slidewright.ui.window.editors",
    "slidewright.ui.access.panes",
    "slidewright.ui.editing.find_bar",
    "slidewright.ui.editing.find_replace",
    "slidewright.ui.problems.panel",
    "slidewright.ui.dialogs.prompts",
    "slidewright.ui.session.crash_recovery",
    "slidewright.ui.session.article_session",  # (step two makes the session first)
    "slidewright.ui.window.selection",
    "slidewright.ui.access.wiring",
    "slidewright.ui.editing.format_tools",
    "slidewright.ui.editing.paste_image",
    "slidewright.ui.window.follow_typing",
    "slidewright.ui.window.desk",
    "slidewright.ui.editing.spelling",
    "slidewright.ui.window.editing_tools",
    "slidewright.ui.notes.panel",
    "slidewright.ui.window.history_notes",
    "slidewright.ui.window.assembly",
    "slidewright.ui.window.dialog_entries",
)


class WarmUp(QObject):
    """Imports ``names`` one a turn of the event loop from start() until stop() (or the end)."""

    finished = Signal()  # every name imported (or tried): not after stop()

    def __init__(self, parent: QObject, names: tuple[str, ...] = STEP_TWO_UI) -> None:
        super().__init__(parent)
        self._names = list(names)
        self._stopped = False

    def start(self) -> None:
        QTimer.singleShot(0, self, self._next)

    def stop(self) -> None:
        self._names.clear()
        self._stopped = True

    def _next(self) -> None:
        if self._stopped:
            return
        if read_ahead.running():  # its imports first (see above); asked again next turn
            QTimer.singleShot(1, self, self._next)
            return
        while self._names:
            name = self._names.pop(0)
            if name not in sys.modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - step two imports it again and says why
                    self._names.clear()
                break
        if self._names:
            QTimer.singleShot(0, self, self._next)
        else:
            self._stopped = True
            self.finished.emit()
