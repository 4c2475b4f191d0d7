"""Unsaved changes survive a session that ends without saving, and never touch the article file."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox
from uihelpers import answer_next_message_box

from slidewright.ui import recovery
from slidewright.ui.main_window import MainWindow


def test_changes_are_copied_aside_and_offered_back(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    before = sample_window.doc.index_file.read_bytes()
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "Fog, Then Sun")
    sample_window.recovery.snapshot()
    assert sample_window.doc.index_file.read_bytes() == before  # the article itself is untouched
    assert list(recovery.recovery_dir().glob("*.md"))
    bundle = sample_window.doc.bundle
    sample_window.doc.undo_stack.setClean()  # the session "ends" without saving or discarding

    again = MainWindow(settings)
    qtbot.addWidget(again)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    assert again.files.open_path(bundle)
    assert seen and "Restore them?" in seen[0]
    assert again.doc.article.slides[0].heading == "Fog, Then Sun"
    assert again.isWindowModified()
    again.undo()
    assert again.doc.article.slides[0].heading == "Where the Fog Lifts Late"
    assert not list(recovery.recovery_dir().glob("*.md"))
    again.doc.undo_stack.setClean()


def test_saving_removes_the_recovery_copy(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Dawn")
    sample_window.recovery.snapshot()
    assert list(recovery.recovery_dir().glob("*.md"))
    assert sample_window.files.save()
    assert not list(recovery.recovery_dir().glob("*.md"))


def test_nothing_is_kept_for_an_unmodified_article(sample_window: MainWindow) -> None:
    sample_window.recovery.snapshot()
    assert not list(recovery.recovery_dir().glob("*.md"))
