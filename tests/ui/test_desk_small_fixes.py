"""Small frictions from the tester's 26 minutes (issue 27, finding 5): Save As offers a folder
named from the title, New Article starts with an empty Find bar, and the Problems panel opens
tall enough to read (and keeps the height the writer gives it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from uihelpers import started

from slidewright.ui.dialogs import prompts
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


def answer_file_dialog(qtbot: Any, name: str | None, seen: dict[str, str]) -> None:
    """Record the name the next file dialog offers; type ``name`` (None: keep it) and accept."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["offered"] = box.text()
        if name is not None:
            box.selectAll()
            qtbot.keyClicks(box, name)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer)


def test_save_as_offers_a_folder_named_from_the_title(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    (tmp_path / "Documents").mkdir()
    window = sample_window
    window.doc.set_article_field("title", "Night Ferries of the Ionian")
    seen: dict[str, str] = {}
    answer_file_dialog(qtbot, None, seen)
    window.actions_by_name["save_as"].trigger()
    assert seen["offered"] == "night-ferries-of-the-ionian"
    assert window.doc.bundle.name == "night-ferries-of-the-ionian"


def test_new_article_starts_with_an_empty_find_bar(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.parts.tools.find.bar
    qtbot.keyClicks(bar.find_box, "harbour")
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: " of " in bar.status.text())
    window.doc.undo_stack.setClean()
    monkeypatch.setattr(prompts, "ask_title", lambda *_a, **_k: "Island walks")
    monkeypatch.setattr(prompts, "ask_new_folder", lambda *_a, **_k: tmp_path / "island-walks")
    window.actions_by_name["new"].trigger()
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.bundle.name == "island-walks")
    assert bar.find_box.text() == "" and bar.status.text() == ""


def test_the_problems_panel_opens_tall_enough_and_keeps_its_height(
    qtbot: Any, sample_window: MainWindow, settings: Settings
) -> None:
    window = sample_window
    tree = window.problems.tree
    rows = tree.viewport().height() // tree.sizeHintForRow(0)
    assert rows >= 10, f"only {rows} rows of findings show"
    window.resizeDocks([window.problems], [230], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.problems.height() == 230)
    window.save_layout()
    window.doc.undo_stack.setClean()
    window.close()  # the second window keeps the height the first one left
    again = started(qtbot, settings, plan_start(window.doc.bundle, False, settings))
    qtbot.waitUntil(lambda: again.problems.ready, timeout=60000)
    assert again.problems.height() == 230
