"""Bold and Italic as a writer uses them while typing (issue 27, the tester's 26 minutes): a
selection across a blank line is formatted paragraph by paragraph, Ctrl+B again at the end of the
words being typed in bold steps out of the bold, Ctrl+B on an empty pair takes it away, and
Edit ▸ Undo says which step it will undo."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from uihelpers import run_js

from slidewright.ui.dialogs.link_dialog import LinkDialog
from slidewright.ui.editing import typing_steps
from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def steady_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typing_steps, "clock", lambda: 1000.0)


def _body(qtbot: Any, window: MainWindow, row: int) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])
    body = window.slide_editor.body
    body.setFocus()
    return body


def _select(body: Any, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def test_bold_across_a_blank_line_wraps_each_paragraph_and_the_preview_shows_no_stars(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[1].body
    first, second = original.split("\n\n")[:2]
    body = _body(qtbot, window, 1)
    start, end = first.index(" ") + 1, len(first) + 2 + second.index(" ")
    _select(body, start, end)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    made = window.doc.article.slides[1].body
    one, two = made.split("\n\n")[:2]
    assert one == first[:start] + "**" + first[start:] + "**"
    assert two.startswith("**" + second[: second.index(" ")] + "**")
    script = (
        'JSON.stringify([document.querySelectorAll("#slide-2 .sw-body strong").length,'
        ' document.querySelector("#slide-2 .sw-body").textContent.includes("**")])'
    )
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, window, script)) == [2, False])
    assert window.actions_by_name["undo"].text() == "&Undo Bold"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)  # one step puts both paragraphs back
    assert window.doc.article.slides[1].body == original


def test_italic_and_remove_formatting_across_paragraphs_are_one_step_each(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[1].body
    body = _body(qtbot, window, 1)
    _select(body, 0, len(original.rstrip("\n")))
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    made = window.doc.article.slides[1].body
    assert all(p.startswith("*") and p.endswith("*") for p in made.strip().split("\n\n"))
    _select(body, 0, len(made.rstrip("\n")))
    qtbot.keyClick(body, Qt.Key.Key_Backslash, CTRL)
    assert window.doc.article.slides[1].body == original
    assert window.actions_by_name["undo"].text() == "&Undo Remove Formatting"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.slides[1].body == made


def test_ctrl_b_again_after_typing_in_bold_steps_out_instead_of_wrapping_the_last_word(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[1].body.rstrip("\n")
    body = _body(qtbot, window, 1)
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, "Sit by the window")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, " and wait.")
    assert window.doc.article.slides[1].body.rstrip("\n") == (
        original + " **Sit by the window** and wait."
    )
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)  # after "." nothing to wrap: the markers go in
    assert window.doc.article.slides[1].body.rstrip("\n").endswith("wait.**")
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)  # and toggling back leaves no empty pair
    assert window.doc.article.slides[1].body.rstrip("\n").endswith("and wait.")
    qtbot.keyClicks(body, " ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert "****" not in window.doc.article.slides[1].body
    assert window.doc.article.slides[1].body.rstrip("\n").endswith("and wait. ")


def test_edit_undo_and_redo_name_the_step_they_will_undo(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    body = _body(qtbot, window, 2)
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " More")
    assert undo.text() == "&Undo " + window.doc.undo_stack.undoText()
    assert "slide 3" in undo.text()
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert redo.text().startswith("&Redo ") and "slide 3" in redo.text()


def _back_in(qtbot: Any, window: MainWindow, body: Any) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    body.setFocus()


def _answer_link(address: str, seen: list[tuple[str, bool]]) -> None:
    """Type ``address`` in the Link… dialog once it is up; note what it says and whether OK is
    enabled; then Enter (and Cancel when that is refused)."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, LinkDialog):
        QTimer.singleShot(20, lambda: _answer_link(address, seen))
        return
    dialog.address.setText(address)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    seen.append((dialog.note.text(), ok.isEnabled()))
    dialog.accept()  # as Enter would
    if dialog.isVisible():  # refused: the writer gives up
        dialog.reject()


def test_a_link_typed_without_https_gets_it_and_the_word_count_ignores_the_address(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    original = window.doc.article.slides[0].body
    words_before = window.status_line.words_label.text()
    word = original.split()[0]
    body = _body(qtbot, window, 0)
    _select(body, 0, len(word))
    seen: list[tuple[str, bool]] = []
    QTimer.singleShot(20, lambda: _answer_link("example.com/kiosk", seen))
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == ("Link to: https://example.com/kiosk", True)  # said before OK
    assert window.doc.article.slides[0].body.startswith(f"[{word}](https://example.com/kiosk)")
    window.status_line.schedule()
    qtbot.waitUntil(lambda: window.status_line.words_label.text() == words_before)
    _back_in(qtbot, window, body)
    _select(body, len(original) - 6, len(original) - 2)
    QTimer.singleShot(20, lambda: _answer_link("editor@example.com", seen))
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1][1] and "mailto:editor@example.com" in seen[1][0]
    assert "(mailto:editor@example.com)" in window.doc.article.slides[0].body
    _back_in(qtbot, window, body)
    before = window.doc.article.slides[0].body
    _select(body, len(before) - 3, len(before) - 1)
    QTimer.singleShot(20, lambda: _answer_link("the kiosk page", seen))
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 3)
    message, enabled = seen[2]
    assert not enabled and "not a web address" in message  # refused, with the reason
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.doc.article.slides[0].body == before
