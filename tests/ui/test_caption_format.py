"""A caption is inline Markdown (issue 27): Format ▸ Bold, Italic and Link…, their keys and the
toolbar work in it as in the body, each one undo step, and the preview shows the result."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolBar
from uihelpers import run_js

from slidewright.ui.dialogs.link_dialog import LinkDialog
from slidewright.ui.editing import typing_steps
from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "Boats at dawn"


@pytest.fixture(autouse=True)
def steady_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typing_steps, "clock", lambda: 1000.0)


def _caption_typed(qtbot: Any, window: MainWindow, row: int) -> Any:
    """The writer selects slide ``row``, empties its caption and types TYPED into it."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])
    caption = window.slide_editor.fields["caption"]
    caption.setFocus()
    caption.selectAll()
    qtbot.keyClick(caption, Qt.Key.Key_Delete)
    qtbot.keyClicks(caption, TYPED)
    assert window.doc.article.slides[row].caption == TYPED
    return caption


def _preview_caption(qtbot: Any, window: MainWindow, row: int) -> str:
    found = f'document.querySelector("#slide-{row + 1} .sw-caption")'
    script = f"JSON.stringify(({found} || {{innerHTML: ''}}).innerHTML)"
    return str(json.loads(run_js(qtbot, window, script)))


def test_ctrl_b_on_a_selected_caption_word_shows_it_bold_and_one_undo_restores_it(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    caption = _caption_typed(qtbot, window, 1)
    caption.setSelection(TYPED.index("dawn"), len("dawn"))
    qtbot.keyClick(caption, Qt.Key.Key_B, CTRL)
    assert caption.text() == "Boats at **dawn**"
    assert window.doc.article.slides[1].caption == "Boats at **dawn**"
    assert caption.selectedText() == "dawn"  # the words stay selected, as in the body
    qtbot.waitUntil(lambda: _preview_caption(qtbot, window, 1) == "Boats at <strong>dawn</strong>")
    qtbot.keyClick(caption, Qt.Key.Key_Z, CTRL)
    assert caption.text() == TYPED
    assert window.doc.article.slides[1].caption == TYPED
    qtbot.waitUntil(lambda: _preview_caption(qtbot, window, 1) == TYPED)


def test_the_toolbar_italicises_the_caption_word_under_the_cursor(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    caption = _caption_typed(qtbot, window, 0)
    caption.setCursorPosition(TYPED.index("Boats") + 2)
    bar = window.slide_editor.findChild(QToolBar, "formatBar")
    italic = bar.widgetForAction(bar.actions()[1])
    qtbot.mouseClick(italic, Qt.MouseButton.LeftButton)
    assert window.doc.article.slides[0].caption == "*Boats* at dawn"
    assert QApplication.focusWidget() is caption
    qtbot.waitUntil(lambda: _preview_caption(qtbot, window, 0) == "<em>Boats</em> at dawn")


def test_ctrl_k_in_the_caption_links_the_word_and_keeps_the_rest_of_the_line(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    caption = _caption_typed(qtbot, window, 2)
    caption.setCursorPosition(TYPED.index(" at ") + 2)  # inside "at"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.address.setText("https://example.org/tides")
        dialog.accept()

    QTimer.singleShot(20, answer)
    qtbot.keyClick(caption, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: window.doc.article.slides[2].caption != TYPED)
    assert window.doc.article.slides[2].caption == "Boats [at](https://example.org/tides) dawn"
    qtbot.waitUntil(
        lambda: 'href="https://example.org/tides"' in _preview_caption(qtbot, window, 2)
    )


def _more_caption_html(qtbot: Any, window: MainWindow) -> str:
    found = 'document.querySelector("footer.sw-read-more li .sw-caption")'
    script = f"JSON.stringify(({found} || {{innerHTML: ''}}).innerHTML)"
    return str(json.loads(run_js(qtbot, window, script)))


def test_ctrl_b_in_a_read_more_caption_cell_bolds_the_word_in_one_undo_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.setCurrentIndex(1)
    pane, table = window.article_editor, window.article_editor.items
    column = table.columnCount() - 1
    assert table.horizontalHeaderItem(column).text() == "Caption"
    table.setCurrentCell(0, column)
    table.editItem(table.item(0, column))
    qtbot.waitUntil(lambda: pane.cells.editor is not None and pane.cells.editor.hasFocus())
    editor = pane.cells.editor
    qtbot.keyClicks(editor, "Updated every Monday")
    editor.setSelection(len("Updated "), len("every"))
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.text() == "Updated **every** Monday" and editor.selectedText() == "every"
    read_more = window.doc.article.read_more
    assert read_more is not None and read_more.items[0].caption == "Updated **every** Monday"
    qtbot.waitUntil(
        lambda: _more_caption_html(qtbot, window) == "Updated <strong>every</strong> Monday"
    )
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the typed words stay, the bold goes
    read_more = window.doc.article.read_more
    assert read_more is not None and read_more.items[0].caption == "Updated every Monday"
    assert table.item(0, column).text() == "Updated every Monday"
    qtbot.waitUntil(lambda: _more_caption_html(qtbot, window) == "Updated every Monday")
