"""Notice when another program changes the open article's index.md.

Unmodified articles reload quietly; with unsaved changes the writer chooses. Our own saves are
recognised by their content hash. The folder is watched too, because an atomic save (by us or by
another editor) replaces the file, and a watcher on the old file goes quiet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from slidewright.fileformat.bundle import file_digest
from slidewright.ui.editing.document import Document

if TYPE_CHECKING:
    from slidewright.ui.session.article_session import ArticleSession


class FileWatch(QObject):
    def __init__(self, session: ArticleSession) -> None:
        super().__init__(session)
        self.session = session
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

    def dismiss_current(self) -> None:
        """Do not ask again about the version now on disk (Save will still ask before overwriting)."""
        if self.session.doc is not None:
            self._dismissed = file_digest(self.session.doc.index_file)

    def _poke(self, *_: object) -> None:
        self._settle.start()

    def check(self) -> None:
        doc = self.session.doc
        if doc is None or self._asking:
            return
        if str(doc.index_file) not in self.watcher.files() and doc.index_file.exists():
            self.watcher.addPath(str(doc.index_file))  # re-attach after a replace
        current = file_digest(doc.index_file)
        if current is None or current in (doc.digest, self._dismissed):
            return  # gone (the folder is what changed), our own save, or already declined
        if doc.modified:
            self._asking = True
            try:
                reload = self.session.prompts.yes_no(
                    "Article changed on disk",
                    f"{doc.index_file} was changed by another program.\n\n"
                    "Reload it and lose your unsaved changes, or keep your version?",
                )
            finally:
                self._asking = False
            if not reload:
                self.dismiss_current()
                return
        self.session.reload()
