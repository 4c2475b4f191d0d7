"""Undo and redo put the cursor where the change was, on the slide it was made (issue 27: after
typing on slide 2, moving on and typing on slide 3, three Ctrl+Z and a Q put the Q mid-word)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_undo_back_to_an_earlier_slide_puts_the_cursor_where_its_text_was(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    slides = window.doc.article.slides
    slide_two, slide_three = slides[1].body, slides[2].body
    window.select_rows([1])
    body = window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(body, "xyz")
    qtbot.keyClick(body, Qt.Key.Key_PageDown, CTRL)
    assert window.current_row() == 2
    qtbot.keyClick(body, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    qtbot.keyClicks(body, "abc")
    assert slides[2].body == slide_three[:2] + "abc" + slide_three[2:]
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert window.current_row() == 1 and slides[1].body == slide_two
    assert slides[2].body == slide_three
    qtbot.keyClicks(body, "Q")
    assert slides[1].body == slide_two.rstrip("\n") + "Q" + slide_two[len(slide_two.rstrip("\n")) :]


def test_redo_puts_the_cursor_after_the_text_it_puts_back(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([3])
    original = window.doc.article.slides[3].body
    body = window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, CTRL)
    qtbot.keyClicks(body, "Lo")
    window.select_rows([0])
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert window.current_row() == 3 and window.doc.article.slides[3].body == original
    window.select_rows([5])
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)  # the writer reads on at another slide's end
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_row() == 3 and body.textCursor().position() == 2
    qtbot.keyClicks(body, "W")
    assert window.doc.article.slides[3].body == "LoW" + original
