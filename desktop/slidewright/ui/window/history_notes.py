"""The version history and the editor's notes, connected to the window: File ▸ History, Slide ▸
Add Note, and the Notes panel. The window adds the panel as a dock and these slots to its menus;
everything else lives in ``ui/session/history_keeper.py``, ``ui/dialogs/history_dialog.py`` and
``ui/notes/``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from slidewright.ui.editing.document import Document
from slidewright.ui.notes.panel import ARTICLE, NotesPanel
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.history_keeper import HistoryKeeper
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.selection import SlideSelection

NOTES_KEYS = "Ctrl+Shift+M"

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
        self._came_from: QWidget | None = None  # where the focus was before Notes took it
        self._wanted = False  # the panel was open when the article closed
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
        # No article, no notes: the start page shows no panel counting notes of the article
        # just closed; it comes back with the next article, as the Problems panel does
        if doc is None and not self.notes.isHidden():
            self._wanted = True
            self.notes.hide()
        elif doc is not None and self._wanted:
            self._wanted = False
            self.notes.show()

    def slots(self) -> dict[str, Callable[..., object]]:
        return {"history": self.show_history, "add_note": self.notes.ask_add}

    def toggle_action(self) -> QAction:
        """View ▸ Notes: the dock's own entry, checked while the panel shows; clicked, it shows
        or hides the panel. Its key, Ctrl+Shift+M, is the window's and goes to the notes
        (``go_to_notes``): the entry shows the key, but takes it only while its menu is open."""
        action = self.notes.toggleViewAction()
        action.setShortcut(QKeySequence(NOTES_KEYS))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # (its menu's)
        keys = QShortcut(QKeySequence(NOTES_KEYS), self.main)
        keys.activated.connect(self.go_to_notes)
        return action

    def go_to_notes(self) -> None:
        """Ctrl+Shift+M. Hidden: show the panel with the focus in its list. Shown while the
        writer is elsewhere: the focus goes to it. Only from inside the panel does the key put it
        away, the focus back where the writer was.

        As a plain show/hide toggle, the first press after adding a note did nothing the writer
        could see: Add Note shows the panel, so the press meant as "to the notes" hid it (or,
        where the window had not drawn it yet, hid a panel that was not on screen)."""
        notes = self.notes
        if self.session.doc is None:  # (the start page has no notes to go to)
            return
        focused = QApplication.focusWidget()
        inside = focused is not None and (focused is notes or notes.isAncestorOf(focused))
        if notes.isHidden() or not inside:
            self._came_from = focused if not inside else self._came_from
            notes.show()
            notes.raise_()
            notes.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            # The focus goes back before the panel goes: hiding the focused panel first handed
            # the focus to the preview's first link, which scrolled the page away.
            back, self._came_from = self._came_from, None
            try:
                usable = back is not None and back.isVisible() and not notes.isAncestorOf(back)
            except RuntimeError:  # (the field went with the article it belonged to)
                usable = False
            target = back if usable and back is not None else self.selection.slide_list
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            notes.hide()

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
