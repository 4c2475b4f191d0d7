"""Focus mode (F11): full screen with only the editor, everything else put back afterwards.

The slide list, the preview, the Problems and Notes docks and the menu bar go; the status line
stays (it carries the word count a writer in focus mode still wants). Leaving restores exactly
what was shown before (a dock the writer had closed stays closed) and the window's own state
(maximised or not). Closing the window in focus mode leaves it first, so the layout remembered
for the next run is the writer's, not the focus mode's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

MEASURE_CHARS = 100  # the editor's width in focus mode, in average characters (labels included)


class FocusMode(QObject):
    def __init__(
        self,
        window: QMainWindow,
        hidden: list[QWidget],
        editor: QWidget,
        wanted: Callable[[QWidget], bool] = lambda widget: True,
    ) -> None:
        """``hidden``: the widgets focus mode puts away (besides the menu bar); ``editor``: the
        column that stays, kept to a readable measure in the middle of the screen; ``wanted``:
        whether a widget shown before still belongs on screen when focus mode ends (the
        article's panels do not once it was closed: the start page shows none)."""
        super().__init__(window)
        self.window = window
        self.hidden = hidden
        self.editor = editor
        self.wanted = wanted
        self.active = False
        self._shown: list[QWidget] = []
        self._state = Qt.WindowState.WindowNoState
        window.installEventFilter(self)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        window = self.window
        if on:
            self._state = window.windowState()
            self._shown = [widget for widget in self.hidden if widget.isVisible()]
            for widget in self._shown:
                widget.hide()
            window.menuBar().hide()
            window.showFullScreen()
            hint = self.tr("Focus mode: only the editor. Press F11 to bring everything back.")
            window.statusBar().showMessage(hint, 6000)
            self._centre()
        else:
            self._margins(0)
            window.menuBar().show()
            for widget in self._shown:
                if self.wanted(widget):
                    widget.show()
            window.setWindowState(self._state)
            window.statusBar().clearMessage()

    def put_away(self, widget: QWidget) -> bool:
        """Is ``widget`` hidden only by focus mode (shown again when it ends, if wanted)?"""
        return self.active and widget in self._shown

    def keep_hidden(self) -> None:
        """After the window showed a panel again (another article opened): hide it again."""
        if self.active:
            for widget in self.hidden:
                if widget.isVisible():
                    widget.hide()
                    if widget not in self._shown:
                        self._shown.append(widget)

    def _centre(self) -> None:
        """Lines of about 90 characters in the middle, as on a page, not across a wide screen."""
        measure = self.editor.fontMetrics().averageCharWidth() * MEASURE_CHARS
        holder = self.editor.parentWidget()
        width = holder.width() if holder is not None else self.window.width()
        self._margins(max(0, (width - measure) // 2))

    def _margins(self, side: int) -> None:
        holder = self.editor.parentWidget()
        if holder is not None:
            holder.setContentsMargins(side, 0, side, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and self.active:
            if event.type() == QEvent.Type.Close:
                self.set_active(False)
            elif event.type() == QEvent.Type.Resize:
                self._centre()
        return False
