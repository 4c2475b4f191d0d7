"""Focus: F11 leaves only the editor on a full screen; the word count per slide; the length hints
on the description and the alt text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from slidewright.ui.editing.length_hint import WARNING_COLOR
from slidewright.ui.window.focus_mode import MEASURE_CHARS
from slidewright.ui.window.main_window import MainWindow


def f11(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F11)


def test_f11_shows_only_the_editor_full_screen_and_brings_everything_back(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    slides, preview = window.splitter.widget(0), window.splitter.widget(2)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    qtbot.waitUntil(heading.hasFocus)
    assert window.problems.isVisible() and slides.isVisible() and preview.isVisible()

    f11(qtbot, window)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert not slides.isVisible() and not window.problems.isVisible()
    assert not window.menuBar().isVisible()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.tabs.isVisible() and heading.hasFocus()  # the writer keeps typing
    assert "F11" in window.statusBar().currentMessage()
    # Lines of a readable length, in the middle of the screen.
    window.resize(1800, 900)
    measure = window.tabs.fontMetrics().averageCharWidth() * MEASURE_CHARS
    qtbot.waitUntil(lambda: window.tabs.width() <= measure + 2)
    left = window.tabs.x()
    right = window.splitter.width() - window.tabs.x() - window.tabs.width()
    assert abs(left - right) <= 2 and left > 0
    qtbot.keyClicks(heading, " Again")
    assert " Again" in window.doc.article.slides[0].heading

    f11(qtbot, window)
    qtbot.waitUntil(preview.isVisible)
    assert slides.isVisible() and window.problems.isVisible() and window.menuBar().isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.splitter.contentsMargins().left() == 0


def test_a_closed_problems_list_stays_closed_after_focus_mode(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.problems.toggleViewAction().trigger()
    assert not window.problems.isVisible()
    window.actions_by_name["focus"].trigger()
    window.actions_by_name["focus"].trigger()
    assert window.splitter.widget(2).isVisible() and not window.problems.isVisible()


def test_status_line_counts_the_words_of_the_slide_being_written(
    qtbot: Any, window: MainWindow, tmp_path: Any
) -> None:
    assert window.session.new_article(tmp_path / "walks")
    window.actions_by_name["add_slide"].trigger()
    qtbot.keyClicks(window.slide_editor.fields["heading"], "Cliff path")
    qtbot.keyClicks(window.slide_editor.body, "Start early and bring water.")
    qtbot.waitUntil(lambda: "This slide 7 words" in window.status_line.words_label.text())
    window.actions_by_name["add_slide"].trigger()
    qtbot.keyClicks(window.slide_editor.body, "Short.")
    qtbot.waitUntil(lambda: "This slide 1 word ·" in window.status_line.words_label.text())
    assert window.doc.article.title == "Walks"  # one word, the folder's name
    assert "Article 9 words" in window.status_line.words_label.text()


def test_description_and_alt_text_show_their_length_and_warn_past_the_limit(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    description_hint, alt_hint = window.parts.desk.hints
    window.tabs.setCurrentIndex(1)
    description = window.article_editor.description
    description.selectAll()
    qtbot.keyClicks(description, "x" * 150)
    assert description_hint.text() == "150/160" and description_hint.isVisible()
    assert WARNING_COLOR not in description_hint.styleSheet()
    qtbot.keyClicks(description, "y" * 11)
    assert description_hint.text() == "161/160"
    assert WARNING_COLOR in description_hint.styleSheet()
    assert "cut" in description_hint.toolTip()
    assert window.doc.article.description == "x" * 150 + "y" * 11  # a warning, never a limit

    window.tabs.setCurrentIndex(0)
    alt = window.slide_editor.fields["alt"]
    alt.selectAll()
    qtbot.keyClicks(alt, "A grey bay")
    assert alt_hint.text() == "10/125" and alt_hint.isVisible()
    # The count sits inside the field, to the right of the text, never over it.
    assert alt.textMargins().right() >= alt_hint.width()


def test_opening_another_article_in_focus_mode_keeps_the_focus(
    qtbot: Any, sample_window: MainWindow, tmp_path: Any
) -> None:
    window = sample_window
    window.actions_by_name["focus"].trigger()
    assert window.session.new_article(tmp_path / "island-walks")
    qtbot.waitUntil(lambda: window.preview.ready)
    qtbot.waitUntil(lambda: not window.problems.isVisible())
    assert not window.splitter.widget(2).isVisible()
    window.actions_by_name["focus"].trigger()
    assert window.problems.isVisible() and window.splitter.widget(2).isVisible()


def test_leaving_focus_mode_after_closing_the_article_shows_no_panel_over_the_start_page(
    qtbot: Any, sample_window: MainWindow, sample_bundle: Path
) -> None:
    """A writer's trial: F11, Ctrl+W, F11 put the closed article's Problems and Notes panels
    back over the start page; they come back with the next article instead."""
    window = sample_window
    notes = window.parts.record.notes
    notes.show()
    assert window.problems.isVisible() and notes.isVisible()
    window.actions_by_name["focus"].trigger()
    qtbot.waitUntil(lambda: not window.problems.isVisible() and not notes.isVisible())
    window.actions_by_name["close"].trigger()
    qtbot.waitUntil(lambda: window.doc is None)
    window.actions_by_name["focus"].trigger()
    qtbot.waitUntil(window.menuBar().isVisible)
    assert window.stack.currentWidget() is window.welcome
    assert not window.problems.isVisible() and not notes.isVisible()
    window.session.open_path(sample_bundle)  # the next article brings the Problems panel back
    qtbot.waitUntil(window.problems.isVisible)
