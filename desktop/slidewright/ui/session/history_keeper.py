"""Keeps the open article's versions: after every save, and before a change a writer may want
to go back on (Replace All, an import, a restore). See :mod:`slidewright.history.store`.

A failure to keep a version never stops a save: the status line says so and writing goes on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import format_article, local_images, parse_article
from slidewright.history import HistoryStore, Version, summary
from slidewright.model import Article
from slidewright.ui.datafolder import data_dir
from slidewright.ui.editing.document import Document


def history_root() -> Path:
    """``$XDG_DATA_HOME/Slidewright/history``: the writer's own folder, never the bundle."""
    return data_dir() / "history"


def summarise(previous: str | None, text: str) -> str:
    """What changed from ``previous`` to ``text`` (both ``index.md`` texts), in a line."""
    try:
        old = None if previous is None else parse_article(previous)
        return summary(old, parse_article(text))
    except SlidewrightError:
        return "The file could not be read"


class HistoryKeeper(QObject):
    message = Signal(str, int)  # for the status line
    recorded = Signal(object)  # the Version just kept

    def __init__(self, store: HistoryStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or HistoryStore(history_root())
        self.doc: Document | None = None
        self._last: tuple[str, Article] | None = None  # the text kept last, as read

    def follow(self, doc: Document | None) -> None:
        """Keep the versions of ``doc`` (the session's new document, or None)."""
        if self.doc is not None:
            for signal in (self.doc.saved, self.doc.checkpointRequested):
                try:
                    signal.disconnect(self._saved if signal is self.doc.saved else self.checkpoint)
                except (RuntimeError, TypeError):
                    pass
        self.doc = doc
        self._last = None
        if doc is None:
            return
        doc.saved.connect(self._saved)
        doc.checkpointRequested.connect(self.checkpoint)
        if doc.index_file.is_file() and not self.store.versions(doc.bundle):
            self._keep(self._disk_text(doc), "As opened")  # what a first save replaces

    @staticmethod
    def _disk_text(doc: Document) -> str | None:
        try:
            return doc.index_file.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _saved(self, old_bundle: object) -> None:
        doc = self.doc
        if doc is None:
            return
        if isinstance(old_bundle, Path) and old_bundle.resolve() != doc.bundle.resolve():
            try:
                self.store.link(doc.bundle, old_bundle)  # Save As: the history goes along
            except OSError as error:
                self.message.emit(f"Version history not moved: {error}", 8000)
        self._keep(self._disk_text(doc), "Saved")

    def checkpoint(self, reason: str) -> Version | None:
        """Keep the article as it is in the window now (saved or not)."""
        if self.doc is None:
            return None
        return self._keep(format_article(self.doc.article, notes=True), reason)

    def _keep(self, text: str | None, reason: str) -> Version | None:
        doc = self.doc
        if doc is None or text is None:
            return None
        last = self._last

        def summarise_with(previous: str | None, _text: str) -> str:
            """The article read once: the version before is usually the one read last time."""
            if previous is None:
                return summary(None, article)
            try:
                old = last[1] if last and last[0] == previous else parse_article(previous)
            except SlidewrightError:
                return "The version before could not be read"
            return summary(old, article)

        try:
            article = parse_article(text)
            images = local_images(article)
            version = self.store.record(doc.bundle, text, images, reason, summarise_with)
        except (OSError, ValueError, SlidewrightError) as error:
            self.message.emit(f"This version was not kept in the history: {error}", 8000)
            return None
        self._last = (text, article)
        if version is not None:
            self.recorded.emit(version)
        return version
