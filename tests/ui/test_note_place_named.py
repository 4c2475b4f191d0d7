"""Slide ▸ Add Note… (a writer's trial): the dialog offered "Slide 3", a number that changes
whenever slides move; it names the slide by its heading too."""

from __future__ import annotations

from typing import Any

import pytest

from slidewright.ui.notes import panel
from slidewright.ui.window.main_window import MainWindow


def test_add_note_names_the_slide_by_its_heading(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    offered: list[list[str]] = []

    def dialog(_parent: Any, _title: str, _label: str, places: list[str]) -> tuple[int, str]:
        offered.append(places)  # what the writer reads in "Note on:"; they send a note
        return 0, "Can we get a photo of the market at dawn?"

    monkeypatch.setattr(panel, "ask_note", dialog)
    window.select_rows([1])
    qtbot.waitUntil(lambda: window.slide_editor.index == 1)
    window.actions_by_name["add_note"].trigger()  # Slide ▸ Add Note… (Ctrl+Alt+M)
    heading = window.doc.article.slides[1].heading
    assert offered == [[f"Slide 2: {heading}", "The article"]]  # (before: "Slide 2")
    assert window.doc.article.slides[1].notes[-1].text.startswith("Can we get a photo")
