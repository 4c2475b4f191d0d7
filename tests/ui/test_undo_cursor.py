"""Undo and redo put the cursor where the change was, on the slide it was made (issue 27: after
typing on slide 2, moving on and typing on slide 3, three Ctrl+Z and a Q put the Q mid-word)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from uihelpers import on_slide

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


def test_ctrl_y_redoes_as_in_word_and_docs(qtbot: Any, sample_window: MainWindow) -> None:
    """A writer's trial: Ctrl+Y did nothing (Qt's Redo on Linux is Ctrl+Shift+Z alone)."""
    window = on_slide(qtbot, sample_window, 1)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    before = window.doc.article.slides[1].heading
    heading.end(False)
    qtbot.keyClicks(heading, " again")
    qtbot.keyClick(heading, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.slides[1].heading == before
    qtbot.keyClick(heading, Qt.Key.Key_Y, CTRL)
    assert window.doc.article.slides[1].heading == before + " again"
    body = window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_Y, CTRL)
    assert window.doc.article.slides[1].heading == before + " again"


def test_redo_takes_ctrl_y_where_the_desktop_gives_it_ctrl_shift_z_alone(
    qtbot: Any, monkeypatch: Any
) -> None:
    """On X11 desktops Qt's Redo is Ctrl+Shift+Z alone (offscreen it has Ctrl+Y already)."""
    from collections import defaultdict

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from slidewright.ui.window import menus

    linux = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}
    real = QKeySequence.keyBindings
    monkeypatch.setattr(
        menus.QKeySequence, "keyBindings", staticmethod(lambda key: linux.get(key) or real(key))
    )
    main = QMainWindow()
    qtbot.addWidget(main)
    slots: defaultdict[str, Any] = defaultdict(lambda: lambda: None)
    extra = {name: main.addAction(name) for name in ("problems", "notes")}
    actions = menus.build_menus(main, slots, lambda menu: None, extra)
    keys = [key.toString() for key in actions["redo"].shortcuts()]
    assert keys == ["Ctrl+Shift+Z", "Ctrl+Y"]
