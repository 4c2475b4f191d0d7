"""Undo steps a writer would call one (issue 27): a sentence added at the end of a paragraph goes
back a word at a time with no lone space for a step, and no undo ever shows two spaces side by
side that the writer never left there, even after a pause."""

from __future__ import annotations

from typing import Any

import pytest

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


def _body_at(qtbot: Any, window: MainWindow, row: int, position: int) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])
    body = window.slide_editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)
    return body


def _undo_all(window: MainWindow, row: int, original: str) -> list[str]:
    states = []
    while window.doc.article.slides[row].body != original and window.doc.undo_stack.canUndo():
        window.actions_by_name["undo"].trigger()
        states.append(window.doc.article.slides[row].body)
    return states


def test_a_sentence_typed_at_a_paragraphs_end_undoes_word_by_word_without_a_lone_space(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    window = sample_window
    original = window.doc.article.slides[2].body
    end = original.index("\n\n")
    body = _body_at(qtbot, window, 2, end)
    qtbot.keyClicks(body, " And a tearoom.")
    assert window.doc.article.slides[2].body == original[:end] + " And a tearoom." + original[end:]
    states = _undo_all(window, 2, original)
    head, tail = original[:end], original[end:]
    assert states == [head + " And a " + tail, head + " And " + tail, original]


def test_a_pause_after_a_space_typed_before_a_space_keeps_the_next_word_in_the_step(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock
) -> None:
    window = sample_window
    original = window.doc.article.slides[2].body
    assert "  " not in original
    after = original.index(" ", 10)  # the cursor right before a space between two words
    body = _body_at(qtbot, window, 2, after)
    qtbot.keyClicks(body, " old ")
    clock.now += typing_steps.PAUSE_S + 0.5  # the writer stops to think
    qtbot.keyClicks(body, "stone")
    clock.now += typing_steps.PAUSE_S + 0.5
    qtbot.keyClicks(body, " walls")
    typed = window.doc.article.slides[2].body
    assert typed == original[:after] + " old stone walls" + original[after:]
    states = _undo_all(window, 2, original)
    assert states[-1] == original
    assert not any("  " in s for s in states), [s[:40] for s in states]  # never "old  wakes"
