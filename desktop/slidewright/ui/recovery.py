"""Crash recovery: unsaved changes are copied aside every few seconds, never over the article.

The copy lives in the application's data folder, keyed by the bundle's path. Saving, discarding or
closing cleanly removes it; opening an article that has one (the last session ended without either)
offers to restore it as an undoable change.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import atomic_write, format_article, parse_article
from slidewright.ui.commands import ReplaceArticle
from slidewright.ui.document import Document

if TYPE_CHECKING:
    from slidewright.ui.main_window import MainWindow

INTERVAL_MS = 15_000


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "Slidewright") / "recovery"


def _files(bundle: Path) -> tuple[Path, Path]:
    key = hashlib.sha256(str(bundle.resolve()).encode()).hexdigest()[:24]
    return recovery_dir() / f"{key}.md", recovery_dir() / f"{key}.json"


class Recovery(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.snapshot)
        self.timer.start()

    def snapshot(self) -> None:
        """Copy the open article aside if it has unsaved changes."""
        doc = self.window.doc
        if doc is None or not doc.modified:
            return
        text, meta = _files(doc.bundle)
        try:
            atomic_write(text, format_article(doc.article).encode("utf-8"))
            atomic_write(
                meta, json.dumps({"bundle": str(doc.bundle), "saved": time.time()}).encode()
            )
        except OSError:
            pass  # recovery is best effort; the writer's own saves report their errors

    def discard(self, doc: Document | None) -> None:
        if doc is not None:
            for file in _files(doc.bundle):
                file.unlink(missing_ok=True)

    def offer(self, doc: Document) -> bool:
        """After opening ``doc``: restore changes left by a session that ended unexpectedly."""
        text_file, meta_file = _files(doc.bundle)
        if not text_file.exists():
            return False
        try:
            recovered = parse_article(text_file.read_text(encoding="utf-8"), text_file)
            saved = json.loads(meta_file.read_text(encoding="utf-8")).get("saved", 0)
        except (OSError, ValueError, SlidewrightError):
            self.discard(doc)
            return False
        if recovered == doc.article:
            self.discard(doc)
            return False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(saved))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            "Restore unsaved changes?",
            f"Slidewright kept unsaved changes to “{recovered.title}” from {when}; that session ended "
            "without saving them.\n\nRestore them? (You can undo the restore, and nothing is saved until you save.)",
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        self.discard(doc)
        if answer != buttons.Yes:
            return False
        doc.undo_stack.push(ReplaceArticle(doc, recovered, "Restore unsaved changes"))
        return True
