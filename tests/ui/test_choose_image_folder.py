"""Choose Image… starts where the last picture came from (a writer's trial): it always opened in
Documents/Slidewright, so eight pictures from one shoot in Downloads meant finding that folder
eight times. The folder is remembered in the settings, so a new session starts there too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from imagefactory import make_image
from slidewright.ui.window.main_window import MainWindow


def test_the_second_picture_is_chosen_from_the_folder_of_the_first(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    shoot = tmp_path / "Downloads" / "city-birds"
    pictures = [make_image(shoot / f"{n:02d}.jpg", size=(640, 480), seed=n) for n in (1, 2)]
    asked: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)  # the folder the writer sees first; they pick the next picture
        return str(pictures[len(asked) - 1]), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    for row in (0, 1):
        window.select_rows([row])
        qtbot.waitUntil(lambda row=row: window.slide_editor.index == row)
        before = window.doc.article.slides[row].image
        window.slide_editor.choose_button.click()  # Choose Image…, as the writer clicks it
        assert window.doc.article.slides[row].image != before  # the chosen picture, copied in
    assert Path(asked[0]) != shoot  # the first time: the writer's documents
    assert Path(asked[1]) == shoot  # (before: Documents/Slidewright again)
    assert Path(window.settings.text("dialogs/image_folder")) == shoot
