"""History's restore and prune as the tester used them (issue 27, tester's finding 4): "Restore
this slide" keeps the state before it as a version, listed at once; Prune offers keeping the 10,
50 or 100 newest or dropping versions older than 30 or 90 days, each saying what it frees."""

from __future__ import annotations

import dataclasses
import datetime
import json
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

from slidewright.history.store import VERSIONS
from slidewright.ui.session.prune_dialog import PruneDialog
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow


def keeper_of(window: MainWindow) -> Any:
    found = window.findChild(HistoryAndNotes)
    assert found is not None
    return found


def test_restore_this_slide_keeps_the_state_before_it(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    gone = doc.article.slides[1].heading
    window.select_rows([1])
    window.actions_by_name["delete_slide"].trigger()
    assert window.session.save()
    window.actions_by_name["add_slide"].trigger()  # an unsaved change the restore must not lose
    window.actions_by_name["history"].trigger()
    dialog = keeper_of(window).dialog
    dialog.list.setCurrentRow(1)  # "As opened", before the slide was deleted
    picked = dialog.current()
    dialog.browser.anchorClicked.emit(QUrl("restore-slide:1"))  # its "Restore this slide"
    assert doc.article.slides[1].heading == gone
    assert "Before restoring slide 2" in dialog.list.item(0).text()  # listed at once
    assert dialog.current() == picked  # the writer's pick stays picked
    store = dialog.store
    before = store.text(doc.bundle, store.versions(doc.bundle)[-1])
    assert before.count("heading:") == len(doc.article.slides)  # with the unsaved new slide


def test_prune_offers_newest_and_age_choices_with_the_space_they_free(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    for n in range(14):  # fourteen saves: fifteen versions with "As opened"
        doc.set_slide_field(0, "caption", f"Caption {n}")
        doc.undo_stack.resetClean()
        assert window.session.save()
    keeper = keeper_of(window).keeper
    keeper.finish()
    store = keeper.store
    folder = store.folder(doc.bundle)
    lines = (folder / VERSIONS).read_text("utf-8").splitlines()
    old = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=45)
    aged = []
    for n, line in enumerate(lines):  # the first five were kept 45 days ago
        record = json.loads(line)
        if n < 5:
            record["time"] = old.isoformat(timespec="seconds")
        aged.append(json.dumps(record))
    (folder / VERSIONS).write_text("\n".join(aged) + "\n", "utf-8")
    assert len(store.versions(doc.bundle)) == 15

    window.actions_by_name["history"].trigger()
    dialog = keeper_of(window).dialog
    seen: list[list[tuple[str, bool]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, PruneDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append([(b.text(), b.isEnabled()) for b in box.group.buttons()])
        box.group.buttons()[3].click()  # older than 30 days
        box.delete_button.click()

    QTimer.singleShot(20, answer)
    dialog.prune_button.click()
    assert seen, "no prune dialog"
    texts = [text for text, _ in seen[0]]
    assert texts[0].startswith("Keep the 10 newest versions — 5 versions, frees ")
    assert texts[1].endswith("nothing to delete") and not seen[0][1][1]  # 50 newest: all kept
    assert texts[3].startswith("Delete versions older than 30 days — 5 versions, frees ")
    assert texts[4].endswith("nothing to delete")
    assert len(store.versions(doc.bundle)) == 10
    assert dialog.list.count() == 10
    assert dataclasses.asdict(store.versions(doc.bundle)[-1])["reason"] == "Saved"
