"""Every change to the editor's notes is one undo step, like any other edit of the article."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

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
