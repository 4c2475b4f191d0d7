"""Format ▸ Bold, Italic, Link… and Remove Formatting in the real window (issue 27): keys reach
the menu from the fields (Ctrl+K no longer deletes the rest of the line), each change is one undo
step, and the preview shows the formatting."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolBar
from uihelpers import run_js

from slidewright.ui.dialogs.link_dialog import LinkDialog
from slidewright.ui.editing.fields import FORMAT_KEYS
from slidewright.ui.window.help import shortcut_rows
from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _body_at(qtbot: Any, window: MainWindow, row: int, position: int) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])
    body = window.slide_editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)
    return body


def _back_in(qtbot: Any, window: MainWindow, body: Any) -> None:
    """The writer back in the body once the dialog has gone."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is body


def _first_word(text: str) -> tuple[int, str]:
    word = text.split()[0].strip(".,;:")
    return text.index(word), word


def test_ctrl_b_and_ctrl_i_wrap_the_word_under_the_cursor_in_one_undo_step_each(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[1].body
    start, word = _first_word(original)
    body = _body_at(qtbot, window, 1, start + 1)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert window.doc.article.slides[1].body.startswith(original[:start] + f"**{word}**")
    # the cursor stays where it was in the word, nothing selected for the next key to replace
    assert not body.textCursor().hasSelection() and body.textCursor().position() == start + 3
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert f"***{word}***" in window.doc.article.slides[1].body
    qtbot.waitUntil(
        lambda: json.loads(
            run_js(
                qtbot,
                window,
                'JSON.stringify(!!document.querySelector("#slide-2 strong em,'
                ' #slide-2 em strong"))',
            )
        )
    )
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert f"**{word}**" in window.doc.article.slides[1].body
    assert f"***{word}" not in window.doc.article.slides[1].body
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.slides[1].body == original


def test_ctrl_k_makes_a_link_through_the_dialog_and_edits_its_address_in_place(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[2].body
    start, word = _first_word(original)
    body = _body_at(qtbot, window, 2, start)
    cursor = body.textCursor()
    cursor.setPosition(start + len(word), cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    seen: list[tuple[str, str]] = []

    def answer(address: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(20, lambda: answer(address))
            return
        seen.append((dialog.words.text(), dialog.address.text()))
        dialog.address.setText(address)
        dialog.accept()

    QTimer.singleShot(20, lambda: answer("https://example.org/tides"))
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == (word, "")
    changed = window.doc.article.slides[2].body
    assert (
        changed
        == original[:start] + f"[{word}](https://example.org/tides)" + original[start + len(word) :]
    )  # nothing after the cursor was deleted
    _back_in(qtbot, window, body)
    QTimer.singleShot(20, lambda: answer("https://example.org/tides-2"))
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1] == (word, "https://example.org/tides")
    assert f"[{word}](https://example.org/tides-2)" in window.doc.article.slides[2].body
    qtbot.waitUntil(
        lambda: json.loads(
            run_js(
                qtbot,
                window,
                "JSON.stringify(!!document.querySelector("
                '"#slide-3 a[href=\\"https://example.org/tides-2\\"]"))',
            )
        )
    )
    _back_in(qtbot, window, body)
    qtbot.keyClick(body, Qt.Key.Key_Backslash, CTRL)  # Remove Formatting
    assert window.doc.article.slides[2].body == original


def test_the_intro_takes_formatting_a_heading_does_not_and_the_keys_are_listed(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.tabs.setCurrentIndex(1)
    intro = window.article_editor.intro
    intro.setFocus()
    qtbot.keyClick(intro, Qt.Key.Key_Home, CTRL)
    before = window.doc.article.intro
    qtbot.keyClick(intro, Qt.Key.Key_I, CTRL)
    assert window.doc.article.intro != before and window.doc.article.intro.startswith("*")
    window.tabs.setCurrentIndex(0)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    heading.setText("Boats at dawn")
    heading.setCursorPosition(3)
    qtbot.keyClick(heading, Qt.Key.Key_K, CTRL)  # Qt's kill-line would leave "Boa"
    assert heading.text() == "Boats at dawn"
    assert "plain text" in window.statusBar().currentMessage()
    rows = shortcut_rows(window.actions_by_name, {})
    listed = {(row[1], row[2]) for row in rows if row[0] == "Format"}
    assert {name for name, _keys in listed} >= {"Bold", "Italic", "Link", "Remove Formatting"}
    assert len(listed) == len(FORMAT_KEYS)
    bar = window.slide_editor.findChild(QToolBar, "formatBar")
    assert bar is not None and bar.isVisible()


def test_the_toolbar_acts_on_the_body_the_writer_is_in(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[0].body
    start, word = _first_word(original)
    body = _body_at(qtbot, window, 0, start + 1)
    bar = window.slide_editor.findChild(QToolBar, "formatBar")
    bold = bar.widgetForAction(bar.actions()[0])
    qtbot.mouseClick(bold, Qt.MouseButton.LeftButton)
    assert f"**{word}**" in window.doc.article.slides[0].body
    assert QApplication.focusWidget() is body
