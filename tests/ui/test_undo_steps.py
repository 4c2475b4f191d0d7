"""Undo in writer-sized steps: a word or a burst at a time, on the window's one undo stack."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from slidewright.ui.editing import typing_steps
from slidewright.ui.window.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(typing_steps, "clock", fake)
    return fake


def _at_end(field: Any) -> Any:
    """Put the cursor at the end of a line field, as a writer clicking into it would."""
    field.setFocus()
    field.end(False)
    return field


def _undo(window: MainWindow) -> None:
    window.actions_by_name["undo"].trigger()


def _redo(window: MainWindow) -> None:
    window.actions_by_name["redo"].trigger()


def test_one_ctrl_z_takes_back_the_last_word_not_the_whole_intro(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    sample_window.tabs.setCurrentIndex(1)
    intro = sample_window.article_editor.intro
    intro.setFocus()
    qtbot.keyClick(intro, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    before = sample_window.doc.article.intro
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    qtbot.keyClicks(intro, "Ferries leave at dawn. ")
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    qtbot.keyClicks(intro, "Bring a coat")
    typed = sample_window.doc.article.intro
    assert typed.endswith("Ferries leave at dawn. \n\nBring a coat")

    _undo(sample_window)
    assert sample_window.doc.article.intro.endswith("dawn. \n\nBring a ")
    assert intro.toPlainText() == sample_window.doc.article.intro
    _undo(sample_window)
    assert sample_window.doc.article.intro.endswith("dawn. \n\nBring ")
    while sample_window.doc.article.intro != before and sample_window.doc.undo_stack.canUndo():
        _undo(sample_window)
    assert sample_window.doc.article.intro == before  # every step on the way was a real state
    assert not sample_window.isWindowModified()
    while sample_window.doc.undo_stack.canRedo():
        _redo(sample_window)
    assert sample_window.doc.article.intro == typed
    assert intro.toPlainText() == typed


def test_a_pause_ends_a_step(qtbot: Any, sample_window: MainWindow, clock: FakeClock) -> None:
    heading = _at_end(sample_window.slide_editor.fields["heading"])
    qtbot.keyClicks(heading, " al")
    clock.now += typing_steps.PAUSE_S + 0.5  # the writer stops to think
    qtbot.keyClicks(heading, "ways")
    _undo(sample_window)
    assert sample_window.doc.article.slides[0].heading.endswith(" al")


def test_a_cursor_jump_and_a_field_change_end_a_step(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    original = sample_window.doc.article.slides[0].heading
    heading = _at_end(sample_window.slide_editor.fields["heading"])
    qtbot.keyClicks(heading, "x")
    heading.home(False)
    qtbot.keyClicks(heading, "y")
    credit = _at_end(sample_window.slide_editor.fields["credit"])
    qtbot.keyClicks(credit, "z")
    assert sample_window.doc.article.slides[0].heading == "y" + original + "x"
    _undo(sample_window)
    assert not sample_window.doc.article.slides[0].credit.endswith("z")
    assert sample_window.doc.article.slides[0].heading == "y" + original + "x"
    _undo(sample_window)
    assert sample_window.doc.article.slides[0].heading == original + "x"
    _undo(sample_window)
    assert sample_window.doc.article.slides[0].heading == original


def test_backspacing_a_word_is_one_step(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    original = sample_window.doc.article.slides[0].heading
    heading = _at_end(sample_window.slide_editor.fields["heading"])
    for _ in range(4):
        qtbot.keyClick(heading, Qt.Key.Key_Backspace)
    assert sample_window.doc.article.slides[0].heading == original[:-4]
    _undo(sample_window)
    assert sample_window.doc.article.slides[0].heading == original
    _redo(sample_window)
    assert heading.text() == original[:-4]


def test_typing_after_a_save_starts_a_new_step(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    heading = _at_end(sample_window.slide_editor.fields["heading"])
    qtbot.keyClicks(heading, " at")
    assert sample_window.session.save()
    saved = sample_window.doc.article.slides[0].heading
    qtbot.keyClicks(heading, "last")
    assert sample_window.isWindowModified()
    _undo(sample_window)
    assert sample_window.doc.article.slides[0].heading == saved
    assert not sample_window.isWindowModified()


def test_steps_keep_only_what_changed(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    """A long body's history must not hold two copies of the body per word typed."""
    body = sample_window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "one two three four five six ")
    stack = sample_window.doc.undo_stack
    for i in range(stack.count()):
        command = stack.command(i)
        held = [getattr(command, name, None) for name in ("old", "new")]
        assert all(value is None or len(str(value)) < 40 for value in held)


def test_typing_over_a_selection_that_starts_with_the_letter_typed_is_one_step(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    """Seen at the desk: the writer selected all of Language ("en-GB") and typed "en-G"; one
    Ctrl+Z left "e", a value nobody typed (the first "e" over "en-GB" read as deleting "n-GB",
    which the letters after it did not continue). Typed over, it is one step, as it is when the
    first letter differs from the selection's."""
    window = sample_window
    window.tabs.setCurrentIndex(1)
    lang = window.article_editor.fields["lang"]
    before = window.doc.article.lang
    assert before.startswith("e")
    lang.setFocus()
    lang.selectAll()
    qtbot.keyClicks(lang, "en-G")
    assert window.doc.article.lang == "en-G"
    _undo(window)
    assert window.doc.article.lang == before
    assert lang.text() == before
    _redo(window)
    assert window.doc.article.lang == "en-G"
