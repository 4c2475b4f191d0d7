"""The editor fields take the direction of their text (issue 31): Arabic typed into a slide's
heading or body is laid out right to left, from the field's right edge, and the arrow keys move
through it in reading order; a Latin field or paragraph stays left to right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from slidewright.ui.window.main_window import MainWindow

ARABIC = "ميناء الصيد عند الفجر"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _type(field: QWidget, text: str) -> None:
    """Type ``text`` as a keyboard in that script does: one key event a character (qtbot's
    keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def _slide(qtbot: Any, window: MainWindow, row: int) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])


def test_arabic_typed_into_a_heading_runs_from_the_right_edge_and_latin_from_the_left(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    _slide(qtbot, window, 1)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    heading.selectAll()
    qtbot.keyClick(heading, Qt.Key.Key_Delete)
    _type(heading, ARABIC)
    assert window.doc.article.slides[1].heading == ARABIC
    assert heading.layoutDirection() == RTL
    heading.setCursorPosition(0)  # the start of the text is at the right edge, once painted
    qtbot.waitUntil(lambda: heading.cursorRect().center().x() > heading.width() * 0.8)
    qtbot.keyClick(heading, Qt.Key.Key_Left)  # leftwards is forwards in Arabic
    assert heading.cursorPosition() == 1
    credit = window.slide_editor.fields["credit"]  # a Latin field beside it
    assert credit.text() and credit.layoutDirection() == LTR
    credit.setCursorPosition(0)
    qtbot.waitUntil(lambda: credit.cursorRect().center().x() < credit.width() * 0.2)


def test_each_paragraph_of_the_body_takes_the_direction_of_its_own_text(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    _slide(qtbot, window, 1)
    body = window.slide_editor.body
    body.setFocus()
    latin = body.toPlainText().split("\n")[0]
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    _type(body, ARABIC)
    assert window.doc.article.slides[1].body.rstrip("\n").endswith("\n" + ARABIC)
    document = body.document()
    last, first = document.lastBlock(), document.firstBlock()
    assert last.text() == ARABIC and last.textDirection() == RTL
    assert first.text() == latin and first.textDirection() == LTR
    cursor.setPosition(last.position())  # the Arabic paragraph starts at the right edge...
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: body.cursorRect().center().x() > body.viewport().width() * 0.8)
    qtbot.keyClick(body, Qt.Key.Key_Left)  # ...and the left arrow reads on
    assert body.textCursor().position() == last.position() + 1
    cursor.setPosition(first.position())  # the Latin one at the left
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: body.cursorRect().center().x() < body.viewport().width() * 0.2)
