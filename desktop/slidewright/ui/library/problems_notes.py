"""The library's findings for the open article, in the Problems panel: "this photo is credited
'Getty Images' in harbour-towns".

Kept apart from the panel: after each of its checks the panel says ``checked``, and this adds
(or brings up to date) one group of its own, "Across the library", at the end of the panel's
tree. The findings come from the index of the library last opened with File ▸ Open Library…
(when the open article is inside it), as of its last indexing; they are read on a thread of the
pool, and again only when another article opens or the index has changed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTreeWidgetItem

from slidewright.credits.findings import severity_word
from slidewright.library.findings_cache import generation, library_findings
from slidewright.library.rules import EXPIRING_DAYS, LibraryFinding, LibraryRules
from slidewright.library.store import LibraryStore, index_file_for
from slidewright.ui.access.contrast import severity_color
from slidewright.ui.library.setting import SETTING
from slidewright.ui.problems.finding_text import translated

GROUP_TITLE = "Across the library"  # also the group's marker (shown translated)
NoteRole = Qt.ItemDataRole.UserRole + 7  # the 1-based slide of a library note


class _Signals(QObject):
    loaded = Signal(object, object)  # (key, findings)


class _Load(QRunnable):
    def __init__(self, key: tuple[str, str, str], root: Path, article: str) -> None:
        super().__init__()
        self.key, self.root, self.article = key, root, article
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with LibraryStore(self.root) as store:
                found = library_findings(store.db, LibraryRules(), expiring_days=EXPIRING_DAYS)
        except Exception:  # noqa: BLE001 - no notes is the worst case, never a crash
            found = []
        self.signals.loaded.emit(self.key, [f for f in found if f.article == self.article])


class LibraryNotes(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.problems
        self.key: tuple[str, str, str] | None = None  # (library, article, index generation)
        self.notes: list[LibraryFinding] = []
        self._loads: list[_Load] = []
        self.panel.checked.connect(self.refresh)
        self.panel.tree.itemActivated.connect(self._activated)

    def _place(self) -> tuple[Path, str] | None:
        """(library root, the open article's path in it), when it is inside the last library."""
        doc = self.window.doc
        folder = self.window.settings.text(SETTING)
        if doc is None or not folder:
            return None
        root = Path(os.path.realpath(folder))
        bundle = Path(os.path.realpath(doc.bundle))
        if not bundle.is_relative_to(root):
            return None
        rel = bundle.relative_to(root).as_posix()
        return root, rel or "."

    def refresh(self, *_: object) -> None:
        place = self._place()
        if place is None:
            self.notes, self.key = [], None
            self._show()
            return
        root, article = place
        index = index_file_for(root)
        if not index.exists():
            return
        try:
            with sqlite3.connect(f"{index.as_uri()}?mode=ro", uri=True, timeout=1) as db:
                now = generation(db)
        except sqlite3.Error:
            return
        key = (str(root), article, now)
        if key != self.key:
            load = _Load(key, root, article)
            load.signals.loaded.connect(self._loaded)
            self._loads.append(load)
            QThreadPool.globalInstance().start(load)
        self._show()

    def _loaded(self, key: tuple[str, str, str], notes: list[LibraryFinding]) -> None:
        self._loads = [load for load in self._loads if load.key != key]
        place = self._place()
        if place is None or (str(place[0]), place[1]) != key[:2]:
            return  # another article opened meanwhile
        self.key, self.notes = key, notes
        self._show()

    def _show(self) -> None:
        tree = self.panel.tree
        for i in reversed(range(tree.topLevelItemCount())):
            item = tree.topLevelItem(i)
            if item is not None and item.data(0, NoteRole) == GROUP_TITLE:
                tree.takeTopLevelItem(i)
        if not self.notes:
            return
        title = self.tr("Across the library ({count})").format(count=len(self.notes))
        group = QTreeWidgetItem(tree, [title])
        group.setData(0, NoteRole, GROUP_TITLE)
        group.setToolTip(0, self.tr("From File ▸ Open Library…'s index of this article's folder"))
        for note in self.notes:
            if note.slide:
                text = self.tr("{severity}: slide {number}: {message}")
            else:
                text = self.tr("{severity}: {message}")
            message = translated(note.message)  # the core's words, in the window's language
            shown = text.format(
                severity=translated(severity_word(note.severity)),
                number=note.slide,
                message=message,
            )
            item = QTreeWidgetItem(group, [shown, str(note.rule)])
            item.setData(0, NoteRole, note.slide or 0)
            item.setToolTip(0, message)
            item.setForeground(0, QBrush(severity_color(note.severity, self.panel.tree.palette())))
        group.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem) -> None:
        slide = item.data(0, NoteRole)
        if isinstance(slide, int) and slide > 0 and self.window.doc is not None:
            self.window.select_rows([slide - 1])
