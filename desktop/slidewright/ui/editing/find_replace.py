"""Find and Replace across the whole article: the bar's actions, shown in the editors.

The matching is model/search.py's. Here a match is shown (its slide selected, its field focused in
the Slide or Article tab, the text selected) and replacements are made through the undo commands,
every change of a Replace All inside one macro: one Ctrl+Z puts every field back (from the find
bar's boxes too), and undoing it clears the bar's "Replaced N matches".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QScrollArea, QToolBar, QWidget

from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model.search import (
    READ_MORE_ITEM_FIELDS,
    Match,
    Place,
    Query,
    field_values,
    find_all,
    keep_case,
    next_match,
    place_of,
    replace_all,
    text_at,
)
from slidewright.ui.editing.article_editor import ITEM_COLUMNS, ArticleEditor
from slidewright.ui.editing.commands import SetArticleField, SetSlideField, push_edit
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.find_bar import FindBar
from slidewright.ui.editing.slide_editor import LICENCE_FIELDS, SlideEditor

Field = LineField | TextField


class FindReplace(QObject):
    said = Signal(str)  # what the bar's status line shows ("Not found", "8 of 10"): to be heard
    # A match shown in a slide's body: (slide, position) for the preview to bring into view
    bodyMatchShown = Signal(int, int)  # noqa: N815 (Qt's naming, as the bar's signals)

    def __init__(
        self,
        window: QMainWindow,
        document: Callable[[], Document | None],
        slide_editor: SlideEditor,
        article_editor: ArticleEditor,
        select_slide: Callable[[int], None],
        show_tab: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.document = document
        self.slide_editor, self.article_editor = slide_editor, article_editor
        self.select_slide, self.show_tab = select_slide, show_tab
        self.current: Match | None = None  # the match shown last
        self._shown_in: QWidget | None = None  # the field it was selected in
        self.origin: Match | None = None  # the cursor's place when the bar was opened
        self.came_from: QWidget | None = None  # focused when the bar opened: Esc goes back there
        self._stack: QUndoStack | None = None  # whose index says when a replacement is undone
        self._replaced_at = -1  # the undo index just after the last replacement
        self.bar = FindBar()
        many = 99_999  # the widest counts it says: its label keeps their width (no shifting)
        self.bar.reserve_status(
            [
                self.tr("Not found"),
                self.tr("Replaced the last one"),
                self.tr("Replaced 1 match"),
                self.tr("Replaced %n matches", "", many),
                self.tr("{number} of {count}").format(number=many, count=many),
            ]
        )
        self.toolbar = QToolBar(self.tr("Find and Replace"), window)
        self.toolbar.setObjectName("findBar")  # (a new name: old layouts kept it at the bottom)
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        self.window = window
        # Over the editors and the preview, where the matches are: at the bottom it sat under
        # the Problems panel, far from the text (a writer's trial, issue 27).
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        # Escape in the text closes the bar too (as a browser's or a code editor's find bar),
        # leaving the cursor where the writer is; only while the bar is shown, so Escape means
        # nothing new anywhere else. A popup (a field's list) or a dialog takes its own Escape.
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self._escape_pressed)
        self._escape.setEnabled(False)
        self.toolbar.visibilityChanged.connect(self._escape.setEnabled)
        self.bar.stepRequested.connect(self.step)
        self.bar.replaceRequested.connect(self.replace_one)
        self.bar.replaceAllRequested.connect(self.replace_all)
        self.bar.queryChanged.connect(self._query_changed)
        self.bar.closeRequested.connect(self.close)

    # -- the bar -----------------------------------------------------------------------------
    def open(self, replace: bool = False) -> None:
        """Show the bar (with the replace row for Ctrl+H), seeded with the selected words."""
        selected = self._selected_text()
        doc = self.document()
        cursor = self._cursor_place(doc, backwards=False) if doc is not None else None
        if cursor is not None:
            self.origin, self.current = cursor, None
        focused = QApplication.focusWidget()
        if focused is not None and not self.toolbar.isAncestorOf(focused):
            self.came_from = focused
        if self.window.toolBarArea(self.toolbar) != Qt.ToolBarArea.TopToolBarArea:
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.show()
        self.bar.show_replace(replace)
        if selected and "\n" not in selected and len(selected) < 200:
            self.bar.find_box.setText(selected)
        target = self.bar.replace_box if replace and self.bar.find_box.text() else self.bar.find_box
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def close(self) -> None:
        self.toolbar.hide()
        widget: QWidget | None = self._widget(self.current) if self.current else None
        if widget is None and self.came_from is not None and self.came_from.isVisible():
            widget = self.came_from  # nothing found: back where the writer was
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _escape_pressed(self) -> None:
        """Escape: in the bar, close it as its Close button does; in the text, close it and
        stay in the field being written in (not the last match's)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.toolbar.isAncestorOf(focused):
            self.close()
        else:
            self.toolbar.hide()

    def query(self) -> Query:
        return Query(
            self.bar.find_box.text(),
            self.bar.match_case.isChecked(),
            self.bar.whole_word.isChecked(),
        )

    def another_article(self, doc: Document | None) -> None:
        """A new document: the old one's place in the matches ("6 of 15") goes, and so do the
        words when they find nothing in it (New Article: a blank page has nothing to find);
        words that still find something are kept, to search the next article for them too
        (closing an article keeps them for the next one opened)."""
        self.current = self.origin = None
        if doc is not None and not find_all(doc.article, self.query()):
            self.bar.find_box.clear()
            self.bar.replace_box.clear()
        self.bar.status.clear()

    def _query_changed(self) -> None:
        self.current = None
        self.bar.status.clear()

    def _say(self, text: str) -> None:
        self.bar.status.setText(text)
        self.said.emit(text)

    # -- finding -----------------------------------------------------------------------------
    def step(self, backwards: bool = False) -> Match | None:
        """Show the next (or previous) match after the cursor; wraps around the article."""
        doc = self.document()
        if doc is None:
            return None
        if not self.toolbar.isVisible() or not self.bar.find_box.text():
            self.open()
            if not self.bar.find_box.text():
                return None
        matches = find_all(doc.article, self.query())
        found = next_match(matches, self._start(doc, backwards), backwards)
        self.current = found
        if found is None:
            self._say(self.tr("Not found"))
            return None
        self._say(
            self.tr("{number} of {count}").format(
                number=matches.index(found) + 1, count=len(matches)
            )
        )
        self._show(found)
        return found

    def _start(self, doc: Document, backwards: bool) -> Match | None:
        """Where to search from: the cursor in a field, else the match shown last, else where
        the cursor was when the bar opened."""
        return self._cursor_place(doc, backwards) or self.current or self.origin

    def _cursor_place(self, doc: Document, backwards: bool) -> Match | None:
        focused = QApplication.focusWidget()
        for (slide, name), widget in self._widgets().items():
            if widget is focused:
                place = place_of(doc.article, slide, name)
                if place is None:
                    break
                if isinstance(widget, TextField):
                    cursor = widget.textCursor()
                    position, selected = cursor.selectionStart(), cursor.hasSelection()
                else:
                    position, selected = widget.cursorPosition(), widget.hasSelectedText()
                    if selected:
                        position = widget.selectionStart()
                # a match right at the cursor counts as after it (unless it is the one selected)
                nudge = 0 if selected or backwards else 1
                return Match(place, position - nudge, position - nudge)
        return None

    def _show(self, match: Match) -> None:
        """Select the slide, show the tab, select the match in its field (the find box keeps
        the keyboard, so Enter goes on to the next one)."""
        if match.slide is None:
            self.show_tab(1)
        else:
            self.select_slide(match.slide)
            self.show_tab(0)
            if any(spec.name == match.field for spec in LICENCE_FIELDS):
                self.slide_editor.licence_toggle.setChecked(True)
        widget = None if match.field in READ_MORE_ITEM_FIELDS else self._widget(match)
        self._leave_shown(widget)
        if match.field in READ_MORE_ITEM_FIELDS:
            self._show_read_more_item(match)
            return
        if widget is None:
            return
        if isinstance(widget, TextField):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        else:
            widget.setSelection(match.start, match.end - match.start)
        focused = QApplication.focusWidget()
        if not self.toolbar.isVisible() or focused is None or not self.bar.isAncestorOf(focused):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        _scroll_into_view(widget)
        if match.slide is not None and match.field == "body":
            self.bodyMatchShown.emit(match.slide, match.start)

    def _leave_shown(self, widget: QWidget | None) -> None:
        """The last match's field, when the next match is in another, drops its selection: it
        stayed highlighted ("cities" in the Tags while "office block" was being found)."""
        shown, self._shown_in = self._shown_in, widget
        if shown is None or shown is widget:
            return
        if isinstance(shown, TextField):
            cursor = shown.textCursor()
            cursor.clearSelection()
            shown.setTextCursor(cursor)
        elif isinstance(shown, QLineEdit):
            shown.deselect()

    def _show_read_more_item(self, match: Match) -> None:
        """A read-more link's title, credit or caption: its cell in the Links table is made current."""
        table = self.article_editor.items
        column = ITEM_COLUMNS.index(match.field.removeprefix("read_more_"))
        if 0 <= match.place.item < table.rowCount():
            table.setCurrentCell(match.place.item, column)
            cell = table.item(match.place.item, column)
            if cell is not None:
                table.scrollToItem(cell)

    # -- replacing ---------------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the match shown (if it still is one), then show the next."""
        doc, current, query = self.document(), self.current, self.query()
        pattern = query.pattern()
        if doc is None or pattern is None:
            return
        text = text_at(doc.article, current.place) if current is not None else ""
        if current is None or not pattern.fullmatch(text[current.start : current.end]):
            self.step()
            return
        replacement = self.bar.replace_box.text()
        if not query.match_case:
            replacement = keep_case(text[current.start : current.end], replacement)
        new = text[: current.start] + replacement + text[current.end :]
        self._apply(doc, {current.place: new}, self.tr("Replace “{text}”").format(text=query.text))
        end = current.start + len(replacement)
        self.current = Match(current.place, end - 1, end - 1)
        if self.step() is None:
            self._say(self.tr("Replaced the last one"))

    def replace_all(self) -> int:
        """Replace every match in the article as one undo step; returns how many."""
        doc, query = self.document(), self.query()
        if doc is None:
            return 0
        count = len(find_all(doc.article, query))
        changes = replace_all(doc.article, query, self.bar.replace_box.text())
        if not changes:
            self._say(self.tr("Not found"))
            return 0
        # kept in the version history
        doc.checkpoint(
            QT_TRANSLATE_NOOP("FindReplace", "Before Replace All “{text}”").format(text=query.text)
        )
        self._apply(
            doc, changes, self.tr("Replace “{text}” ({count})").format(text=query.text, count=count)
        )
        self.current = None
        self._say(
            self.tr("Replaced 1 match") if count == 1 else self.tr("Replaced %n matches", "", count)
        )
        return count

    def _apply(self, doc: Document, changes: dict[Place, str], name: str) -> None:
        """Push the changed fields as one undo step; from now on Ctrl+Z in the bar undoes it."""
        stack = doc.undo_stack
        stack.beginMacro(name)
        try:
            for (slide, field), value in field_values(doc.article, changes).items():
                if slide is None:
                    push_edit(stack, SetArticleField(doc, field, value, typing=False))
                else:
                    push_edit(stack, SetSlideField(doc, slide, field, value, typing=False))
        finally:
            stack.endMacro()
        self.bar.undo_is_the_articles = True
        if self._stack is not stack:
            self._forget_stack()
            self._stack = stack
            stack.indexChanged.connect(self._undo_index_changed)
            stack.destroyed.connect(self._forget_stack)  # the article was closed or replaced
        self._replaced_at = stack.index()

    def _forget_stack(self, *_: object) -> None:
        """Stop following the last replacement's undo stack (already gone when Qt deleted it
        with its article: then there is nothing to disconnect)."""
        stack, self._stack = self._stack, None
        if stack is not None:
            try:
                stack.indexChanged.disconnect(self._undo_index_changed)
            except RuntimeError:  # deleted with its document
                pass

    def _undo_index_changed(self, index: int) -> None:
        """The replacement undone: its "Replaced N matches" no longer says what is there."""
        if index < self._replaced_at:
            self._replaced_at = -1
            self.bar.status.clear()

    # -- the fields --------------------------------------------------------------------------
    def _widgets(self) -> dict[tuple[int | None, str], Field]:
        slide = self.slide_editor.index
        article = self.article_editor
        found: dict[tuple[int | None, str], Field] = {}
        for name, line in self.slide_editor.fields.items():
            found[(slide, name)] = line
        for name, text in self.slide_editor.texts.items():
            found[(slide, name)] = text
        for name, line in article.fields.items():
            found[(None, name)] = line
        found[(None, "description")] = article.description
        found[(None, "intro")] = article.intro
        found[(None, "read_more_heading")] = article.read_more_heading
        return found

    def _widget(self, match: Match) -> Field | None:
        if match.slide is not None and match.slide != self.slide_editor.index:
            return None
        return self._widgets().get((match.slide, match.field))

    def _selected_text(self) -> str:
        focused: QWidget | None = QApplication.focusWidget()
        if isinstance(focused, TextField):
            return focused.textCursor().selectedText()
        if isinstance(focused, LineField):
            return focused.selectedText()
        return ""


def _scroll_into_view(widget: Field) -> None:
    """The match on screen: the field scrolls its text to the selection, and a scroll area the
    field sits in scrolls to the selection's line, not to the field's top (a long body taller
    than the pane showed its first lines while the match stayed below)."""
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if isinstance(widget, TextField):
        widget.ensureCursorVisible()
    inner = scroll.widget() if isinstance(scroll, QScrollArea) else None
    if not isinstance(scroll, QScrollArea) or inner is None:
        return
    if isinstance(widget, TextField):
        rect = widget.cursorRect()
        centre = widget.viewport().mapTo(inner, rect.center())
        scroll.ensureVisible(centre.x(), centre.y(), 50, max(50, rect.height()))
    else:
        scroll.ensureWidgetVisible(widget)
