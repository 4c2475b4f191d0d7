"""Typing at the end of a slide's body when the body starts low in the pane (a writer's trial):
with the licence section open, the body began at the pane's bottom edge and only its first line
showed; Ctrl+End and typing scrolled the body's own text, not the pane, so the writer typed
where nothing could be seen. The pane now scrolls to the line being typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from slidewright.ui.window.main_window import MainWindow


def _cursor_in_sight(body: Any, area: QScrollArea) -> bool:
    rect = body.cursorRect()
    top = body.viewport().mapTo(area.viewport(), rect.topLeft())
    bottom = body.viewport().mapTo(area.viewport(), rect.bottomLeft() + QPoint(0, -1))
    return area.viewport().rect().contains(top) and area.viewport().rect().contains(bottom)


def test_the_pane_scrolls_to_the_line_typed_at_the_end_of_the_body(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.resize(1100, 560)  # a laptop's window with the Problems panel open
    window.select_rows([7])  # a slide whose licence section is open (it holds values)
    editor = window.slide_editor
    qtbot.waitUntil(lambda: editor.index == 7 and editor.licence_box.isVisible())
    area = window.tabs.widget(0)
    assert isinstance(area, QScrollArea)
    body = editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    area.verticalScrollBar().setValue(0)  # the pane at its top, the body low in it
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " Book a table.")
    assert window.doc.article.slides[7].body.rstrip().endswith("Book a table.")
    assert _cursor_in_sight(body, area)  # (before: below the pane's edge)
