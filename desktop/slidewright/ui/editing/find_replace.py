"""Find and Replace across the whole article: the bar's actions, shown in the editors.

The matching is model/search.py's. Here a match is shown (its slide selected, its field focused in
the Slide or Article tab, the text selected) and replacements are made through the undo commands,
every change of a Replace All inside one macro: one Ctrl+Z puts every field back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QToolBar, QWidget

from slidewright.model.search import (
    Match,
    Place,
    Query,
    find_all,
    next_match,
    place_of,
    replace_all,
)
from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.commands import FieldEdit, SetArticleField, SetSlideField, push_edit
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.find_bar import FindBar
from slidewright.ui.editing.slide_editor import LICENCE_FIELDS, SlideEditor

Field = LineField | TextField


class FindReplace(QObject):
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
        self.origin: Match | None = None  # the cursor's place when the bar was opened
        self.bar = FindBar()
        self.toolbar = QToolBar("Find and Replace", window)
        self.toolbar.setObjectName("findReplaceBar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()
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
        self.toolbar.show()
        self.bar.show_replace(replace)
        if selected and "\n" not in selected and len(selected) < 200:
            self.bar.find_box.setText(selected)
        target = self.bar.replace_box if replace and self.bar.find_box.text() else self.bar.find_box
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def close(self) -> None:
        self.toolbar.hide()
        widget = self._widget(self.current) if self.current else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def query(self) -> Query:
        return Query(
            self.bar.find_box.text(),
            self.bar.match_case.isChecked(),
            self.bar.whole_word.isChecked(),
        )

    def _query_changed(self) -> None:
        self.current = None
        self.bar.status.clear()

    def _say(self, text: str) -> None:
        self.bar.status.setText(text)

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
            self._say("Not found")
            return None
        self._say(f"{matches.index(found) + 1} of {len(matches)}")
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
        widget = self._widget(match)
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
        scroll = widget.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)

    # -- replacing ---------------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the match shown (if it still is one), then show the next."""
        doc, current, query = self.document(), self.current, self.query()
        pattern = query.pattern()
        if doc is None or pattern is None:
            return
        text = _text(doc, current.place) if current is not None else ""
        if current is None or not pattern.fullmatch(text[current.start : current.end]):
            self.step()
            return
        replacement = self.bar.replace_box.text()
        new = text[: current.start] + replacement + text[current.end :]
        push_edit(doc.undo_stack, _command(doc, current.place, new))
        end = current.start + len(replacement)
        self.current = Match(current.place, end - 1, end - 1)
        if self.step() is None:
            self._say("Replaced the last one")

    def replace_all(self) -> int:
        """Replace every match in the article as one undo step; returns how many."""
        doc, query = self.document(), self.query()
        if doc is None:
            return 0
        count = len(find_all(doc.article, query))
        changes = replace_all(doc.article, query, self.bar.replace_box.text())
        if not changes:
            self._say("Not found")
            return 0
        stack = doc.undo_stack
        stack.beginMacro(f"Replace “{query.text}” ({count})")
        try:
            for place, new in changes.items():
                push_edit(stack, _command(doc, place, new))
        finally:
            stack.endMacro()
        self.current = None
        self._say(f"Replaced {count} match{'' if count == 1 else 'es'}")
        return count

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


def _text(doc: Document, place: Place) -> str:
    owner = doc.article if place.slide < 0 else doc.article.slides[place.slide]
    value = getattr(owner, place.field, "")
    return value if isinstance(value, str) else ""


def _command(doc: Document, place: Place, new: str) -> FieldEdit:
    if place.slide < 0:
        return SetArticleField(doc, place.field, new, typing=False)
    return SetSlideField(doc, place.slide, place.field, new, typing=False)
