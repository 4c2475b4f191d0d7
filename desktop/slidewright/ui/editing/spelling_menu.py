"""The right-click menu of a checked field: suggestions and "Add to Dictionary" above Qt's own.

A suggestion is typed into the field as the writer would (the text cursor replaces the word), so it
reaches the article through the field's ``edited`` signal and the undo commands, like any edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QWidget

from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.markdown_highlighter import MarkdownHighlighter
from slidewright.ui.editing.spelling import IN_FENCE, Spelling, word_at


class SpellingMenus:
    """Gives each attached field the spelling context menu (one menu open at a time)."""

    def __init__(self, spelling: Spelling) -> None:
        self.spelling = spelling
        self.menu: QMenu | None = None  # the open one, kept alive while it shows

    def attach(self, field: LineField | TextField) -> None:
        field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        field.customContextMenuRequested.connect(lambda pos, field=field: self.show(field, pos))

    def show(self, field: LineField | TextField, pos: QPoint) -> QMenu:
        """Open the menu for a right-click at ``pos`` (a text field's viewport coordinates)."""
        if isinstance(field, TextField):
            menu = self._text_menu(field, pos)
            anchor: QWidget = field.viewport()
        else:
            menu = self._line_menu(field, pos)
            anchor = field
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(anchor.mapToGlobal(pos))
        return menu

    def _text_menu(self, field: TextField, pos: QPoint) -> QMenu:
        menu = field.standard_menu(pos)
        cursor = field.cursorForPosition(pos)
        block = cursor.block()
        markdown = isinstance(field.highlighter, MarkdownHighlighter)
        in_fence = (
            markdown and block.previous().isValid() and block.previous().userState() == IN_FENCE
        )
        found = word_at(self.spelling, block.text(), cursor.positionInBlock(), markdown, in_fence)
        if found is not None:
            start, end = (block.position() + found[0], block.position() + found[1])

            def replace(word: str) -> None:
                selection = QTextCursor(field.document())
                selection.setPosition(start)
                selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                field.setTextCursor(selection)
                selection.insertText(word)

            self._offer(menu, block.text()[found[0] : found[1]], replace)
        return menu

    def _line_menu(self, field: LineField, pos: QPoint) -> QMenu:
        menu = field.standard_menu()
        text = field.text()
        found = word_at(
            self.spelling, text, field.cursorPositionAt(pos), markdown=field.inline_markdown
        )
        if found is not None:
            start, end = found

            def replace(word: str) -> None:
                field.setSelection(start, end - start)
                field.insert(word)  # emits textEdited, so it is the writer's edit

            self._offer(menu, text[start:end], replace)
        return menu

    def _offer(self, menu: QMenu, word: str, replace: Callable[[str], None]) -> None:
        """Put the suggestions for ``word`` and Add to Dictionary at the top of ``menu``."""
        assert self.spelling.dictionary is not None
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.spelling.dictionary.suggest(word)
        entries: list[QAction] = []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            entries.append(action)
        if not suggestions:
            none = QAction(
                QCoreApplication.translate("SpellingMenus", "No spelling suggestions"), menu
            )
            none.setEnabled(False)
            entries.append(none)
        add = QAction(
            QCoreApplication.translate("SpellingMenus", "Add “{word}” to Dictionary").format(
                word=word
            ),
            menu,
        )
        add.triggered.connect(lambda _=False: self.spelling.add_word(word))
        entries.append(add)
        menu.insertActions(first, entries)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
