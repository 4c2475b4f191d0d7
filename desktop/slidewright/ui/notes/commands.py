"""Every change to the editor's notes is one undo step, like any other edit of the article."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from slidewright.model import Slide
from slidewright.model.notes import Note
from slidewright.ui.editing.document import Document


def notes_of(doc: Document, index: int | None) -> list[Note]:
    return doc.article.notes if index is None else doc.article.slides[index].notes


class SetNotes(QUndoCommand):
    """The notes of slide ``index`` (None: the article's) become ``notes``."""

    def __init__(self, doc: Document, index: int | None, notes: list[Note], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.index = index
        self.old = copy.deepcopy(notes_of(doc, index))
        self.new = copy.deepcopy(notes)

    def redo(self) -> None:
        self.doc.set_notes(self.index, self.new)

    def undo(self) -> None:
        self.doc.set_notes(self.index, self.old)


def notes_gone(slides: list[Slide]) -> str:
    """The status line's word when deleted slides take open editor's notes with them ("" when
    they had none): the writer learns it at once, and that Undo brings them back."""
    count = sum(not note.resolved for slide in slides for note in slide.notes)
    if count == 1:
        return QCoreApplication.translate(
            "NotesGone", "1 open note went with the deleted slide; Undo brings it back"
        )
    if count:
        return QCoreApplication.translate(
            "NotesGone",
            "%n open notes went with the deleted slides; Undo brings them back",
            "",
            count,
        )
    return ""
