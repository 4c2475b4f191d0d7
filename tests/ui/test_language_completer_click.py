"""The Language field's list of dictionaries does not eat the writer's next click.

Seen at the desk: the writer typed "en-GB" into Language (its list of installed dictionaries
open under it, "en-GB" in it), clicked into the Intro and typed a paragraph; the click only
closed the list, so the paragraph went into Language ("en-GBWinter is the best time...") and
the Problems panel called it a bad language tag. A click outside the list now closes it and
still lands where it was aimed, as it does when no list is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from slidewright.ui.window.main_window import MainWindow


def _click_through_window(window: MainWindow, widget: Any, at: QPoint) -> None:
    """Click as the window system does: at a place in the window, where an open popup (the
    completer's list) sees the press first, not straight into ``widget``."""
    handle = window.windowHandle()
    assert handle is not None
    where = widget.mapTo(window, at)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def test_a_click_on_the_intro_while_the_language_list_is_open_lands_in_the_intro(
    sample_window: MainWindow, qtbot: Any
) -> None:
    window = sample_window
    window.tabs.setCurrentIndex(1)
    lang = window.article_editor.fields["lang"]
    intro = window.article_editor.intro
    qtbot.waitUntil(lambda: lang.completer() is not None, timeout=20000)
    completer = lang.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    lang.setFocus()
    lang.selectAll()
    QTest.keyClicks(lang, "en-G")
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=5000)

    _click_through_window(window, intro.viewport(), QPoint(20, 10))

    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is intro, timeout=5000)
    before = intro.toPlainText()
    QTest.keyClicks(intro, "Winter walks")
    assert "Winter walks" in intro.toPlainText() and intro.toPlainText() != before
    assert lang.text() == "en-G"  # what the writer typed there, nothing more
