"""A working writer's trial, the window's own layout: the Find bar's buttons stay where they
are whatever its count says, and File ▸ History's lines fit their column (wrapped, whole on
hover) with no sideways scrolling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from spellhelpers import tools
from test_history_notes import parts

from slidewright.ui.window.main_window import MainWindow

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def test_the_find_bars_buttons_stay_put_when_its_count_becomes_a_longer_sentence(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, "the")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: " of " in bar.status.text())  # "13 of 79"
    bar.layout().activate()
    where = [(w.x(), w.width()) for w in (bar.find_box, bar.previous, bar.next, bar.whole_word)]
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_box, "THE")
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, ALT)  # Replace All
    qtbot.waitUntil(lambda: bar.status.text().startswith("Replaced "))
    assert int(bar.status.text().split()[1]) > 9  # "Replaced 12 matches": a long one
    bar.layout().activate()
    assert [
        (w.x(), w.width()) for w in (bar.find_box, bar.previous, bar.next, bar.whole_word)
    ] == where
    shown = bar.status.fontMetrics().horizontalAdvance(bar.status.text())
    assert shown <= bar.status.contentsRect().width()  # and the sentence is whole


def test_a_long_history_line_wraps_in_its_column_and_shows_whole_on_hover(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    assert doc is not None
    for _ in range(3):
        window.actions_by_name["add_slide"].trigger()
    doc.article.description = doc.article.description + " Now with more huts."
    doc.article.tags = [*doc.article.tags, "huts", "climbing"]
    doc.article.categories = [*doc.article.categories, "Mountains"]
    assert window.session.save()
    window.actions_by_name["history"].trigger()
    dialog = parts(window).dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    splitter = dialog.list.parentWidget()
    splitter.setSizes([170, 730])  # a narrow column, as a writer may drag it
    qtbot.waitUntil(lambda: dialog.list.width() <= 190)
    line = dialog.list.item(0).text()
    assert "3 slides added" in line and "tags" in line
    viewport = dialog.list.viewport().width()
    dialog.list.doItemsLayout()
    assert dialog.list.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    rect = dialog.list.visualItemRect(dialog.list.item(0))
    assert rect.right() <= viewport  # the line is within the column, wrapped
    metrics = dialog.list.fontMetrics()
    assert rect.height() > 2 * metrics.lineSpacing()  # more than its two lines: wrapped
    assert line in dialog.list.item(0).toolTip()  # the whole line on hover


def test_the_readme_says_ctrl_b_works_in_a_caption_as_the_window_does(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """The README's Formatting section said captions were plain text; the window makes a
    caption's word bold (inline Markdown, docs/format.md). Both now say the same."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Formatting, and the writer's desk", 1)[1].split("\n## ", 1)[0]
    where = " ".join(section.split("They wrap or unwrap", 1)[0].split())
    assert "a caption (a slide's" in where and "inline Markdown" in where
    assert "caption or a title is published as plain text" not in where
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    caption = window.slide_editor.fields["caption"]
    caption.setFocus()
    caption.setText("Boats at dawn")
    caption.setSelection(len("Boats at "), len("dawn"))
    qtbot.keyClick(caption, Qt.Key.Key_B, CTRL)
    assert caption.text() == "Boats at **dawn**"
