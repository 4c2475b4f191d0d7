"""The article changed on disk while the writer has unsaved edits (issue 27, tester's finding 2):
Merge when the two changed different slides, Reload keeps the writer's version in History and is
one undo step, and when both changed the same field of a slide the prompt names the slide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slidewright import load_article, save_article
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow


def edit_on_disk(window: MainWindow, row: int, heading: str) -> None:
    article = load_article(window.doc.bundle)
    article.slides[row].heading = heading
    save_article(article, window.doc.bundle)


def answer(button: str, seen: list[tuple[str, list[str]]]) -> None:
    """Click the button named ``button`` in the next message box; record its text and buttons."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        names = [b.text() for b in box.buttons()]
        seen.append((box.text(), names))
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(20, click)


def type_caption(
    qtbot: Any, window: MainWindow, row: int, text: str, name: str = "caption"
) -> None:
    window.select_rows([row])
    field = window.slide_editor.fields[name]
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_merge_takes_their_slide_and_keeps_my_edit_as_one_undo_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    original = doc.article.slides[2].heading
    type_caption(qtbot, window, 0, "Mine")
    mine = doc.article.slides[0].caption
    seen: list[tuple[str, list[str]]] = []
    answer("Merge", seen)
    edit_on_disk(window, 2, "Theirs")
    qtbot.waitUntil(lambda: window.doc.article.slides[2].heading == "Theirs", timeout=5000)
    assert "Merge" in seen[0][1] and "Changed: slide 3" in seen[0][0]
    assert window.doc is doc and doc.article.slides[0].caption == mine  # my edit stays
    assert doc.modified and window.isWindowModified()  # the merge is not saved yet
    assert "Merged" in window.statusBar().currentMessage()
    window.undo()  # one step takes the merge back
    assert (doc.article.slides[2].heading, doc.article.slides[0].caption) == (original, mine)
    window.actions_by_name["redo"].trigger()
    assert window.session.save()  # no "changed by another program?" question: it was merged
    saved = load_article(doc.bundle)
    assert (saved.slides[2].heading, saved.slides[0].caption) == ("Theirs", mine)


def test_reload_keeps_my_version_in_history_and_undo_brings_it_back(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    type_caption(qtbot, window, 0, "Unsaved words")
    mine = doc.article.slides[0].caption
    seen: list[tuple[str, list[str]]] = []
    answer("Reload from Disk", seen)
    edit_on_disk(window, 2, "Theirs")
    qtbot.waitUntil(lambda: window.doc.article.slides[2].heading == "Theirs", timeout=5000)
    assert window.doc.article.slides[0].caption != mine
    assert not window.isWindowModified()
    keeper = window.findChild(HistoryAndNotes).keeper
    keeper.finish()
    kept = keeper.store.versions(window.doc.bundle)
    assert kept[-1].reason == "Before reload"
    assert "Unsaved words" in keeper.store.text(window.doc.bundle, kept[-1])
    window.undo()  # the unsaved edit is back, as an unsaved edit
    assert window.doc.article.slides[0].caption == mine and window.isWindowModified()


def test_when_both_changed_the_same_slide_the_prompt_names_it_and_offers_no_merge(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    type_caption(qtbot, window, 2, " Mine", name="heading")  # the same field as theirs
    seen: list[tuple[str, list[str]]] = []
    answer("Keep My Version", seen)
    edit_on_disk(window, 2, "Theirs")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    text, buttons = seen[0]
    assert "Merge" not in buttons
    assert "You and the other program both changed: slide 3" in text
    assert "Mine" in window.doc.article.slides[2].heading  # nothing changed
