"""The field the window puts the cursor in is on screen (writer4's session).

The slide pane scrolls when the licence section is open. A writer who had typed a body under it
and pressed Ctrl+Shift+N got a new slide with the cursor in its heading, but the pane stayed
scrolled down to the credit: the heading was typed out of sight. The same held for a double-click
on a problem about a field scrolled away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QScrollArea, QWidget

from slidewright.ui.window.main_window import MainWindow


def _area(widget: QWidget) -> QScrollArea:
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea)
    return area


def _in_sight(widget: QWidget) -> bool:
    """The whole of ``widget`` lies inside its scroll area's viewport."""
    viewport = _area(widget).viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def _scrolled_down(qtbot: Any, window: MainWindow) -> None:
    """Licence section open, the cursor at the end of the body: the pane scrolled to its foot."""
    window.resize(1200, 650)
    editor = window.slide_editor
    editor.licence_toggle.setChecked(True)
    body = editor.texts["body"]
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    body.moveCursor(QTextCursor.MoveOperation.End)
    area = _area(body)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert not _in_sight(editor.fields["heading"])


def test_new_slide_shows_the_heading_it_puts_the_cursor_in(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    _scrolled_down(qtbot, window)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, shift_ctrl)
    heading = window.slide_editor.fields["heading"]
    qtbot.waitUntil(heading.hasFocus)
    qtbot.waitUntil(lambda: _in_sight(heading))
    qtbot.keyClicks(heading, "Under the Viaduct")
    assert window.doc.article.slides[1].heading == "Under the Viaduct"


def test_a_problem_double_clicked_shows_its_field(qtbot: Any, sample_window: MainWindow) -> None:
    """Going to a problem's field (as a double-click does) scrolls the pane to that field."""
    window = sample_window
    _scrolled_down(qtbot, window)
    window.slide_editor.focus_field("heading")
    heading = window.slide_editor.fields["heading"]
    qtbot.waitUntil(heading.hasFocus)
    qtbot.waitUntil(lambda: _in_sight(heading))


def test_apply_fix_leaves_the_cursor_after_the_fixed_credit(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """After Apply Fix the cursor sat where it last was in the credit field (on any slide):
    "Shutterst|ock", so the photographer's name the finding asked for was typed into the
    agency's. It is now at the end of what the fix wrote."""
    from test_problems import item_for

    window = sample_window
    credit = window.slide_editor.fields["credit"]
    window.select_rows([0])
    credit.setFocus()
    credit.setCursorPosition(3)  # the writer was in slide 1's credit, near its start
    panel = window.problems
    panel.tree.setCurrentItem(item_for(window, "credit-agency-spelling", 1))
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(credit.hasFocus)
    assert credit.text() == window.doc.article.slides[1].credit
    assert credit.cursorPosition() == len(credit.text())
