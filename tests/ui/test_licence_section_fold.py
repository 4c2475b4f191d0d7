"""The slide editor's "Licence and source" section (a writer's trial): it opened by itself on
every slide with a creator or licence, which Choose Image fills from the picture's file, so on
most slides it pushed the body under the pane's edge and the writer typed blind. Folded by the
writer, it now stays folded from slide to slide, and its toggle says how much it holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from uihelpers import started

from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow

CREDITED = 7  # the sample's slide with a licence, creator, source and licence link


def _select(qtbot: Any, window: MainWindow, row: int) -> None:
    window.select_rows([row])
    qtbot.waitUntil(lambda: window.slide_editor.index == row)


def test_the_writer_folds_the_licence_section_and_it_stays_folded(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    editor = window.slide_editor
    toggle, box = editor.licence_toggle, editor.licence_box
    window.doc.set_slide_field(1, "creator", "Erik Sand")  # as a picture's By-line fills it
    _select(qtbot, window, CREDITED)
    assert box.isVisible() and toggle.text() == "Licence and source"  # opened: it holds values

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # the writer folds it away
    assert not box.isVisible()
    _select(qtbot, window, 0)
    _select(qtbot, window, 1)
    assert not box.isVisible()  # (before: open again, the body pushed down)
    assert toggle.text() == "Licence and source (1 filled)"
    _select(qtbot, window, 0)
    assert not box.isVisible() and toggle.text() == "Licence and source"
    _select(qtbot, window, CREDITED)
    assert not box.isVisible() and toggle.text() == "Licence and source (4 filled)"

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # opened by hand: shown again
    assert box.isVisible() and editor.fields["creator"].text() == "Priya Nair"
    assert toggle.text() == "Licence and source"
    _select(qtbot, window, 0)
    _select(qtbot, window, 1)
    assert box.isVisible() and editor.fields["creator"].text() == "Erik Sand"


def test_a_jump_to_a_licence_field_opens_the_folded_section(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    editor = window.slide_editor
    _select(qtbot, window, CREDITED)
    qtbot.mouseClick(editor.licence_toggle, Qt.MouseButton.LeftButton)
    assert not editor.licence_box.isVisible()
    editor.focus_field("creator")  # what a double-click on a creator finding does
    assert editor.licence_box.isVisible()
    qtbot.waitUntil(lambda: editor.fields["creator"].hasFocus())


def test_the_fold_is_remembered_at_the_next_start(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    """Folded on one day, open again the next (writer4's session): the writer reopened the
    article and found the section unfolded on the first slide, the body under the pane's edge
    again, though they had folded it away the whole previous session."""
    first = started(qtbot, settings, plan_start(sample_bundle, False, settings))
    _select(qtbot, first, CREDITED)
    assert first.slide_editor.licence_box.isVisible()
    qtbot.mouseClick(first.slide_editor.licence_toggle, Qt.MouseButton.LeftButton)
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())

    again = started(qtbot, settings, plan_start(sample_bundle, False, settings))
    _select(qtbot, again, CREDITED)
    assert not again.slide_editor.licence_box.isVisible()
    assert again.slide_editor.licence_toggle.text() == "Licence and source (4 filled)"
    qtbot.mouseClick(again.slide_editor.licence_toggle, Qt.MouseButton.LeftButton)  # opened
    again.close()
    qtbot.waitUntil(lambda: not again.isVisible())

    third = started(qtbot, settings, plan_start(sample_bundle, False, settings))
    _select(qtbot, third, CREDITED)
    assert third.slide_editor.licence_box.isVisible()
