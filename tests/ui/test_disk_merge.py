"""The article changed on disk while the writer has unsaved edits (issue 27, tester's finding 2):
Merge when the two changed different slides, Reload keeps the writer's version in History and is
one undo step, and when both changed the same field of a slide the prompt names the slide."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slidewright import load_article, save_article
from slidewright.ui.editing.commands import SetSlideField
from slidewright.ui.session import disk_conflict
from slidewright.ui.session.disk_conflict import KeyGuard
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


def answer_each(steps: list[Callable[[QMessageBox], None]], seen: list[QMessageBox]) -> None:
    """Handle the next message boxes in turn: ``steps[n]`` gets the n-th box to appear."""

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or box in seen:
            QTimer.singleShot(20, handle)
            return
        seen.append(box)
        steps[len(seen) - 1](box)
        if len(seen) < len(steps):
            QTimer.singleShot(20, handle)

    QTimer.singleShot(20, handle)


def click(name: str) -> Callable[[QMessageBox], None]:
    return lambda box: next(b for b in box.buttons() if b.text() == name).click()


def test_a_change_made_while_the_prompt_is_open_is_not_lost(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """Tester's data loss: slide 8 changed on disk, then slide 7 while the prompt was open;
    Merge took slide 8 only and no one asked about slide 7. Now the writer is asked again."""
    window = sample_window
    doc = window.doc
    type_caption(qtbot, window, 4, " Mine")
    mine = doc.article.slides[4].caption

    def change_again_then_merge(box: QMessageBox) -> None:
        looked: list[bool] = []
        window.session.watch._settle.timeout.connect(lambda: looked.append(True))
        edit_on_disk(window, 6, "Theirs, later")  # slide 7, while the prompt is open
        qtbot.waitUntil(lambda: bool(looked), timeout=5000)  # the watcher saw it, prompt open
        click("Merge")(box)

    seen: list[QMessageBox] = []
    answer_each([change_again_then_merge, click("Merge")], seen)
    edit_on_disk(window, 7, "Theirs")  # slide 8
    qtbot.waitUntil(lambda: doc.article.slides[6].heading == "Theirs, later", timeout=10000)
    assert len(seen) == 2 and "slide 7" in seen[1].text()  # asked about the newer change
    assert (doc.article.slides[7].heading, doc.article.slides[4].caption) == ("Theirs", mine)
    assert window.current_row() == 4  # still on the slide being edited, not slide 1
    assert window.session.save()  # nothing left to overwrite: no question
    saved = load_article(doc.bundle)
    assert [saved.slides[n].heading for n in (6, 7)] == ["Theirs, later", "Theirs"]
    assert saved.slides[4].caption == mine


def test_saving_over_a_changed_file_is_not_confirmed_by_a_bare_letter_and_can_merge(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """The overwrite question took "y" (German "j", French "o") as Yes and lost their change;
    now no key but a deliberate click overwrites, Enter cancels, and Merge and Save is offered."""
    window = sample_window
    doc = window.doc
    type_caption(qtbot, window, 4, " Mine")
    mine = doc.article.slides[4].caption
    seen: list[QMessageBox] = []
    stayed: list[bool] = []

    def letters_then_enter(box: QMessageBox) -> None:
        guard = box.findChild(KeyGuard)
        assert guard is not None
        qtbot.waitUntil(guard.ready, timeout=5000)  # keys count now; letters still must not
        for key in (Qt.Key.Key_Y, Qt.Key.Key_J, Qt.Key.Key_O):
            qtbot.keyClick(box.focusWidget() or box, key)
        stayed.append(box.isVisible())
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)  # the default: Cancel

    answer_each([click("Keep My Version"), letters_then_enter, click("Merge and Save")], seen)
    edit_on_disk(window, 7, "Theirs")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)
    assert not window.session.save()  # cancelled
    assert stayed == [True] and load_article(doc.bundle).slides[4].caption != mine
    assert [b.text() for b in seen[1].buttons()].count("Merge and Save") == 1
    assert window.session.save()
    saved = load_article(doc.bundle)
    assert (saved.slides[7].heading, saved.slides[4].caption) == ("Theirs", mine)
    assert window.current_row() == 4


def test_a_key_pressed_as_the_prompt_appears_does_not_answer_it(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prompt popped up mid-sentence and the next space clicked its focused Merge button.
    (The keys must land before the guard's moment is over: it is made long here, so that a
    loaded machine's slow key delivery cannot decide the test.)"""
    monkeypatch.setattr(disk_conflict, "SETTLE_MS", 3_600_000)
    window = sample_window
    doc = window.doc
    doc.undo_stack.push(SetSlideField(doc, 0, "caption", "Mine"))  # unsaved, not typed just now
    stayed: list[bool] = []

    def space_at_once(box: QMessageBox) -> None:
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
            qtbot.keyClick(box.focusWidget() or box, key)
        stayed.append(box.isVisible())
        click("Keep My Version")(box)

    answer_each([space_at_once], [])
    edit_on_disk(window, 2, "Theirs")
    qtbot.waitUntil(lambda: bool(stayed), timeout=10000)
    assert stayed == [True]
    assert window.doc.article.slides[2].heading != "Theirs"  # kept: nothing was merged
