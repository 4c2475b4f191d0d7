"""The version history and the editor's notes, connected to the window: File ▸ History, Slide ▸
Add Note, and the Notes panel. The window adds the panel as a dock and these slots to its menus;
everything else lives in ``ui/session/history_keeper.py``, ``ui/dialogs/history_dialog.py`` and
``ui/notes/``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from slidewright.ui.editing.document import Document
from slidewright.ui.notes.panel import ARTICLE, NotesPanel
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.history_keeper import HistoryKeeper
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.selection import SlideSelection

if TYPE_CHECKING:  # imported when File ▸ History is first used, not while the window is built
    from slidewright.ui.dialogs.history_dialog import HistoryDialog


class HistoryAndNotes(QObject):
    def __init__(
        self,
        settings: Settings,
        session: ArticleSession,
        selection: SlideSelection,
        tabs: QTabWidget,
        main: QMainWindow,
    ) -> None:
        super().__init__(main)
        self.session, self.selection, self.tabs, self.main = session, selection, tabs, main
        self.keeper = HistoryKeeper(parent=self)
        self.notes = NotesPanel(
            lambda: Preferences.load(settings).default_author, selection.current_row, main
        )
        self.notes.jumpRequested.connect(self.jump)
        self.dialog: HistoryDialog | None = None
        session.documentChanged.connect(self.follow)
        self.keeper.message.connect(lambda text, ms: main.statusBar().showMessage(text, ms))
        self.follow(session.doc)

    def follow(self, doc: object) -> None:
        doc = doc if isinstance(doc, Document) else None
        if self.dialog is not None and self.dialog.doc is not doc:
            self.dialog.close()  # it shows (and would restore into) the article closed
            self.dialog = None
        self.keeper.follow(doc)
        self.notes.set_document(doc)

    def slots(self) -> dict[str, Callable[..., object]]:
        return {"history": self.show_history, "add_note": self.notes.ask_add}

    def toggle_action(self) -> QAction:
        action = self.notes.toggleViewAction()
        action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        return action

    def show_history(self) -> HistoryDialog | None:
        doc = self.session.doc
        if doc is None:
            return None
        from slidewright.ui.dialogs.history_dialog import HistoryDialog

        self.dialog = HistoryDialog(self.keeper, doc, self.main)
        self.dialog.show()
        return self.dialog

    def jump(self, row: int) -> None:
        """Double-click on a note: show its slide (or the article pane)."""
        if row == ARTICLE:
            self.tabs.setCurrentIndex(1)
        else:
            self.selection.select_rows([row])
            self.tabs.setCurrentIndex(0)
