"""Text fields that leave Undo/Redo to the window's one undo stack.

Qt's own line and text edits keep a private undo history and swallow Ctrl+Z; here every change is
an undo command on the document, so the shortcuts must reach the Edit menu instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QKeySequence, QSyntaxHighlighter
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

LONG_LINE = 10_000  # characters in one line past which a text field stops wrapping
_GLOBAL_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_global_shortcut(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and any(event.matches(key) for key in _GLOBAL_KEYS)
    )


class _LeavesUndoToWindow:
    """Lets Undo/Redo shortcuts pass to the window instead of the widget's own history."""

    def event(self, event: QEvent) -> bool:
        if _is_global_shortcut(event):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]


class LineField(_LeavesUndoToWindow, QLineEdit):
    """A single-line field; ``edited`` fires for the writer's edits only."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self.edited)

    def set_value(self, text: str) -> None:
        if self.text() != text:
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))


class TextField(_LeavesUndoToWindow, QPlainTextEdit):
    """A multi-line plain-text field (Markdown); ``edited`` fires for the writer's edits only.

    ``paste_hook`` may take over a paste (the window offers to import a whole pasted article)."""

    edited = Signal(str)
    paste_hook: Callable[[str], bool] | None = None
    highlighter: QSyntaxHighlighter | None = None  # Markdown's (and spelling's), when set

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self.paste_hook is not None and source.hasText() and self.paste_hook(source.text()):
            return
        super().insertFromMimeData(source)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._loading = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText())

    def set_value(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        cursor = self.textCursor()
        position = cursor.position()
        self._loading = True
        try:
            self._wrap_unless_huge_lines(text)
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def _wrap_unless_huge_lines(self, text: str) -> None:
        """Qt lays out a wrapped line in time that grows with its length squared: a 500,000
        character line (pasted markup, a hostile file) took 17 s. Such text is shown unwrapped."""
        huge = len(text) > LONG_LINE and max(map(len, text.split("\n"))) > LONG_LINE
        mode = QPlainTextEdit.LineWrapMode
        wanted = mode.NoWrap if huge else mode.WidgetWidth
        if self.lineWrapMode() != wanted:
            self.setPlainText("")  # else the text still shown is laid out again, wrapped
            self.setLineWrapMode(wanted)

    def highlight_markdown(self) -> None:
        from slidewright.ui.editing.markdown_highlighter import MarkdownHighlighter

        self.highlighter = MarkdownHighlighter(self.document())

    def set_monospace(self, on: bool) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if on else QFont()
        self.setFont(font)
