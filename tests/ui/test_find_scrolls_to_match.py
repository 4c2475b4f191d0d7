"""Find shows its match (issue 27): a word far down a long body is scrolled into view in the body
field and in the preview, and the preview stays on that slide once the bar is closed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from spellhelpers import tools
from uihelpers import run_js

from slidewright.ui.editing.commands import SetSlideField, push_edit
from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
IN_VIEW = """(function () {
  var body = document.querySelector("#slide-9 .sw-body");
  if (!body || !body.textContent.includes("zanzibar")) { return "not yet"; }
  var node = Array.prototype.find.call(body.children, function (p) {
    return p.textContent.includes("zanzibar"); });
  var box = node.getBoundingClientRect();
  return JSON.stringify(box.bottom > 0 && box.top < window.innerHeight);
})()"""


def _cursor_seen(window: MainWindow) -> bool:
    """The selected match is on screen: inside the body's viewport and not clipped away by the
    scroll area the editor sits in."""
    body = window.slide_editor.body
    rect = body.cursorRect()
    return bool(body.viewport().visibleRegion().contains(rect.center()))


def test_find_scrolls_a_match_far_down_a_long_body_into_view_in_editor_and_preview(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    filler = "\n\n".join(
        f"Paragraph {n} walks the quay past the nets and the boats once more." for n in range(60)
    )
    long_body = filler + "\n\nAt the end of the pier the zanzibar kiosk sells tea."
    push_edit(window.doc.undo_stack, SetSlideField(window.doc, 8, "body", long_body, typing=False))
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([2])
    window.slide_editor.body.setFocus()
    qtbot.waitUntil(lambda: run_js(qtbot, window, IN_VIEW, 1) != "not yet", timeout=20000)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, "zanzibar")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert bar.status.text() == "1 of 1"
    assert window.current_row() == 8
    assert window.slide_editor.body.textCursor().selectedText() == "zanzibar"
    qtbot.waitUntil(lambda: _cursor_seen(window))
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, window, IN_VIEW, 1)) is True, timeout=10000)
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Escape)
    assert window.current_row() == 8
    assert _cursor_seen(window)
    # the preview grows into the bar's place; once the page has that height, the paragraph is
    # still in view (the browser's own scroll on the resize had taken it to the slide's top)
    preview = window.preview
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, window, "innerHeight", 1)
            == round(preview.height() / preview.zoomFactor())
        )
    )
    assert json.loads(run_js(qtbot, window, IN_VIEW, 1)) is True
