"""Keeps the open article's versions: after every save, and before a change a writer may want
to go back on (Replace All, an import, a restore). See :mod:`slidewright.history.store`.

A failure to keep a version never stops a save: the status line says so and writing goes on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import format_article, local_images, parse_article
from slidewright.history import HistoryStore, Version, summary
from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.model import Article
from slidewright.ui.background import Background
from slidewright.ui.datafolder import data_dir
from slidewright.ui.editing.document import Document


def history_root() -> Path:
    """``$XDG_DATA_HOME/Slidewright/history``: the writer's own folder, never the bundle."""
    return data_dir() / "history"


# The fixed labels a version may carry. Kept as their template, they are said in the window's
# language when shown; a label given already translated (or stored as plain English text by an
# earlier version) is recognised here by its text and kept or shown as the message it is.
REASONS: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP("HistoryKeeper", "Saved"),
    QT_TRANSLATE_NOOP("HistoryKeeper", "As opened"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Before restore"),
    QT_TRANSLATE_NOOP("ImportDialog", "Before import"),
    QT_TRANSLATE_NOOP("DiskConflict", "Before reload"),
)


def reason_message(reason: str) -> str:
    """``reason`` as a message when it is one of :data:`REASONS`, in English or in the window's
    language; any other text as it is."""
    if isinstance(reason, Message):
        return reason
    for known in REASONS:
        if reason in (known.template, QCoreApplication.translate(known.context, known.template)):
            return known
    return reason


def summarise(previous: str | None, text: str) -> str:
    """What changed from ``previous`` to ``text`` (both ``index.md`` texts), in a line."""
    try:
        old = None if previous is None else parse_article(previous)
        return summary(old, parse_article(text))
    except SlidewrightError:
        return QCoreApplication.translate("HistoryKeeper", "The file could not be read")


class HistoryKeeper(QObject):
    message = Signal(str, int)  # for the status line
    recorded = Signal(object)  # the Version just kept

    def __init__(self, store: HistoryStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or HistoryStore(history_root())
        self.doc: Document | None = None
        self._last: tuple[str, Article] | None = None  # the text kept last, as read (worker's)
        self.background = Background(self)
        self.background.done.connect(self._done)
        self.background.failed.connect(
            lambda _token, message: self.message.emit(
                self.tr("History: {reason}").format(reason=message), 8000
            )
        )

    def follow(self, doc: Document | None) -> None:
        """Keep the versions of ``doc`` (the session's new document, or None)."""
        if self.doc is not None:
            for signal, slot in (
                (self.doc.saved, self._saved),
                (self.doc.checkpointRequested, self.checkpoint),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.doc = doc
        if doc is None:
            return
        doc.saved.connect(self._saved)
        doc.checkpointRequested.connect(self.checkpoint)
        if doc.index_file.is_file():  # what a first save replaces, or a change made elsewhere
            self._submit(
                doc.bundle, self._disk_text(doc), QT_TRANSLATE_NOOP("HistoryKeeper", "As opened")
            )  # (kept if it differs)

    def finish(self) -> None:
        """Wait until every version asked for is kept (before the History dialog reads them)."""
        self.background.wait()

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
        moved = isinstance(old_bundle, Path) and old_bundle.resolve() != doc.bundle.resolve()
        link = old_bundle if moved and isinstance(old_bundle, Path) else None
        saved = QT_TRANSLATE_NOOP("HistoryKeeper", "Saved")
        self._submit(doc.bundle, self._disk_text(doc), saved, link_from=link)

    def checkpoint(self, reason: str) -> None:
        """Keep the article as it is in the window now (saved or not). ``reason`` is best a
        :class:`Message` (shown in the language of the window that lists it later)."""
        if self.doc is not None:
            text = format_article(self.doc.article, notes=True)
            self._submit(self.doc.bundle, text, reason_message(reason))

    def _submit(
        self,
        bundle: Path,
        text: str | None,
        reason: str,
        link_from: Path | None = None,
    ) -> None:
        """Keep ``text`` on the worker thread: hashing and copying a first save's images, and
        reading the article for the summary, never hold up typing. Jobs run one at a time, in
        order, so versions are kept in the order they were asked for."""
        if text is None:
            return
        store = self.store

        def work() -> tuple[Version | None, str]:
            try:
                if link_from is not None:
                    store.link(bundle, link_from)  # Save As: the history goes along
                return self._record(bundle, text, reason), ""
            except (OSError, ValueError, SlidewrightError) as error:
                return None, str(error)

        self.background.submit(work)

    def _record(self, bundle: Path, text: str, reason: str) -> Version | None:
        """(On the worker.) The article is read once: the version before is usually the text
        kept last time, whose reading is remembered."""
        article = parse_article(text)
        last = self._last

        def summarise_with(previous: str | None, _text: str) -> str:
            if previous is None:
                return summary(None, article)
            try:
                old = last[1] if last and last[0] == previous else parse_article(previous)
            except SlidewrightError:
                return QCoreApplication.translate(
                    "HistoryKeeper", "The version before could not be read"
                )
            return summary(old, article)

        version = self.store.record(bundle, text, local_images(article), reason, summarise_with)
        self._last = (text, article)
        return version

    def _done(self, _token: object, result: object) -> None:
        version, error = result if isinstance(result, tuple) else (None, "")
        if error:
            self.message.emit(
                self.tr("This version was not kept in the history: {reason}").format(reason=error),
                8000,
            )
        elif isinstance(version, Version):
            self.recorded.emit(version)
