"""Ctrl+B, Ctrl+I and Ctrl+\\ with the cursor in a word and nothing selected (a writer's trial):
the word was formatted and left selected, so the next key the writer typed replaced it ("black"
became "**X**"). The cursor now stays where it was in the word, as in Word and Docs, and typing
goes on beside the letters it was between."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

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
