"""The read-more table's caption cells: edited in a one-line field that takes inline Markdown, so
the Format menu, its keys and the toolbar work in them as in a slide's caption (issue 27).

The table writes a cell when its editor closes; a Format command cannot wait for that, so
``commit`` hands the editor's text to the table at once and the article pane makes it one undo
step. An editor left open while the block is shown again (an undo) is closed without writing,
else it would put back the text the undo took away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from slidewright.ui.editing.fields import LineField

Index = QModelIndex | QPersistentModelIndex


class CaptionCells(QStyledItemDelegate):
    """The delegate of the Links table: a LineField (inline Markdown) for the caption column."""

    def __init__(self, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.editor: LineField | None = None  # the caption cell being edited, if any

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        if index.column() != self.column:
            return super().createEditor(parent, option, index)
        editor = LineField("", parent)
        editor.inline_markdown = True
        editor.setFrame(False)
        editor.setAccessibleName(self.tr("Caption"))
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def commit(self, editor: QWidget) -> None:
        """Write ``editor``'s text into its cell now (the editor stays open)."""
        self.commitData.emit(editor)

    def drop_editor(self) -> None:
        """Close the open caption editor without writing its text."""
        if self.editor is not None:
            self.closeEditor.emit(self.editor)
