"""Find, one word then another (a writer's trial): the first word's match stayed selected in its
field ("cities" highlighted in the Tags) while the bar showed the matches of the second, so the
Article tab showed two highlights and the old one looked like a match. A field the search moves
away from drops its selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from spellhelpers import tools

from slidewright.ui.window.main_window import MainWindow


def test_the_last_match_field_is_cleared_when_the_next_match_is_elsewhere(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = tools(window).find.bar
    tags = window.article_editor.fields["tags"]
    bar.find_box.setFocus()
    qtbot.keyClicks(bar.find_box, "slow travel")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.selectedText() == "slow travel")  # the tag, on the Article tab
    bar.find_box.selectAll()
    qtbot.keyClicks(bar.find_box, "ferry timetable")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    body = window.slide_editor.body  # the next match after the tags: a slide's body
    qtbot.waitUntil(lambda: body.textCursor().selectedText() == "ferry timetable")
    assert tags.selectedText() == ""  # (before: "slow travel" still highlighted)
