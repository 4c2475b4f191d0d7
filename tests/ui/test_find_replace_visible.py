"""Find and Replace in the window, as the new-user trial used it: the words a reader sees (a link's
words, a tag, the read-more links), never a link's address; mnemonics that do what they say."""

from __future__ import annotations

from typing import Any

from mnemonics import visible_mnemonics
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from spellhelpers import tools

from slidewright.ui.window.main_window import MainWindow

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def open_replace(qtbot: Any, window: MainWindow, find: str, replace: str) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, find)
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_box, replace)
    return bar


def test_find_shows_the_read_more_title_and_replace_all_never_touches_a_link_address(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    bar = open_replace(qtbot, window, "ferries", "boats")
    bar.find_box.setFocus()
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert bar.status.text() == "1 of 1"  # the visible title, not the timetable link's address
    assert window.tabs.currentIndex() == 1
    links = window.article_editor.items
    assert (links.currentRow(), links.currentColumn()) == (0, 0)
    (index,) = [i for i, s in enumerate(window.doc.article.slides) if "ferries)" in s.body]
    body = window.doc.article.slides[index].body
    assert "](https://example.org/ferries)" in body
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: bar.status.text() == "Replaced 1 match")
    article = window.doc.article
    assert article.slides[index].body == body  # the link still goes where it went
    assert article.read_more is not None
    assert article.read_more.items[0].title == "A Week of Boats, Planned on One Timetable"
    assert article.read_more.items[0].url == "https://example.com/travel/ferry-week"
    qtbot.waitUntil(lambda: links.item(0, 0).text().startswith("A Week of Boats"))


def test_find_counts_tags_and_read_more_credits_and_replace_edits_the_tag(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    bar = open_replace(qtbot, window, "depositphotos", "")
    bar.find_box.setFocus()
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert bar.status.text().endswith("of 4")  # the read-more credit too
    bar.find_box.selectAll()
    qtbot.keyClicks(bar.find_box, "harbours")
    bar.replace_box.setText("ports")
    window.tabs.setCurrentIndex(1)
    tags = window.article_editor.fields["tags"]
    qtbot.mouseClick(tags, Qt.MouseButton.LeftButton)
    tags.setCursorPosition(0)
    bar.find_box.setFocus()
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert tags.selectedText() == "harbours"
    qtbot.mouseClick(bar.replace_one, Qt.MouseButton.LeftButton)
    assert window.doc.article.tags == ["coast", "slow travel", "ports"]
    assert tags.text() == "coast, slow travel, ports"


def test_no_two_mnemonics_on_screen_share_a_letter_with_the_find_bar_open(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    open_replace(qtbot, window, "harbour", "port")
    for tab in (0, 1):
        window.tabs.setCurrentIndex(tab)
        clashes = {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}
        assert clashes == {}, f"tab {tab}"
    window.tabs.setCurrentIndex(0)
    bar = tools(window).find.bar
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_A, ALT)
    assert QApplication.focusWidget() is window.slide_editor.fields["alt"]  # Alt text, still
    qtbot.keyClick(window.slide_editor.fields["alt"], Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: bar.status.text().startswith("Replaced"))  # Replace All


def test_tab_from_find_goes_to_replace_with(qtbot: Any, sample_window: MainWindow) -> None:
    """Seen at the desk: the writer typed what to find, pressed Tab and typed the replacement;
    Tab had gone to the Previous button, the words went nowhere and Replace All replaced every
    match with nothing. Tab from Find now goes to Replace with, as the two boxes stand."""
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.find_box)
    qtbot.keyClicks(bar.find_box, "ferry")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.replace_box
    qtbot.keyClicks(QApplication.focusWidget(), "boat")
    assert bar.replace_box.text() == "boat"
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is bar.find_box  # and back
