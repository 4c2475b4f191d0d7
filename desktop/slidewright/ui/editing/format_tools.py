"""Format ▸ Bold, Italic, Link… and Remove Formatting, on the Markdown field being edited.

Each command reads the field's text and cursor, lets ``model/formatting.py`` make the change,
and pushes it as ONE undo command (not typing: the next key starts a step of its own), then
selects the formatted words (the word under a bare cursor is formatted with the cursor left in
it, as Word and Docs leave it: selected, the next key typed would replace it). Only the fields
the page renders as Markdown take formatting: the catalogue's "markdown" fields (the slide body,
the article intro) and its "inline" ones, one-line fields the page renders as inline Markdown
(the caption, and a read-more link's caption in the Links table: render/inline.py); a heading
or a read-more title is published as plain text, so asterisks typed there would show as
asterisks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QApplication, QWidget

from slidewright.model import ARTICLE_FIELDS, SLIDE_FIELDS
from slidewright.model import formatting as fmt
from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.commands import FieldEdit, SetArticleField, SetSlideField, push_edit
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.slide_editor import SlideEditor

SLIDE_MARKDOWN = tuple(spec.name for spec in SLIDE_FIELDS if spec.editor == "markdown")
SLIDE_INLINE = tuple(spec.name for spec in SLIDE_FIELDS if spec.kind == "inline")
ARTICLE_MARKDOWN = tuple(spec.name for spec in ARTICLE_FIELDS if spec.editor == "markdown")
NOT_MARKDOWN = str(
    QT_TRANSLATE_NOOP(
        "FormatTools",
        "Formatting works in the Markdown fields (a slide's body and caption, the article's "
        "intro): headings and titles are published as plain text",
    )
)
Field = TextField | LineField


class FormatTools(QObject):
    """The Format menu's commands for one window (made in step two, held in its parts)."""

    def __init__(
        self,
        slide_editor: SlideEditor,
        article_editor: ArticleEditor,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.slide_editor, self.article_editor, self.say = slide_editor, article_editor, say
        self.fields: list[Field] = [slide_editor.texts[n] for n in SLIDE_MARKDOWN]
        self.fields += [slide_editor.fields[n] for n in SLIDE_INLINE]
        self.fields += [article_editor.texts[n] for n in ARTICLE_MARKDOWN]
        self._last: Field | None = None  # the Markdown field that had the focus last
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def slots(self) -> dict[str, Callable[..., object]]:
        return {
            "format_bold": lambda: self.emphasis(2),
            "format_italic": lambda: self.emphasis(1),
            "format_link": lambda: self.link(),
            "format_clear": self.clear,
        }

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._takes_formatting(new):
            assert isinstance(new, TextField | LineField)
            self._last = new

    def _takes_formatting(self, widget: QWidget | None) -> bool:
        """A Markdown field of the editors, or the read-more caption cell being edited."""
        if isinstance(widget, TextField | LineField) and widget in self.fields:
            return True
        return widget is not None and widget is self.article_editor.cells.editor

    def field(self) -> Field | None:
        """The Markdown field the command is for: the focused one; else (a toolbar button was
        clicked) the one the writer was last in, if it is still on screen and enabled."""
        focused = QApplication.focusWidget()
        if self._takes_formatting(focused):
            assert isinstance(focused, TextField | LineField)
            return focused
        if focused is None or not isinstance(focused, QWidget) or _is_toolbar(focused):
            last = self._last
            if last is not None and last.isVisible() and last.isEnabled():
                return last
        return None

    def _command(self, field: Field, value: str) -> FieldEdit | None:
        slide, article = self.slide_editor, self.article_editor
        for name, widget in [*slide.texts.items(), *slide.fields.items()]:
            if widget is field and slide.doc is not None and slide.index >= 0:
                return SetSlideField(
                    slide.doc, slide.index, name, value, typing=False, formatting=True
                )
        for name, widget in article.texts.items():
            if widget is field and article.doc is not None:
                return SetArticleField(article.doc, name, value, typing=False, formatting=True)
        return None

    def _apply(self, field: Field, made: fmt.Formatted, final_newline: bool, name: str) -> None:
        """One undo step named after the command (Edit ▸ Undo says "Undo Bold"); a command that
        changes no text (stepping out of the bold being typed) only moves the cursor."""
        value = made.text + "\n" if final_newline and made.text else made.text
        if field is self.article_editor.cells.editor:  # a read-more caption cell
            self.article_editor.commit_cell(field)  # what was typed: a step of its own
            field.setText(value)
            self.article_editor.commit_cell(field)  # (the table sets the editor's text again)
            field.setFocus()
            field.setSelection(made.start, made.end - made.start)
            return
        command = self._command(field, value)
        if command is None:
            return
        command.setText(name)
        doc = self.slide_editor.doc or self.article_editor.doc
        if doc is None:
            return
        push_edit(doc.undo_stack, command)
        field.setFocus()
        if isinstance(field, LineField):
            if made.start == made.end:
                field.deselect()
                field.setCursorPosition(made.start)
            else:
                field.setSelection(made.start, made.end - made.start)
            return
        cursor = field.textCursor()
        length = len(field.toPlainText())
        cursor.setPosition(min(made.start, length))
        cursor.setPosition(min(made.end, length), cursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        field.ensureCursorVisible()

    def _span(self) -> tuple[Field, str, int, int, bool] | None:
        field = self.field()
        if field is None:
            self.say(self.tr(NOT_MARKDOWN))
            return None
        if isinstance(field, LineField):
            text, position = field.text(), field.cursorPosition()
            anchor = position
            if field.hasSelectedText():
                start = field.selectionStart()
                end = start + len(field.selectedText())
                anchor = start if position == end else end
            return field, text, anchor, position, False
        cursor = field.textCursor()
        value = field.value()
        text = field.toPlainText()
        return field, text, cursor.anchor(), cursor.position(), value != text

    def emphasis(self, strength: int) -> None:
        """Bold (2) or italic (1), on or off."""
        if (span := self._span()) is not None:
            field, text, start, end, newline = span
            name = self.tr("Bold") if strength == 2 else self.tr("Italic")
            self._apply(field, fmt.toggle_emphasis(text, start, end, strength), newline, name)

    def clear(self) -> None:
        if (span := self._span()) is not None:
            field, text, start, end, newline = span
            made = fmt.remove_formatting(text, start, end)
            if made.text != text:
                self._apply(field, made, newline, self.tr("Remove Formatting"))

    def link(self) -> None:
        """Link… : the selection (or word) becomes a link; inside a link, its address is edited."""
        from slidewright.ui.dialogs.link_dialog import ask_link

        if (span := self._span()) is None:
            return
        field, text, start, end, newline = span
        found = fmt.link_at(text, start, end)
        if found is not None:
            words, url = found.label, found.url
        else:
            low, high = fmt.target_span(text, start, end)
            words, url = text[low:high], ""
        doc = self.slide_editor.doc or self.article_editor.doc
        bundle = doc.bundle if doc is not None else None
        answer = ask_link(field.window(), words, url, found is not None, bundle)
        if answer is not None:
            address, label = answer
            made = fmt.set_link(text, start, end, address, label)
            self._apply(field, made, newline, self.tr("Link"))


def _is_toolbar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return widget.objectName() == "formatBar" or (
        parent is not None and parent.objectName() == "formatBar"
    )
