"""After Undo or Redo, the cursor goes where the change was, in the field and on the slide it
was made: as in any text editor, the next key lands beside what was just taken back or put back.

Without this, an undo that brought back another slide's text left the cursor at the position it
had on the slide the writer came from, and the next letter landed in the middle of a word."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.commands import FieldEdit, SetArticleField, SetSlideField
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.window.selection import SlideSelection


def text_step(command: QUndoCommand | None) -> FieldEdit | None:
    """The text edit an undo step made: the command itself, or a macro's only field edit (a
    formatting command, a spelling suggestion); None for slide moves and many-field macros."""
    if isinstance(command, FieldEdit):
        return command if command.diff is not None else None
    if command is not None and command.childCount() == 1:
        return text_step(command.child(0))
    return None


def place_cursor(
    command: QUndoCommand | None,
    undone: bool,
    selection: SlideSelection,
    slide_editor: SlideEditor,
    article_editor: ArticleEditor,
    tabs: QTabWidget,
) -> None:
    """Show the field ``command`` changed with its cursor after the text it took back (undone)
    or put back (redone). The focus moves there only when the writer was in a text field: an
    undo pressed in the slide list leaves the focus in the list."""
    step = text_step(command)
    if step is None or step.diff is None:
        return
    diff = step.diff
    position = diff.start + len(diff.removed if undone else diff.inserted)
    field: LineField | TextField | None
    if isinstance(step, SetSlideField):
        if selection.current_row() != step.index:
            selection.select_rows([step.index])
        tabs.setCurrentIndex(0)
        field = slide_editor.texts.get(step.name) or slide_editor.fields.get(step.name)
    elif isinstance(step, SetArticleField):
        tabs.setCurrentIndex(1)
        field = article_editor.texts.get(step.name) or article_editor.fields.get(step.name)
    else:
        return
    if field is None:
        return
    if isinstance(QApplication.focusWidget(), (LineField, TextField)):
        field.setFocus()
    if isinstance(field, QLineEdit):
        field.setCursorPosition(min(position, len(field.text())))
    else:
        cursor = field.textCursor()
        cursor.setPosition(min(position, len(field.toPlainText())))
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
