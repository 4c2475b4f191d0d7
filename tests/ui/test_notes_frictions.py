"""The editor's notes as the tester used them (issue 27, tester's finding 3): Add Note is one
dialog with the slide picked and the text focused, Ctrl+Enter sends a note or a reply, resolved
notes look resolved, a note shows whole on hover, the slide list marks slides with open notes,
and deleting such a slide says the notes went with it (Undo brings them back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from slidewright.ui.editing.slide_list import NotesRole
from slidewright.ui.notes.note_dialog import NoteDialog
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow

LONG = (
    "Check the photographer's name with the agency before Friday: the invoice spells it "
    "differently from the caption, and the licence ends in March."
)


def type_in_next_note_dialog(qtbot: Any, text: str, seen: list[tuple[str, bool, bool]]) -> None:
    """Type ``text`` into the next note dialog and send it with Ctrl+Enter, as a writer does;
    records (the place picked, whether the place box shows, whether the text had the focus)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog) or not dialog.text.hasFocus():
            QTimer.singleShot(20, fill)
            return
        seen.append((dialog.place.currentText(), dialog.place.isVisible(), dialog.text.hasFocus()))
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(20, fill)


def test_notes_from_adding_to_deleting_the_slide(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    doc = window.doc
    panel = window.findChild(HistoryAndNotes).notes
    panel.toggleViewAction().trigger()
    window.select_rows([2])
    seen: list[tuple[str, bool, bool]] = []
    type_in_next_note_dialog(qtbot, LONG, seen)
    window.actions_by_name["add_note"].trigger()  # Slide ▸ Add Note…: one dialog
    assert seen == [("Slide 3: The Lighthouse Keeper's Garden", True, True)]
    [note] = doc.article.slides[2].notes
    assert note.text == LONG
    item = panel.tree.topLevelItem(0)
    assert LONG in item.toolTip(1) and LONG in item.toolTip(0)  # whole on hover

    model = window.slide_list.model()
    assert model.data(model.index(2), NotesRole) == 1 and not model.data(model.index(1), NotesRole)
    assert "1 open note for the editor" in model.data(model.index(2), Qt.ItemDataRole.ToolTipRole)

    panel.tree.setCurrentItem(item)
    type_in_next_note_dialog(qtbot, "Done, it is Novakova", seen)
    panel.buttons["reply"].click()
    assert seen[-1][1] is False  # a reply has no place to pick
    assert [r.text for r in doc.article.slides[2].notes[0].replies] == ["Done, it is Novakova"]

    open_colour = panel.tree.topLevelItem(0).foreground(1).color()
    panel.set_resolved(note.id, True)
    assert model.data(model.index(2), NotesRole) == 0  # the marker goes with the last open note
    panel.show_resolved.setChecked(True)
    resolved = panel.tree.topLevelItem(0)
    assert "(resolved)" in resolved.text(1)
    assert resolved.foreground(1).color() != open_colour and resolved.font(1).italic()
    panel.set_resolved(note.id, False)

    window.select_rows([2])
    window.actions_by_name["delete_slide"].trigger()
    assert window.statusBar().currentMessage() == (
        "1 open note went with the deleted slide; Undo brings it back"
    )
    window.undo()
    assert [n.text for n in doc.article.slides[2].notes] == [LONG]
