"""Notice when another program changes the open article's index.md.

The watcher only tells (``changedOnDisk``); the session decides what to do: reload quietly when
nothing is unsaved, ask otherwise. Our own saves are recognised by their content hash. The folder
is watched too, because an atomic save (by us or by another editor) replaces the file, and a
watcher on the old file goes quiet.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from slidewright.fileformat.bundle import file_digest
from slidewright.ui.editing.document import Document


class FileWatch(QObject):
    changedOnDisk = Signal()  # index.md now differs from what was loaded or saved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._poke)
        self.watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self, singleShot=True, interval=200)  # editors write in bursts
        self._settle.timeout.connect(self.check)
        self.paused = False  # while the writer is being asked
        self._dismissed: str | None = None  # a version on disk the writer chose not to load

    def watch(self, doc: Document | None) -> None:
        self.doc = doc
        self._dismissed = None
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if doc is not None:
            self.watcher.addPaths([str(doc.bundle), str(doc.index_file)])

    def dismiss_current(self) -> None:
        """Do not tell again about the version now on disk (Save still asks before overwriting)."""
        if self.doc is not None:
            self._dismissed = file_digest(self.doc.index_file)

    def _poke(self, *_: object) -> None:
        self._settle.start()

    def check(self) -> None:
        doc = self.doc
        if doc is None or self.paused:
            return
        if str(doc.index_file) not in self.watcher.files() and doc.index_file.exists():
            self.watcher.addPath(str(doc.index_file))  # re-attach after a replace
        current = file_digest(doc.index_file)
        if current is None or current in (doc.digest, self._dismissed):
            return  # gone (the folder is what changed), our own save, or already declined
        self.changedOnDisk.emit()
