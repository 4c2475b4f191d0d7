"""Find and Replace as a writer uses it: Ctrl+F, Enter through the matches slide by slide, Ctrl+H,
Replace All, then one Ctrl+Z that puts every field back."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from spellhelpers import tools
from uihelpers import run_js

from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def ready(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()


def selected_in(window: MainWindow, field: str) -> str:
    widget = window.slide_editor.fields.get(field) or window.slide_editor.texts.get(field)
    if widget is None:
        widget = window.article_editor.fields.get(field) or getattr(window.article_editor, field)
    if hasattr(widget, "selectedText"):
        return widget.selectedText()
    return widget.textCursor().selectedText()


def test_ctrl_f_and_enter_walk_through_matches_selecting_slide_field_and_text(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = tools(window).find.bar
    assert bar.isVisible() and bar.find_box.hasFocus() and not bar.replace_box.isVisible()
    qtbot.keyClicks(bar.find_box, "quay")
    bar.whole_word.click()
    bar.find_box.setFocus()
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert window.current_row() == 1 and window.tabs.currentIndex() == 0
    assert selected_in(window, "heading").lower() == "quay"
    assert bar.status.text() == "1 of 2"
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert window.current_row() == 1 and selected_in(window, "body").lower() == "quay"
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == "1 of 2" and selected_in(window, "heading").lower() == "quay"


def test_find_next_goes_from_the_article_fields_to_the_slides_and_wraps(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    ready(qtbot, window)
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(tools(window).find.bar.find_box, "harbour")
    tools(window).find.bar.whole_word.click()
    tools(window).find.current = None
    seen = []
    for _ in range(8):
        window.actions_by_name["find_next"].trigger()  # F3
        match = tools(window).find.current
        assert match is not None
        seen.append((match.slide, match.field))
    assert seen[:3] == [(0, "body"), (1, "alt"), (3, "body")]  # from the cursor in slide 1's body
    assert (None, "title") in seen and seen[-1] == seen[0]  # round the article and back
    window.actions_by_name["find_next"].trigger()
    title_match = next(i for i, place in enumerate(seen) if place == (None, "title"))
    assert title_match > 0 and window.tabs.currentIndex() == 0


def test_replace_all_changes_every_slide_and_one_ctrl_z_restores_them_all(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    ready(qtbot, window)
    before = [(s.body, s.alt) for s in window.doc.article.slides]
    title, intro = window.doc.article.title, window.doc.article.intro
    tags = list(window.doc.article.tags)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    assert bar.replace_box.isVisible()
    bar.find_box.setFocus()
    qtbot.keyClicks(bar.find_box, "harbour")
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_box, "port")
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Replace All
    article = window.doc.article  # (a mnemonic clicks the button as it is seen to go down)
    qtbot.waitUntil(lambda: bar.status.text() == "Replaced 8 matches")  # the tag "harbours" too
    assert article.title == "Nine Port Towns Worth Taking the Slow Road For"  # capitals kept
    assert article.intro.startswith("Port towns")
    assert "ports" in article.tags and "harbour" not in article.intro.lower()
    assert "port" in article.slides[7].alt and "port" in article.slides[5].body
    assert window.isWindowModified()
    script = "JSON.stringify(document.body.innerText.toLowerCase().split('harbour').length - 1)"
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, window, script)) == 0)  # the preview too
    assert bar.replace_box.hasFocus()
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Z, CTRL)  # the cursor still in the Replace box
    assert [(s.body, s.alt) for s in window.doc.article.slides] == before
    assert (window.doc.article.title, window.doc.article.intro) == (title, intro)
    assert window.doc.article.tags == tags and bar.replace_box.text() == "port"
    assert not window.isWindowModified()
    assert bar.status.text() == ""  # "Replaced 8 matches" is no longer true
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.article.title.startswith("Nine Port")  # Redo from the box as well
    window.slide_editor.body.setFocus()
    qtbot.keyClick(window.slide_editor.body, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.title == title
    qtbot.keyClicks(bar.replace_box, "s")  # typed in the box again: Ctrl+Z is the box's own
    bar.replace_box.setFocus()
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Z, CTRL)
    assert bar.replace_box.text() != "ports"  # the box's own typing undone


def test_replace_one_by_one_and_match_case(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    ready(qtbot, window)
    window.actions_by_name["replace"].trigger()
    bar = tools(window).find.bar
    bar.find_box.setText("Harbour")
    bar.match_case.click()
    bar.replace_box.setText("Port")
    tools(window).find.current = None
    window.tabs.setCurrentIndex(1)
    window.article_editor.fields["title"].setFocus()
    window.article_editor.fields["title"].setCursorPosition(0)
    qtbot.mouseClick(bar.replace_one, Qt.MouseButton.LeftButton)  # shows the first match
    assert selected_in(window, "title") == "Harbour"
    qtbot.mouseClick(bar.replace_one, Qt.MouseButton.LeftButton)  # replaces it, shows the next
    assert window.doc.article.title == "Nine Port Towns Worth Taking the Slow Road For"
    assert window.doc.article.intro.startswith("Harbour towns")  # shown next, not yet replaced
    assert selected_in(window, "intro") == "Harbour" and window.tabs.currentIndex() == 1
    window.actions_by_name["undo"].trigger()
    assert window.doc.article.title == "Nine Harbour Towns Worth Taking the Slow Road For"


def test_edit_menu_copy_and_paste_act_on_the_focused_field_through_the_undo_history(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    ready(qtbot, window)
    heading = window.slide_editor.fields["heading"]
    caption = window.slide_editor.fields["caption"]
    heading.setFocus()
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["copy"].trigger()
    caption.setFocus()
    window.actions_by_name["paste"].trigger()
    assert window.doc.article.slides[0].caption == "Where the Fog Lifts Late"
    caption.setFocus()
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["cut"].trigger()
    assert window.doc.article.slides[0].caption == ""
    window.actions_by_name["undo"].trigger()
    assert window.doc.article.slides[0].caption == "Where the Fog Lifts Late"


def test_replace_all_works_again_after_the_writer_opens_another_article(
    qtbot: Any, sample_window: MainWindow, sample_bundle: Any, tmp_path: Any
) -> None:
    """The bar follows the open article's undo history: after closing one article and opening
    another, Replace All replaces, says so, and one Ctrl+Z restores (it raised before)."""
    import shutil

    window = sample_window
    ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    bar = tools(window).find.bar
    bar.find_box.setFocus()
    qtbot.keyClicks(bar.find_box, "ferry")
    bar.replace_box.setFocus()
    qtbot.keyClicks(bar.replace_box, "launch")
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bar.status.text().startswith("Replaced"))
    window.doc.undo_stack.setClean()
    other = tmp_path / "other"
    shutil.copytree(sample_bundle, other)
    assert window.session.close_article()
    qtbot.wait(50)  # the closed article's objects are deleted by Qt's event loop
    assert window.session.open_path(other)
    qtbot.waitUntil(lambda: window.preview.ready)
    before = window.doc.article.title
    bar.status.clear()
    bar.replace_box.setFocus()
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bar.status.text().startswith("Replaced"))
    assert "ferry" not in window.doc.article.slides[6].body.lower()
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.title == before and "erry" in window.doc.article.slides[6].body


def test_escape_in_the_text_closes_the_find_bar_and_leaves_the_cursor_where_it_is(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """Found a word, went on writing in another field: Escape there closes the bar, as in a
    browser or a code editor, and the cursor stays where the writer is typing."""
    window = sample_window
    ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, "quay")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    assert selected_in(window, "heading").lower() == "quay"
    caption = window.slide_editor.fields["caption"]
    caption.setFocus()
    caption.end(False)
    qtbot.keyClicks(caption, " dusk")
    qtbot.keyClick(caption, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert caption.hasFocus() and caption.text().endswith(" dusk")
    assert window.doc.article.slides[window.current_row()].caption.endswith(" dusk")

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # and Escape in the bar still closes it
    assert bar.isVisible() and bar.find_box.hasFocus()
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
