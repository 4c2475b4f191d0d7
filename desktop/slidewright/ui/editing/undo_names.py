"""Edit ▸ Undo and Redo say what they will undo or redo ("Undo Edit slide 3 body", "Undo Bold"),
as QUndoStack.createUndoAction's prefix does, while keeping the window's own actions (their
shortcuts, their place in the menus and in the fields' right-click menu).

The prefix is translated as a whole sentence with a placeholder, so a language may put the step's
name first; the step's name is already translated where the command is made."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack


class UndoNames(QObject):
    """Keeps the Undo and Redo actions' texts in step with the document's undo stack."""

    def __init__(self, undo: QAction, redo: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo, self.redo = undo, redo
        self.stack: QUndoStack | None = None

    def follow(self, stack: QUndoStack) -> None:
        """Name the steps of ``stack`` (a newly opened document's) from now on."""
        if self.stack is not None:
            try:
                self.stack.undoTextChanged.disconnect(self._undo_changed)
                self.stack.redoTextChanged.disconnect(self._redo_changed)
            except (RuntimeError, TypeError):  # the old stack has already gone
                pass
        self.stack = stack
        stack.undoTextChanged.connect(self._undo_changed)
        stack.redoTextChanged.connect(self._redo_changed)
        stack.destroyed.connect(self._forget)
        self._undo_changed(stack.undoText())
        self._redo_changed(stack.redoText())

    def _forget(self, *_: object) -> None:
        self.stack = None

    def _undo_changed(self, step: str) -> None:
        self.undo.setText(self.tr("&Undo {step}").format(step=step) if step else self.tr("&Undo"))

    def _redo_changed(self, step: str) -> None:
        self.redo.setText(self.tr("&Redo {step}").format(step=step) if step else self.tr("&Redo"))
