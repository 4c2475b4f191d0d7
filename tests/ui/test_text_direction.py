"""The editor fields take the direction of their text (issue 31): Arabic typed into a slide's
heading or body is laid out right to left, from the field's right edge, and the arrow keys move
through it in reading order; a Latin field or paragraph stays left to right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from uihelpers import run_js

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


def test_an_arabic_body_runs_from_the_right_and_a_latin_paragraph_in_it_keeps_its_order(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """The body is laid out as a browser's ``<textarea dir="auto">``: the field follows its first
    strong character, and a Latin paragraph's words keep their left-to-right order in it."""
    window = sample_window
    _slide(qtbot, window, 1)
    body = window.slide_editor.body
    assert body.layoutDirection() == LTR  # the sample's English body
    body.setFocus()
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    _type(body, ARABIC)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Harbour at dawn")
    assert window.doc is not None
    assert window.doc.article.slides[1].body.rstrip("\n") == ARABIC + "\nHarbour at dawn"
    assert body.layoutDirection() == RTL
    document = body.document()
    first, last = document.firstBlock(), document.lastBlock()
    assert first.text() == ARABIC and first.textDirection() == RTL
    assert last.text() == "Harbour at dawn" and last.textDirection() == LTR
    start, end = body.textCursor(), body.textCursor()  # its words still read left to right
    start.setPosition(last.position())
    end.setPosition(last.position() + len(last.text()) - 1)
    assert body.cursorRect(start).x() < body.cursorRect(end).x()
    cursor = body.textCursor()
    cursor.setPosition(first.position())  # the Arabic paragraph starts at the right edge...
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: body.cursorRect().center().x() > body.viewport().width() * 0.8)
    qtbot.keyClick(body, Qt.Key.Key_Left)  # ...and the left arrow reads on
    assert body.textCursor().position() == first.position() + 1
    body.selectAll()  # back to Latin: the field turns left to right again
    qtbot.keyClicks(body, "Harbour")
    qtbot.waitUntil(lambda: body.layoutDirection() == LTR)
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: body.cursorRect().center().x() < body.viewport().width() * 0.2)


def _paragraph_sides(qtbot: Any, window: MainWindow, row: int) -> str:
    """Where each paragraph of slide ``row``'s body sits in the preview: "right" when its text
    ends at the paragraph's right edge and starts well inside it, "left" for the reverse."""
    script = f"""(() => {{
        const paragraphs = document.querySelectorAll('.sw-slide')[{row}]
            .querySelectorAll('.sw-body p');
        return JSON.stringify(Array.from(paragraphs, p => {{
            const range = document.createRange();
            range.selectNodeContents(p);
            const text = range.getBoundingClientRect(), box = p.getBoundingClientRect();
            if (Math.abs(text.right - box.right) < 2 && text.left - box.left > 20) return 'right';
            if (Math.abs(text.left - box.left) < 2 && box.right - text.right > 20) return 'left';
            return 'other';
        }}));
    }})()"""
    return str(run_js(qtbot, window, script))


def test_an_arabic_paragraph_in_an_english_article_runs_right_to_left_in_the_preview(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """As the editor shows it: a quotation in Arabic in an English article's body reads from the
    right edge of the preview (and every export, which share article.css), the English paragraph
    beside it from the left."""
    window = sample_window
    _slide(qtbot, window, 1)
    body = window.slide_editor.body
    body.setFocus()
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    qtbot.keyClicks(body, "Short English line.")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    _type(body, ARABIC)
    qtbot.waitUntil(lambda: _paragraph_sides(qtbot, window, 1) == '["left","right"]')
