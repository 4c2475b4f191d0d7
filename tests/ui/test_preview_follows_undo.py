"""After an undo or redo the preview shows the selected slide (trial finding: after Replace All
and Undo slide 1 was selected while the preview stayed on slides 7–8; after deleting slides and
undoing, slide 7 was selected while the slideshow showed slide 6)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from spellhelpers import tools
from uihelpers import run_js

from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def slide_in_view(qtbot: Any, window: MainWindow, index: int) -> bool:
    script = f"""JSON.stringify((function () {{
        var box = document.getElementById("slide-{index + 1}").getBoundingClientRect();
        return box.top >= -1 && box.top < window.innerHeight - 40;
    }})())"""
    return bool(json.loads(run_js(qtbot, window, script)))


def shown_in_slideshow(qtbot: Any, window: MainWindow) -> int:
    script = """JSON.stringify(parseInt(document.querySelector(
        "#sw-slides > .sw-slide.sw-current").dataset.index, 10))"""
    return int(json.loads(run_js(qtbot, window, script)))


def test_replace_all_then_ctrl_z_brings_the_selected_slide_back_into_the_preview(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    assert window.current_row() == 0
    run_js(qtbot, window, "window.scrollTo(0, document.body.scrollHeight); 1")
    qtbot.waitUntil(lambda: not slide_in_view(qtbot, window, 0))  # the writer read on below
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, "harbour")
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_box, "port")
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: bar.status.text().startswith("Replaced"))
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Z, CTRL)
    assert "Harbour" in window.doc.article.title and window.current_row() == 0
    qtbot.waitUntil(lambda: slide_in_view(qtbot, window, 0))


def test_deleting_slides_and_undoing_shows_the_selected_slide_in_the_slideshow(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.actions_by_name["mode_slideshow"].trigger()
    window.select_rows([6, 7])
    qtbot.waitUntil(lambda: shown_in_slideshow(qtbot, window) == 6)
    window.slide_list.setFocus()
    window.actions_by_name["delete_slide"].trigger()
    assert len(window.doc.article.slides) == 7
    qtbot.waitUntil(lambda: shown_in_slideshow(qtbot, window) == window.current_row())
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Z, CTRL)
    assert len(window.doc.article.slides) == 9
    row = window.current_row()
    qtbot.waitUntil(lambda: shown_in_slideshow(qtbot, window) == row)
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.doc.article.slides) == 7
    row = window.current_row()
    qtbot.waitUntil(lambda: shown_in_slideshow(qtbot, window) == row)
