"""Notice when another program changes the open article's index.md.

Unmodified articles reload quietly (selection kept); with unsaved changes the writer chooses. Our
own saves are recognised by their content hash. The folder is watched too, because an atomic save
(by us or by another editor) replaces the file, and a watcher on the old file goes quiet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import file_digest
from slidewright.ui import dialogs
from slidewright.ui.document import Document

if TYPE_CHECKING:
    from slidewright.ui.main_window import MainWindow


class FileWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._poke)
        self.watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self, singleShot=True, interval=200)  # editors write in bursts
        self._settle.timeout.connect(self.check)
        self._asking = False
        self._dismissed: str | None = None  # a version on disk the writer chose not to load

    def watch(self, doc: Document | None) -> None:
        self._dismissed = None
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if doc is not None:
            self.watcher.addPaths([str(doc.bundle), str(doc.index_file)])

    def _poke(self, *_: object) -> None:
        self._settle.start()

    def check(self) -> None:
        doc = self.window.doc
        if doc is None or self._asking:
            return
        if str(doc.index_file) not in self.watcher.files() and doc.index_file.exists():
            self.watcher.addPath(str(doc.index_file))  # re-attach after a replace
        current = file_digest(doc.index_file)
        if current is None or current in (doc.digest, self._dismissed):
            return  # gone (the folder is what changed), our own save, or already declined
        if doc.modified and not self._ask_reload(doc):
            return
        self._reload(doc)

    def _ask_reload(self, doc: Document) -> bool:
        self._asking = True
        try:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self.window,
                "Article changed on disk",
                f"{doc.index_file} was changed by another program.\n\n"
                "Reload it and lose your unsaved changes, or keep your version?",
                buttons.Yes | buttons.No,
                buttons.No,
            )
        finally:
            self._asking = False
        if answer != buttons.Yes:
            self._dismissed = file_digest(
                doc.index_file
            )  # Save will still ask before overwriting it
            return False
        return True

    def _reload(self, doc: Document) -> None:
        row = self.window.current_row()
        try:
            fresh = Document.load(doc.bundle, self.window)
        except SlidewrightError as error:
            dialogs.show_error(
                self.window,
                "Cannot reload article",
                f"{error}\n\nYour version stays open; Save asks before writing over that file.",
            )
            self._dismissed = file_digest(doc.index_file)
            return
        self.window.set_document(fresh)
        self.window.select_rows([min(max(row, 0), len(fresh.article.slides) - 1)])
        self.window.statusBar().showMessage(
            f"Reloaded {doc.index_file}: it was changed on disk", 6000
        )
        doc.deleteLater()
