"""Text fields that leave Undo/Redo to the window's one undo stack.

Qt's own line and text edits keep a private undo history and swallow Ctrl+Z; here every change is
an undo command on the document, so the shortcuts must reach the Edit menu instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QScrollArea, QWidget

from slidewright.ui.editing.text_direction import (
    follow_line_direction,
    follow_paragraph_direction,
)
from slidewright.ui.window.menus import REDO_TOO

LONG_LINE = 10_000  # characters in one line past which a text field stops wrapping
_GLOBAL_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# The Format menu's keys (ui/window/format_menu.py): the window's, not the field's (Qt's Ctrl+K
# deletes to the end of the line, its Ctrl+B and Ctrl+I move the cursor on some platforms).
FORMAT_KEYS = ("Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+\\")
_FORMAT_SEQUENCES = tuple(QKeySequence(key) for key in (*FORMAT_KEYS, REDO_TOO))


def enclosing_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area whose page holds ``widget`` (the slide or article pane), if any."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    inner = area.widget() if isinstance(area, QScrollArea) else None
    return area if isinstance(area, QScrollArea) and inner is not None else None


def _is_global_shortcut(event: QEvent) -> bool:
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(key) for key in _GLOBAL_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in _FORMAT_SEQUENCES
    )


class _LeavesUndoToWindow:
    """Lets Undo/Redo shortcuts pass to the window instead of the widget's own history, and
    puts the window's Undo and Redo in the right-click menu in place of Qt's (which act on the
    widget's own history: always greyed out here)."""

    # The window's Edit ▸ Undo and Redo (set by the window): enabled when the article's undo
    # history can undo or redo, so the right-click entries are too.
    undo_actions: tuple[QAction, QAction] | None = None

    def event(self, event: QEvent) -> bool:
        if _is_global_shortcut(event):
            event.ignore()
            return False
        return bool(super().event(event))  # type: ignore[misc]

    def with_article_undo(self, menu: QMenu) -> QMenu:
        """``menu`` (Qt's standard one) with its Undo and Redo swapped for the window's."""
        if self.undo_actions is not None:
            for name, ours in zip(("edit-undo", "edit-redo"), self.undo_actions, strict=True):
                for qt_own in menu.actions():
                    if qt_own.objectName() == name:
                        menu.insertAction(qt_own, ours)
                        menu.removeAction(qt_own)
        return menu

    def _popup(self, menu: QMenu, event: QContextMenuEvent) -> None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


class LineField(_LeavesUndoToWindow, QLineEdit):
    """A single-line field; ``edited`` fires for the writer's edits only."""

    edited = Signal(str)
    # the line is inline Markdown (a caption): the Format menu works in it, spelling skips its
    # link addresses
    inline_markdown = False

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self.edited)
        follow_line_direction(self)  # Arabic or Hebrew runs right to left (issue 31)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The field given the cursor is on screen: a new slide's heading, or a problem's field,
        sat above the top of a pane scrolled down to the body, and was typed out of sight."""
        super().focusInEvent(event)
        area = enclosing_area(self)
        if area is not None:
            area.ensureWidgetVisible(self, 0, 10)

    def standard_menu(self) -> QMenu:
        return self.with_article_undo(self.createStandardContextMenu())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self._popup(self.standard_menu(), event)

    def set_value(self, text: str) -> None:
        if self.text() != text:
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))


class TextField(_LeavesUndoToWindow, QPlainTextEdit):
    """A multi-line plain-text field (Markdown); ``edited`` fires for the writer's edits only.

    ``paste_hook`` may take over a paste (the window offers to import a whole pasted article);
    ``image_hook`` may take a pasted or dropped image (it becomes the slide's image)."""

    edited = Signal(str)
    paste_hook: Callable[[str], bool] | None = None
    image_hook: Callable[[QMimeData], bool] | None = None
    highlighter: QSyntaxHighlighter | None = None  # Markdown's (and spelling's), when set

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return super().canInsertFromMimeData(source) or (
            self.image_hook is not None and source.hasImage()
        )

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self.image_hook is not None and self.image_hook(source):
            return
        if self.paste_hook is not None and source.hasText() and self.paste_hook(source.text()):
            return
        super().insertFromMimeData(source)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_paragraph_direction(self)  # each paragraph in its text's direction (issue 31)
        self.setPlaceholderText(placeholder)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._loading = False
        self._final_newline = False
        self.textChanged.connect(self._changed)
        self.cursorPositionChanged.connect(self._keep_cursor_on_screen)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The cursor's line is on screen when the field gets the cursor, as when it moves."""
        super().focusInEvent(event)
        self._keep_cursor_on_screen()

    def _keep_cursor_on_screen(self) -> None:
        """The line being typed stays in sight: a field partly below the edge of the pane it
        scrolls in (a body under an open licence section) scrolled only its own text, so the
        writer typed on lines the pane did not show."""
        if not self.hasFocus():
            return
        area = enclosing_area(self)
        inner = area.widget() if area is not None else None
        if area is not None and inner is not None and inner.isAncestorOf(self):
            rect = self.cursorRect()
            centre = self.viewport().mapTo(inner, rect.center())
            area.ensureVisible(centre.x(), centre.y(), 20, max(20, rect.height()))

    def standard_menu(self, pos: QPoint) -> QMenu:
        """Qt's menu for a right-click at ``pos`` (viewport coordinates), with the article's undo."""
        return self.with_article_undo(self.createStandardContextMenu(pos))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self._popup(self.standard_menu(event.pos()), event)

    def _changed(self) -> None:
        if not self._loading:
            if not self.toPlainText():  # emptied: what is typed next is a new text
                self._final_newline = False
            self.edited.emit(self.value())

    def value(self) -> str:
        """The field's text as the article holds it: with the final line end it was given."""
        text = self.toPlainText()
        return text + "\n" if text and self._final_newline else text

    def set_value(self, text: str) -> None:
        """Show ``text``. A final line end (a body saved as a YAML block ends with one) is kept
        for the article but not shown: else Ctrl+End lands on an empty last line and the
        writer's next words start a paragraph of their own instead of continuing the last."""
        if self.value() == text:  # the field's own edit, coming back from the article
            return
        self._final_newline = text.endswith("\n")
        if self._final_newline:
            text = text[:-1]
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
