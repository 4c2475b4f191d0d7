"""Ctrl+B, Ctrl+I, Ctrl+\\ and Ctrl+K with the cursor in a word and nothing selected (a writer's
trial): the word was formatted and left selected, so the next key the writer typed replaced it
("black" became "**X**", a link's words became what was typed after it). The cursor now stays
where it was in the word, as in Word and Docs (after a new link: after it), and typing goes on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from uihelpers import on_slide

from slidewright.ui.dialogs.link_dialog import LinkDialog
from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_bold_then_typing_keeps_the_word_in_the_body(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([1])
    original = window.doc.article.slides[1].body
    word = original.split()[0].strip(".,;:")
    start = original.index(word)
    body = window.slide_editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(start + 2)  # between the word's second and third letters
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, "X")
    made = f"**{word[:2]}X{word[2:]}**"  # (before: "**X**", the word gone)
    assert window.doc.article.slides[1].body.startswith(original[:start] + made)

    cursor = body.textCursor()
    cursor.setPosition(start + 4)  # in the bold word again, then Remove Formatting
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Backslash, CTRL)
    qtbot.keyClicks(body, "Y")
    assert window.doc.article.slides[1].body.startswith(
        original[:start] + f"{word[:2]}X{word[2:]}Y"
    )


def test_italic_then_typing_keeps_the_word_in_a_caption(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([1])
    caption = window.slide_editor.fields["caption"]
    caption.setFocus()
    caption.selectAll()
    qtbot.keyClick(caption, Qt.Key.Key_Delete)
    qtbot.keyClicks(caption, "Boats at dawn")
    caption.setCursorPosition(len("Boats at da"))
    qtbot.keyClick(caption, Qt.Key.Key_I, CTRL)
    assert not caption.hasSelectedText() and caption.cursorPosition() == len("Boats at *da")
    qtbot.keyClicks(caption, "r")
    assert window.doc.article.slides[1].caption == "Boats at *darwn*"


def test_a_link_made_at_the_cursor_then_typing_goes_on_after_it(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([1])
    body = window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(body, " The RSPB")  # the writer types a name, then links it

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.address.setText("https://www.rspb.org.uk/")
        dialog.accept()

    QTimer.singleShot(20, answer)
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: "[RSPB](https://www.rspb.org.uk/)" in window.doc.article.slides[1].body)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    assert not body.textCursor().hasSelection()
    qtbot.keyClicks(body, " counts")
    # (before: the link's words were selected and replaced: "[ counts](https://…)")
    assert (
        window.doc.article.slides[1]
        .body.rstrip()
        .endswith("The [RSPB](https://www.rspb.org.uk/) counts")
    )


def test_italic_on_the_word_just_typed_then_typing_goes_on_in_plain_text(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """A writer's trial: "Look for the ferry", Ctrl+I, " now." made "*ferry now.*"."""
    window = on_slide(qtbot, sample_window, 1)
    body = window.slide_editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Look for the ferry")
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(body, " now.")
    assert window.doc.article.slides[1].body.rstrip().endswith("Look for the *ferry* now.")
