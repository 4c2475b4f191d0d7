"""Another program edits the open article: reload quietly, or ask when there are unsaved changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import answer_next_message_box

from slidewright import load_article, save_article
from slidewright.ui.session import file_watch
from slidewright.ui.window.main_window import MainWindow


def edit_on_disk(window: MainWindow, heading: str) -> None:
    article = load_article(window.doc.bundle)
    article.slides[2].heading = heading
    save_article(article, window.doc.bundle)


def test_an_outside_edit_reloads_an_unmodified_article(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.select_rows([2])
    edit_on_disk(sample_window, "The Keeper's Garden, Revisited")
    qtbot.waitUntil(
        lambda: sample_window.doc.article.slides[2].heading == "The Keeper's Garden, Revisited",
        timeout=5000,
    )
    assert sample_window.current_row() == 2
    assert sample_window.slide_editor.fields["heading"].text() == "The Keeper's Garden, Revisited"
    assert not sample_window.isWindowModified()


def test_our_own_save_is_not_mistaken_for_an_outside_edit(
    qtbot: Any, sample_window: MainWindow
) -> None:
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Early light")
    sample_window.session.save()
    doc = sample_window.doc
    qtbot.wait(600)
    assert sample_window.doc is doc  # not reloaded


def test_unsaved_changes_ask_and_keeping_mine_still_guards_the_save(
    qtbot: Any, sample_window: MainWindow
) -> None:
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Mine")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, seen)  # keep my version
    edit_on_disk(sample_window, "Theirs")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "changed by another program" in seen[0]
    assert sample_window.doc.article.slides[0].caption == "Mine"
    answer_next_message_box(
        QMessageBox.StandardButton.Cancel, seen
    )  # "overwrite their change?" -> no
    assert not sample_window.session.save()
    assert load_article(sample_window.doc.bundle).slides[2].heading == "Theirs"


def test_one_prompt_names_the_slides_the_other_program_changed(
    qtbot: Any, sample_window: MainWindow
) -> None:
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Mine")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)  # reload from disk
    edit_on_disk(sample_window, "Theirs")
    qtbot.waitUntil(lambda: sample_window.doc.article.slides[2].heading == "Theirs")
    assert len(seen) == 1
    assert "Changed: slide 3 (Theirs)" in seen[0]
    assert "slide 1" not in seen[0]  # the writer's own unsaved caption is not the other's change
    assert "slide 3 (Theirs)" in sample_window.statusBar().currentMessage()


def test_the_prompt_waits_while_the_writer_is_typing(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It popped up mid-sentence and took the next keys; now the status line says it waits,
    and it comes once the writer pauses. (The pause is made by the test, not waited for: a
    loaded machine could otherwise take longer than a typing pause between two steps.)"""
    monkeypatch.setattr(file_watch, "TYPING_MS", 3_600_000)  # still typing, however slow
    window = sample_window
    field = window.slide_editor.fields["caption"]
    field.setFocus()
    qtbot.keyClicks(field, "Mine")
    seen: list[str] = []
    edit_on_disk(window, "Theirs")
    qtbot.waitUntil(
        lambda: "you will be asked when you pause" in window.statusBar().currentMessage(),
        timeout=5000,
    )
    assert window.statusBar().currentMessage().startswith("index.md was changed")
    assert QApplication.activeModalWidget() is None  # not asked yet: the writer is typing
    answer_next_message_box(QMessageBox.StandardButton.No, seen)  # keep my version
    monkeypatch.setattr(file_watch, "TYPING_MS", 0)  # the writer pauses
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)  # asked once they paused
    assert "changed by another program" in seen[0]
    assert field.text() == "Mine"
