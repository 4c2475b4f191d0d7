"""The preview follows the writer, and the editor follows the slideshow (issue 27): Next,
Previous and the arrow keys in the slideshow preview select that slide in the list and editor."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPoint, Qt
from uihelpers import run_js

from slidewright.ui.window.main_window import MainWindow


def shown_in_slideshow(qtbot: Any, window: MainWindow) -> int:
    script = """JSON.stringify(parseInt(document.querySelector(
        "#sw-slides > .sw-slide.sw-current").dataset.index, 10))"""
    return int(json.loads(run_js(qtbot, window, script)))


def test_arrow_keys_and_next_in_the_slideshow_select_that_slide_in_the_editor(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.actions_by_name["mode_slideshow"].trigger()
    window.select_rows([2])
    qtbot.waitUntil(lambda: shown_in_slideshow(qtbot, window) == 2)
    page = window.preview.focusProxy()
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.current_row() == 3)
    assert window.slide_editor.index == 3
    assert window.slide_editor.body.toPlainText() == window.doc.article.slides[3].body.rstrip("\n")
    qtbot.keyClick(page, Qt.Key.Key_Left)
    qtbot.keyClick(page, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.current_row() == 1)
    box = json.loads(
        run_js(
            qtbot,
            window,
            """JSON.stringify((function () {
                var b = document.querySelector("button.sw-next");
                var r = b.getBoundingClientRect();
                return [r.left + r.width / 2, r.top + r.height / 2];
            })())""",
        )
    )
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=QPoint(int(box[0]), int(box[1])))
    qtbot.waitUntil(lambda: window.current_row() == 2)


def test_the_window_selecting_a_slide_is_not_taken_for_a_readers_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.actions_by_name["mode_slideshow"].trigger()
    for row in (5, 1, 7):
        window.select_rows([row])
        qtbot.waitUntil(lambda row=row: shown_in_slideshow(qtbot, window) == row)
        assert window.current_row() == row


def _scroll_y(qtbot: Any, window: MainWindow) -> float:
    return float(json.loads(run_js(qtbot, window, "JSON.stringify(window.scrollY)")))


def _last_paragraph_on_screen(qtbot: Any, window: MainWindow, slide: int) -> bool:
    script = f"""JSON.stringify((function () {{
        var parts = document.querySelector("#slide-{slide + 1} .sw-body").children;
        var box = parts[parts.length - 1].getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
    }})())"""
    return bool(json.loads(run_js(qtbot, window, script)))


def test_typing_brings_the_edited_paragraph_into_view_and_reading_elsewhere_is_left_alone(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    last = len(window.doc.article.slides) - 1
    window.select_rows([last])
    run_js(qtbot, window, "window.scrollTo(0, 0); 1")  # the writer reads the top of the page
    qtbot.waitUntil(lambda: not _last_paragraph_on_screen(qtbot, window, last))
    window.tabs.setCurrentIndex(1)  # typing elsewhere (the title) does not move the preview
    title = window.article_editor.fields["title"]
    title.setFocus()
    with qtbot.waitSignal(window.preview.updated):
        qtbot.keyClicks(title, " again")
    assert _scroll_y(qtbot, window) == 0
    window.tabs.setCurrentIndex(0)
    body = window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " and on")
    qtbot.waitUntil(lambda: _last_paragraph_on_screen(qtbot, window, last))
    assert window.parts.desk.follow_typing.moves >= 1


def _intro_on_screen(qtbot: Any, window: MainWindow) -> bool:
    script = """JSON.stringify((function () {
        var parts = document.querySelector("#sw-header .sw-intro").children;
        var box = parts[parts.length - 1].getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
    })())"""
    return bool(json.loads(run_js(qtbot, window, script)))


def test_typing_in_the_intro_brings_it_into_view(qtbot: Any, sample_window: MainWindow) -> None:
    """As for a slide's body: the preview was left on the selected slide far below while the
    writer typed in the article's intro (a writer's trial)."""
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([len(window.doc.article.slides) - 1])  # the preview goes to the end
    qtbot.waitUntil(lambda: not _intro_on_screen(qtbot, window))
    window.tabs.setCurrentIndex(1)
    intro = window.article_editor.intro
    intro.setFocus()
    qtbot.keyClick(intro, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(intro, " Still more.")
    qtbot.waitUntil(lambda: _intro_on_screen(qtbot, window))
