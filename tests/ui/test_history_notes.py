"""Version history and editor's notes in the real window: saves kept and summarised, a deleted
slide restored as one undo step, a note added, answered, resolved, saved and read back, and in
none of the window's outputs (preview, PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from spellhelpers import tools
from test_print_pdf import pdf_text
from uihelpers import run_js

from slidewright.fileformat import load_article
from slidewright.ui.dialogs import print_pdf
from slidewright.ui.notes import panel as notes_panel
from slidewright.ui.window.help import shortcut_rows
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow

PLANTED = "Zanzibar-quokka note for the editor only"


def parts(window: MainWindow) -> HistoryAndNotes:
    found = window.findChild(HistoryAndNotes)
    assert isinstance(found, HistoryAndNotes)
    return found


def test_three_saves_are_three_versions_and_a_deleted_slide_comes_back_as_one_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    doc = window.doc
    assert doc is not None
    count = len(doc.article.slides)
    gone = doc.article.slides[1].heading
    window.select_rows([0])
    window.slide_editor.body.setFocus()
    qtbot.keyClicks(window.slide_editor.body, " Added on Monday.")
    assert window.session.save()
    window.select_rows([1])
    window.actions_by_name["delete_slide"].trigger()
    assert len(doc.article.slides) == count - 1
    assert window.session.save()
    window.actions_by_name["add_slide"].trigger()
    assert window.session.save()

    window.actions_by_name["history"].trigger()
    dialog = parts(window).dialog
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 4  # the article as opened, then one version per save
    assert "Saved\n1 slide added" in rows[0]
    assert "Saved\n1 slide removed" in rows[1]
    assert "Saved\n1 slide edited" in rows[2]
    assert "As opened" in rows[3]
    assert "kB" in dialog.size_label.text() or "MB" in dialog.size_label.text()

    dialog.list.setCurrentRow(2)  # before the slide was deleted, compared with the article now
    shown = dialog.browser.toHtml()
    assert gone in shown and "Restore this slide" in shown
    dialog.browser.anchorClicked.emit(QUrl("restore-slide:1"))  # its "Restore this slide"
    assert [s.heading for s in doc.article.slides].count(gone) == 1
    assert doc.article.slides[1].heading == gone
    window.undo()  # one Ctrl+Z takes it away again
    assert gone not in [s.heading for s in doc.article.slides]

    opened = [s.heading for s in load_article(doc.bundle).slides]
    window.actions_by_name["add_slide"].trigger()  # an unsaved change, kept before the restore
    dialog.list.setCurrentRow(3)
    assert dialog.restore_version()
    assert len(doc.article.slides) == count and gone in [s.heading for s in doc.article.slides]
    assert dialog.list.item(0).text().startswith(dialog.versions[0].local_time())
    assert "Before restore" in dialog.list.item(0).text()
    window.undo()
    assert len(doc.article.slides) == len(opened) + 1

    before = len(dialog.store.versions(doc.bundle))
    renamed = doc.bundle.parent / "renamed-article"
    window.actions_by_name["add_slide"].trigger()
    assert window.session.save_as(renamed)  # Save As: the history goes along
    dialog.keeper.finish()
    assert len(dialog.store.versions(renamed)) == before + 1


def test_the_state_before_a_replace_all_is_kept(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    doc = window.doc
    assert doc is not None
    title = doc.article.title
    window.actions_by_name["add_slide"].trigger()  # an unsaved change, then Replace All
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = tools(window).find.bar
    qtbot.keyClicks(bar.find_box, "harbour")
    qtbot.mouseClick(bar.replace_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_box, "port")
    qtbot.keyClick(bar.replace_box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Replaced" in bar.status.text())
    assert doc.article.title != title  # unsaved: the history kept the words it had before
    keeper = parts(window).keeper
    keeper.finish()  # (kept on the worker thread)
    kept = keeper.store.versions(doc.bundle)
    store = keeper.store
    assert kept[-1].reason == "Before Replace All “harbour”"
    assert f"title: {title}" in store.text(doc.bundle, kept[-1])


def test_a_note_is_answered_resolved_saved_and_never_shown(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    doc = window.doc
    assert doc is not None
    panel = parts(window).notes
    parts(window).notes.toggleViewAction().trigger()  # View ▸ Notes
    assert panel.isVisible()
    rows = shortcut_rows(window.actions_by_name, window.parts.desk.extra)  # Help ▸ Keyboard Shortcuts
    assert ("File", "History", "Ctrl+Alt+H") in rows and ("View", "Notes", "Ctrl+Shift+M") in rows
    window.settings.set_value("preferences/defaultAuthor", "Ana Ruiz")  # Edit ▸ Preferences
    monkeypatch.setattr(notes_panel, "ask_note", lambda *_a: (0, "Via the menu"))
    window.select_rows([0])
    window.actions_by_name["add_note"].trigger()  # Slide ▸ Add Note…
    added = doc.article.slides[0].notes
    assert [(n.text, n.author) for n in added] == [("Via the menu", "Ana Ruiz")]
    assert doc.modified and panel.tree.topLevelItemCount() == 1
    window.undo()  # one step, like any edit
    assert doc.article.slides[0].notes == [] and panel.tree.topLevelItemCount() == 0

    note = panel.add_note(2, PLANTED)
    assert note is not None
    assert panel.tree.topLevelItem(0).text(0) == "Slide 3"
    panel.reply(note.id, "Answered: checked with the photographer")
    assert panel.tree.topLevelItem(0).child(0).text(1).startswith("↳ Answered")
    panel.set_resolved(note.id, True)
    assert panel.tree.topLevelItemCount() == 0  # open notes only, unless asked
    panel.show_resolved.setChecked(True)
    assert "(resolved)" in panel.tree.topLevelItem(0).text(1)
    window.select_rows([0])
    panel.tree.itemDoubleClicked.emit(panel.tree.topLevelItem(0), 0)
    assert window.current_row() == 2
    assert window.session.save()

    saved = load_article(doc.bundle)
    kept = saved.slides[2].notes[0]
    assert kept.text == PLANTED and kept.resolved
    assert kept.replies[0].text == "Answered: checked with the photographer"
    assert window.session.open_path(doc.bundle)  # reopened: still there
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    panel.refresh()
    assert PLANTED in panel.tree.topLevelItem(0).toolTip(1)

    page = run_js(qtbot, window, "document.documentElement.outerHTML")
    assert window.doc.article.slides[2].heading in page and PLANTED not in page
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(print_pdf, "ask_pdf_path", lambda parent, doc: target)
    window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(lambda: "PDF saved" in window.statusBar().currentMessage(), timeout=30000)
    _pages, text = pdf_text(target)
    assert window.doc.article.slides[2].heading in text and "Zanzibar" not in text
