"""Indexing off the UI thread: the index brought up to date, the rules run and the pictures
grouped on a QThread of its own (with its own SQLite connection); the dialog gets the results
by signal. The reading itself runs in worker processes for a large library, so the window's
thread keeps the interpreter nearly to itself and typing never waits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from slidewright.library.indexer import IndexResult, update_index
from slidewright.library.overview import PhotoEntry, photos
from slidewright.library.rules import LibraryFinding, check_library
from slidewright.library.store import LibraryStore
from slidewright.library.usage_rows import load_rows


class Cancelled(Exception):
    """The dialog closed: stop after the articles already written."""


@dataclass
class Refreshed:
    result: IndexResult
    findings: list[LibraryFinding]
    photos: list[PhotoEntry]


class IndexThread(QThread):
    progress = Signal(int, int)
    refreshed = Signal(object)  # Refreshed
    failed = Signal(str)

    def __init__(self, root: Path, index_file: Path | None, expiring_days: int) -> None:
        super().__init__()
        self.root = root
        self.index_file = index_file
        self.expiring_days = expiring_days

    def _progress(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():
            raise Cancelled
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            with LibraryStore(self.root, self.index_file) as store:
                result = update_index(store, self._progress)
                findings = check_library(store.db, expiring_days=self.expiring_days)
                grouped = photos(load_rows(store.db), findings)
        except Cancelled:
            return
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a crash
            self.failed.emit(str(error) or type(error).__name__)
            return
        self.refreshed.emit(Refreshed(result, findings, grouped))
