"""Notice when another program changes the open article's index.md.

The watcher only tells (``changedOnDisk``); the session decides what to do: reload quietly when
nothing is unsaved, ask otherwise. Our own saves are recognised by their content hash. The folder
is watched too, because an atomic save (by us or by another editor) replaces the file, and a
watcher on the old file goes quiet.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from slidewright.fileformat.bundle import file_digest
from slidewright.ui.editing.document import Document

TYPING_MS = 1500  # a key in an editor field this recently: the writer is typing
EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit)


class FileWatch(QObject):
    """Tells when index.md changed, but not while the writer is typing (a prompt popping up
    mid-word took their next keys): then ``deferred`` says so once and it looks again until
    they pause."""

    changedOnDisk = Signal()  # index.md now differs from what was loaded or saved
    deferred = Signal()  # it did, but the writer is typing: asked when they pause

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
        self.last_key = QElapsedTimer()  # since the writer last pressed a key in an editor field
        self._waiting = False  # ``deferred`` was said for the change now waiting
        self._again = QTimer(self, singleShot=True, interval=250)  # looks again for a pause
        self._again.timeout.connect(self.check)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Listen to the keys of the editor field that has the focus (only it: a filter on the
        whole application would see every event)."""
        if isinstance(new, EDITORS):
            new.removeEventFilter(self)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, EDITORS):
            self.last_key.start()
        return False

    def typing(self) -> bool:
        return self.last_key.isValid() and self.last_key.elapsed() < TYPING_MS

    def watch(self, doc: Document | None) -> None:
        self.doc = doc
        self._dismissed = None
        self._waiting = False
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if doc is not None:
            self.watcher.addPaths([str(doc.bundle), str(doc.index_file)])

    def dismiss_current(self, digest: str | None = None) -> None:
        """Do not tell again about the version the writer was asked about (``digest``; default:
        the one on disk now). Save still asks before overwriting; a newer change is told."""
        if self.doc is not None:
            self._dismissed = digest or file_digest(self.doc.index_file)

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
            self._waiting = False
            return  # gone (the folder is what changed), our own save, or already declined
        if self.typing() and doc.modified:
            if not self._waiting:
                self._waiting = True
                self.deferred.emit()
            self._again.start()
            return
        self._waiting = False
        self.changedOnDisk.emit()
