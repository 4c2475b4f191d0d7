"""Which slides are selected, and moving the selection: what the slide actions, the writing desk
and the window share of the slide list (made in the window's step two, see assembly.py)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QApplication, QTabWidget

from slidewright.ui.editing.document import Document
from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.editing.slide_list import SlideListModel, SlideListView
from slidewright.ui.session.article_session import ArticleSession


class SlideSelection(QObject):
    """The open article's slide list selection. ``moved`` (the current row, -1 for none) is
    emitted whenever the selection is set here or the writer moves it in the list."""

    moved = Signal(int)

    def __init__(
        self,
        session: ArticleSession,
        slide_list: SlideListView,
        slide_editor: SlideEditor,
        tabs: QTabWidget,
    ) -> None:
        super().__init__(slide_list)
        self.session, self.slide_list = session, slide_list
        self.slide_editor, self.tabs = slide_editor, tabs
        self.model: SlideListModel | None = None

    @property
    def doc(self) -> Document | None:
        return self.session.doc

    def set_model(self, model: SlideListModel | None) -> None:
        self.model = model
        self.slide_list.setModel(model)
        if model is not None:
            self.slide_list.selectionModel().currentChanged.connect(self._current_changed)

    def current_row(self) -> int:
        index = self.slide_list.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.slide_list.selectionModel().selectedIndexes()})
        return rows or ([self.current_row()] if self.current_row() >= 0 else [])

    def select_rows(self, rows: list[int]) -> None:
        if self.model is None:
            return
        rows = [r for r in rows if 0 <= r < self.model.rowCount()]
        selection_model = self.slide_list.selectionModel()
        if not rows:
            selection_model.clear()
            self.moved.emit(-1)
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row), self.model.index(row))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.setCurrentIndex(self.model.index(rows[0]), flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect)
        self.moved.emit(self.current_row())

    def step(self, delta: int) -> None:
        """Go to the next or previous slide without leaving the field being edited."""
        doc = self.doc
        if doc is None or not doc.article.slides:
            return
        row = min(max(self.current_row() + delta, 0), len(doc.article.slides) - 1)
        focused = QApplication.focusWidget()
        self.select_rows([row])
        if focused is not None:
            focused.setFocus()

    def edit_slide_field(self, name: str) -> None:
        """Show the slide pane with the cursor in one of its fields."""
        self.tabs.setCurrentIndex(0)
        self.slide_editor.focus_field(name)

    def report_error(self, title: str, text: str) -> None:
        self.session.prompts.error(title, text)

    def _current_changed(self, *_: object) -> None:
        self.moved.emit(self.current_row())
