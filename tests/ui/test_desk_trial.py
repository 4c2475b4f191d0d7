"""A working writer's trial of the window (Dutch paste import, notes, focus mode, closing,
the Date field, File ▸ New, the status line): each test drives the real window as the writer did
and checks what the writer saw go wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from test_notes_frictions import type_in_next_note_dialog
from uihelpers import answer_next_message_box, run_js

from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow

DUTCH_PAGE = """Home > Reizen

Drie molens aan de Zaan

Door Anna Bakker
Gepubliceerd op 4 mrt. 2026

Langs de rivier draaien nog molens die je van binnen kunt bekijken.

1. De Kat

Foto: Erik Jansen/ANP

Een verfmolen die nog elke week maalt, met een winkeltje op de begane grond.

2. Het Jonge Schaap

Foto: Sanne de Wit

Herbouwd naar oude tekeningen, steen voor steen en balk voor balk.

3. De Zoeker

Foto: Hans Koster

Een oliemolen aan de dijk, open op zaterdag.
"""


def page_text(qtbot: Any, window: MainWindow) -> str:
    return str(run_js(qtbot, window, "document.body.innerText"))


def test_a_pasted_dutch_page_is_dutch_as_a_file_import_of_it_is(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session.new_article(tmp_path / "molens")
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    mime = QMimeData()
    mime.setText(DUTCH_PAGE)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.slide_editor.body.insertFromMimeData(mime)
    assert seen and "3 slides" in seen[0]
    pasted = window.doc.article
    assert (pasted.lang, pasted.author, pasted.date) == ("nl", "Anna Bakker", "2026-03-04")
    qtbot.waitUntil(lambda: "4 maart 2026" in page_text(qtbot, window), timeout=10000)
    shown = page_text(qtbot, window)
    assert "Door Anna Bakker" in shown and "Foto" in shown and "Credit" not in shown
    assert "March" not in shown

    # the same page through File ▸ Import… makes the same article
    source = tmp_path / "molens.txt"
    source.write_text(DUTCH_PAGE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "imported")
    window.doc.undo_stack.setClean()
    window.actions_by_name["import"].trigger()
    imported = window.doc.article
    assert window.doc.bundle == tmp_path / "imported"
    for name in ("lang", "author", "date", "title", "categories", "intro", "credit_label"):
        assert getattr(imported, name) == getattr(pasted, name), name
    assert [s.credit for s in imported.slides] == [s.credit for s in pasted.slides]


def notes_of(window: MainWindow) -> Any:
    return window.findChild(HistoryAndNotes).notes


def ctrl_shift_m(qtbot: Any, window: MainWindow) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M, modifiers)


def test_the_first_ctrl_shift_m_after_adding_a_note_takes_the_writer_to_the_notes(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    panel = notes_of(window)
    assert not panel.isVisible()
    seen: list[tuple[str, bool, bool]] = []
    type_in_next_note_dialog(qtbot, "Check the photographer's name", seen)
    window.actions_by_name["add_note"].trigger()
    assert seen and panel.isVisible()  # the note just added, listed
    window.activateWindow()
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    qtbot.waitUntil(heading.hasFocus)

    ctrl_shift_m(qtbot, window)  # the first press: to the notes
    qtbot.waitUntil(lambda: panel.tree.hasFocus())
    assert panel.isVisible() and panel.toggleViewAction().isChecked()

    ctrl_shift_m(qtbot, window)  # from the notes: put away, back to the heading
    qtbot.waitUntil(lambda: not panel.isVisible())
    qtbot.waitUntil(heading.hasFocus)
    assert not panel.toggleViewAction().isChecked()

    ctrl_shift_m(qtbot, window)  # and back again
    qtbot.waitUntil(lambda: panel.isVisible() and panel.tree.hasFocus())


def test_focus_mode_puts_the_notes_away_and_brings_them_back(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    panel = notes_of(window)
    panel.toggleViewAction().trigger()
    qtbot.waitUntil(panel.isVisible)
    window.actions_by_name["focus"].trigger()
    qtbot.waitUntil(lambda: not window.problems.isVisible())
    assert not panel.isVisible()
    assert "only the editor" in window.statusBar().currentMessage()
    window.actions_by_name["focus"].trigger()
    qtbot.waitUntil(lambda: panel.isVisible() and window.problems.isVisible())


def test_the_start_page_shows_no_notes_of_the_article_closed(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    bundle = window.doc.bundle
    panel = notes_of(window)
    panel.add_note(0, "One")
    panel.add_note(1, "Two")
    panel.toggleViewAction().trigger()
    qtbot.waitUntil(panel.isVisible)
    assert "2 open" in panel.windowTitle()
    window.doc.undo_stack.setClean()
    window.actions_by_name["close"].trigger()
    assert window.doc is None
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert "open" not in panel.windowTitle() and "open" not in panel.toggleViewAction().text()
    assert window.session.open_path(bundle)  # the next article brings the panel back
    qtbot.waitUntil(panel.isVisible)


def date_typed(qtbot: Any, window: MainWindow, text: str, enter: bool) -> Any:
    window.tabs.setCurrentIndex(1)
    date = window.article_editor.date
    date.line.clear()
    qtbot.keyClicks(date.line, text)
    if enter:
        qtbot.keyClick(date.line, Qt.Key.Key_Return)
    return date


def test_a_date_that_is_no_date_is_not_lost_unasked_when_the_article_closes(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    date = date_typed(qtbot, window, "next Tuesday", enter=True)
    qtbot.waitUntil(date.problem.isVisible)  # the red hint
    assert not window.doc.modified
    asked: list[str] = []
    answers = iter([False, True])

    def yes_no(
        title: str, text: str, default_yes: bool = False, yes: str = "", no: str = ""
    ) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(window.session.prompts, "yes_no", yes_no)
    window.actions_by_name["close"].trigger()  # Ctrl+W: "Keep Editing"
    assert asked and "next Tuesday" in asked[0]
    assert window.doc is not None and date.text() == "next Tuesday"
    window.actions_by_name["close"].trigger()  # "Close Without It"
    assert window.doc is None and len(asked) == 2


def test_a_date_typed_without_enter_is_an_unsaved_change_when_the_article_closes(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    date_typed(qtbot, window, "5 March 2027", enter=False)
    asked: list[str] = []
    monkeypatch.setattr(
        window.session.prompts, "save_changes", lambda name: asked.append(name) or "cancel"
    )
    window.actions_by_name["close"].trigger()
    assert asked and window.doc is not None
    assert window.doc.article.date == "2027-03-05"


def test_file_new_puts_the_cursor_in_the_first_slides_heading(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = window.session.prompts
    monkeypatch.setattr(prompts, "new_title", lambda title: "Harbour Lights")
    monkeypatch.setattr(prompts, "new_folder", lambda title, suggested="": tmp_path / suggested)
    window.activateWindow()
    window.actions_by_name["new"].trigger()
    assert window.doc is not None and window.doc.article.title == "Harbour Lights"
    heading = window.slide_editor.fields["heading"]
    qtbot.waitUntil(heading.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "The Old Light")
    assert window.doc.article.slides[0].heading == "The Old Light"


def test_the_status_line_stops_asking_for_a_credit_once_it_is_typed(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.new_article(tmp_path / "plain")
    picture = tmp_path / "plain.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(picture))
    window.parts.slides.set_image(0, picture)
    bar = window.statusBar()
    assert "type the slide's credit" in bar.currentMessage()
    credit = window.slide_editor.fields["credit"]
    credit.setFocus()
    qtbot.keyClicks(credit, "Ana Ruiz")  # the typing itself takes the request away
    assert "type the slide's credit" not in bar.currentMessage()
    assert window.doc.article.slides[0].credit == "Ana Ruiz"


def test_the_import_says_in_one_short_sentence_what_came_in(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "molens.txt"
    source.write_text(DUTCH_PAGE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "imported")
    window.actions_by_name["import"].trigger()
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said == "Imported 3 slides from molens.txt."
    position = window.parts.status_line.position_label
    qtbot.waitUntil(lambda: position.text() == "Slide 1 of 3")
    room = position.mapTo(bar, position.rect().topLeft()).x()
    assert bar.fontMetrics().horizontalAdvance(said) < room  # whole, left of "Slide 1 of 3"
