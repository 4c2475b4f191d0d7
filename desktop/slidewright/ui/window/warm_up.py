"""Step two's own modules, imported on the UI thread one at a time while it waits for the first
page's frame to reach the screen (MainWindow: PAINT_REACHES_SCREEN_MS after the paint).

That wait was idle on a first open: the read-ahead thread (ui/read_ahead.py) had little left to
import, and step two then imported the window's modules (about half its time) in one go. One
module a turn of the event loop (a few milliseconds each), from 25 ms after the paint (by then
its frame is on screen: started at 10 ms, the benchmark's own paint notice waited behind it), the
loop's other work still gets its turn between two of them. Never
beside the read-ahead thread: a module of the window that needs a core module the thread is
importing would hold the UI thread until it is done. What is not imported when step two starts
is imported by it, as before; a name no longer in the code is skipped."""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QObject, QTimer

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

    def __init__(self, parent: QObject, names: tuple[str, ...] = STEP_TWO_UI) -> None:
        super().__init__(parent)
        self._names = list(names)

    def start(self) -> None:
        QTimer.singleShot(0, self, self._next)

    def stop(self) -> None:
        self._names.clear()

    def _next(self) -> None:
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
