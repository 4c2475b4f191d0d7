"""The open article's life: open, new, save, save as, close, reload and crash recovery.

The window never does these itself; it listens to ``documentChanged`` and ``message``. Questions go
through ``Prompts`` so tests can answer them. Keeping the document's life in one object is what
makes "close, then open again" and "save as, then reopen the old folder" ordinary paths instead of
special cases spread over the window.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, QObject, QTimer, Signal

from slidewright.errors import ImageConflictError, SaveConflictError, SlidewrightError, reason
from slidewright.fileformat.bundle import INDEX
from slidewright.ui.dialogs.prompts import Prompts
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.document import read as read_article
from slidewright.ui.session import crash_recovery, first_save
from slidewright.ui.session.file_watch import FileWatch
from slidewright.ui.session.open_elsewhere import OpenMarks
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.recovery import INTERVAL_MS, RecoveryStore
from slidewright.ui.session.sample import ensure_sample_copy
from slidewright.ui.session.settings import Settings

T = TypeVar("T")


class ArticleSession(QObject):
    """Owns the open Document (or none) and everything that replaces, saves or drops it."""

    documentChanged = Signal(object)  # the new Document, or None when the article was closed
    message = Signal(str, int)  # a status-bar line and how long to show it (ms)
    openFailed = Signal(str)  # why an article could not be opened
    saved = Signal()  # a save in place succeeded (unused copied pictures are removed then)

    def __init__(self, settings: Settings, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts
        self.doc: Document | None = None
        self.unchecked: Document | None = None  # opened from disk; not yet asked before saving
        self.last_error: SlidewrightError | None = None
        self.busy = False  # an article is being read
        # The fields' typed text the article does not hold, each said as a sentence ("": none):
        # asked before the article is dropped (maybe_save)
        self.unread: list[Callable[[], str]] = []
        self.recovery = RecoveryStore()
        self.marks = OpenMarks(self.recovery.owner)  # "open in another window too?"
        self.watch = FileWatch(self)
        self.watch.changedOnDisk.connect(self._changed_on_disk)
        self.watch.deferred.connect(self._disk_change_waits)
        self.snapshot_failed = False  # said once until a copy is written again
        self.snapshot_timer = QTimer(self, interval=INTERVAL_MS)
        self.snapshot_timer.timeout.connect(self.snapshot)
        self.snapshot_timer.start()
        self.destroyed.connect(self.recovery.close)
        self.destroyed.connect(self.marks.unmark)

    # -- replacing the document ------------------------------------------------------------
    def _replace(self, doc: Document | None) -> None:
        old = self.doc
        self.doc = doc
        self.unchecked = None  # open_path and reload mark a document read from disk
        self.documentChanged.emit(doc)  # views let go of the old document here
        self.watch.watch(doc)
        self.marks.mark(doc.bundle if doc is not None else None)
        if doc is not None:
            doc.pathChanged.connect(lambda: self.watch.watch(self.doc))
            doc.pathChanged.connect(lambda: self.marks.mark(self.doc.bundle if self.doc else None))
            self.settings.add_recent(doc.bundle)
        if old is not None and old is not doc:
            old.deleteLater()

    def open_path(self, path: Path) -> bool:
        """Open an article; a file that cannot be read shows why and opens nothing."""
        if self.busy or not self.maybe_save():
            return False
        try:
            doc = Document.from_read(self._responsively(lambda: read_article(path)), self)
        except SlidewrightError as error:
            return self._open_failed(error)
        except Exception as error:  # a fault of ours: say so, keep the window alive
            traceback.print_exc(file=sys.stderr)
            return self._open_failed(
                SlidewrightError(
                    self.tr("{path}: could not be opened ({kind}: {reason})").format(
                        path=path, kind=type(error).__name__, reason=error
                    )
                )
            )
        self.last_error = None
        self._replace(doc)
        self.unchecked = doc
        self.offer_recovery(doc)
        notice = self.marks.notice(doc.bundle, doc.article.title.strip() or doc.bundle.name)
        if notice is not None:  # open in another window too: said, not refused
            self.prompts.error(*notice)
        return True

    def _responsively(self, job: Callable[[], T]) -> T:
        """``job()`` (reading the article) on a worker thread while the window keeps painting
        and its timers keep firing; file menu actions wait (``busy``) until it is done."""
        outcome: dict[str, object] = {}
        loop = QEventLoop()

        def work() -> None:
            try:
                outcome["value"] = job()
            except BaseException as error:  # handed to the UI thread, raised there
                outcome["error"] = error
            finally:
                # from this thread Qt queues the call (AutoConnection), so it lands in the loop
                QMetaObject.invokeMethod(loop, "quit")

        self.busy = True
        try:
            threading.Thread(target=work, name="open-article", daemon=True).start()
            loop.exec()
        finally:
            self.busy = False
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def _open_failed(self, error: SlidewrightError) -> bool:
        self.last_error = error
        self.openFailed.emit(str(error))
        self.prompts.error(self.tr("Cannot open article"), str(error))
        return False

    def open_dialog(self) -> None:
        path = self.prompts.open_file(
            self.tr("Open Article"), self.tr("Slidewright articles (*.md)")
        )
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> bool:
        return self.open_path(ensure_sample_copy())

    def new_article(self, folder: Path | None = None) -> bool:
        """Create a bundle in an empty (or new) folder with one blank slide."""
        if self.busy or not self.maybe_save():
            return False
        given = None
        folder = folder if isinstance(folder, Path) else None  # (a menu entry passes False)
        if folder is None:  # the title first; its folder's name is offered from it
            from slidewright.fileformat.images import slugify

            given = self.prompts.new_title(self.tr("New Article"))
            if given is None:
                return False
            folder = self.prompts.new_folder(
                self.tr("New Article: where to keep it"), slugify(given, "new-article")
            )
        if folder is None:
            return False
        if (folder / INDEX).exists():
            self.prompts.error(
                self.tr("Folder holds an article"),
                self.tr(
                    "{folder} already holds an article (index.md). Open it instead, or pick an "
                    "empty folder."
                ).format(folder=folder),
            )
            return False
        title = given or (
            folder.name.replace("-", " ").replace("_", " ").strip().capitalize()
            or self.tr("Untitled article")
        )
        doc = Document(Preferences.load(self.settings).new_article(title), folder, parent=self)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            doc.save()
        except (OSError, SlidewrightError) as error:
            self.prompts.error(self.tr("Cannot create article"), f"{folder}: {reason(error)}")
            return False
        self._replace(doc)
        return True

    def close_article(self) -> bool:
        """Back to the welcome page (after the unsaved-changes question)."""
        if self.doc is None:
            return True
        if self.busy or not self.maybe_save():
            return False
        self.recovery.discard(self.doc.bundle)
        self._replace(None)
        return True

    def _changed_on_disk(self) -> None:
        """Another program changed index.md (ui/session/disk_prompt.py: reload quietly, or ask)."""
        from slidewright.ui.session.disk_prompt import changed_on_disk

        changed_on_disk(self)

    def _disk_change_waits(self) -> None:
        """It changed while the writer types: the status line says they will be asked."""
        from slidewright.ui.session.disk_prompt import waiting

        waiting(self)

    def reload(self) -> None:
        """Read the article again from disk (another program changed it); selection is the
        window's business, so it only sees a new document."""
        doc = self.doc
        if doc is None:
            return
        try:
            fresh = Document.load(doc.bundle, self)
        except SlidewrightError as error:
            self.prompts.error(
                self.tr("Cannot reload article"),
                self.tr(
                    "{reason}\n\nYour version stays open; Save asks before writing over that file."
                ).format(reason=error),
            )
            self.watch.dismiss_current()
            return
        from slidewright.ui.session.disk_changes import describe_changes

        changes = describe_changes(doc.on_disk, fresh.article).replace("\n", "; ")
        self.recovery.discard(doc.bundle)
        self._replace(fresh)
        self.unchecked = fresh
        self.message.emit(
            self.tr("Reloaded {file}, changed on disk: {changes}").format(
                file=doc.index_file.name, changes=changes
            ),
            10000,
        )

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in place. A file changed by another program is overwritten only when the writer
        agrees; a failed write says so and leaves the file on disk as it was."""
        doc = self.doc
        if doc is None or self.busy:
            return False
        kept = self._keep_original(doc) if self.unchecked is doc else None
        if kept is False or self.doc is not doc:  # said no, or reloaded while checking
            return False
        force = False
        while True:
            try:
                doc.save(force=force)
            except SaveConflictError:
                from slidewright.ui.session.disk_prompt import save_conflict

                choice = "cancel" if force else save_conflict(self, doc)
                if choice == "cancel" or self.doc is not doc:
                    return False
                force = choice == "overwrite"  # after a merge, saved against their version
                continue
            except (OSError, SlidewrightError, ValueError) as error:
                self.prompts.error(
                    self.tr("Not saved"),
                    self.tr(
                        "{file} could not be saved: {reason}. "
                        "The file on disk is unchanged; your changes are still open here."
                    ).format(file=doc.index_file, reason=reason(error)),
                )
                self.message.emit(self.tr("Not saved: {reason}").format(reason=reason(error)), 0)
                return False
            break
        self.recovery.discard(doc.bundle)
        if isinstance(kept, Path):
            saved = self.tr("Saved {file}; the original is kept as {copy}")
            self.message.emit(saved.format(file=doc.index_file, copy=kept.name), 8000)
        else:
            self.message.emit(self.tr("Saved {file}").format(file=doc.index_file), 4000)
        self.saved.emit()
        return True

    def _keep_original(self, doc: Document) -> Path | bool:
        """Asked before the first save of a file read from disk (again after a no, never after
        a yes): False means do not save."""
        kept = first_save.keep_original_if_needed(
            doc.index_file, self.prompts, self._responsively, self.message.emit
        )
        if kept is not False:
            self.unchecked = None
        return kept

    def save_as(self, folder: Path | None = None) -> bool:
        doc = self.doc
        if doc is None:
            return False
        folder = folder if isinstance(folder, Path) else None  # (a menu entry passes False)
        if folder is None:  # the folder's name offered from the title, as New Article does
            from slidewright.fileformat.images import slugify

            folder = self.prompts.new_folder(
                self.tr("Save Article As: name its new folder"),
                slugify(doc.article.title, "new-article"),
            )
        if folder is None:
            return False
        if folder.resolve() == doc.bundle.resolve():
            return self.save()
        if (folder / INDEX).exists():
            self.prompts.error(
                self.tr("Folder holds an article"),
                self.tr("{folder} already holds an article; pick an empty folder.").format(
                    folder=folder
                ),
            )
            return False
        if _holds_files(folder) and not self.prompts.yes_no(
            self.tr("Folder is not empty"),
            self.tr(
                "{folder} already holds other files. Save the article there anyway? Images of the "
                "article replace files of the same name."
            ).format(folder=folder),
        ):
            return False
        old_bundle = doc.bundle
        try:
            try:
                missing = doc.save_as(folder)
            except ImageConflictError as conflict:
                if not self.prompts.yes_no(
                    self.tr("Replace images?"),
                    self.tr(
                        "{folder} already holds different images with the same names:\n"
                        "{images}\n\nReplace them with the article's images?"
                    ).format(folder=folder, images="\n".join(conflict.images[:10])),
                ):
                    return False
                missing = doc.save_as(folder, replace=True)
        except (OSError, SlidewrightError) as error:
            self.prompts.error(self.tr("Not saved"), f"{folder}: {reason(error)}")
            return False
        self.recovery.discard(old_bundle)  # the edits now live in the new folder
        self.unchecked = None  # the file in the new folder is Slidewright's own
        self.settings.add_recent(folder)
        self.message.emit(self.tr("Saved as {file}").format(file=doc.index_file), 4000)
        if missing:
            self.prompts.error(
                self.tr("Some images were missing"),
                self.tr(
                    "These images were not copied (missing, or outside the article's folder):\n"
                    "{images}"
                ).format(images="\n".join(missing)),
            )
        return True

    def maybe_save(self) -> bool:
        """True when it is safe to drop the current article (saved, discarded or unmodified)."""
        doc = self.doc
        if doc is None:
            return True
        if not self._unread_may_go():
            return False
        if not doc.modified:
            return True
        answer = self.prompts.save_changes(doc.article.title or doc.bundle.name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.recovery.discard(doc.bundle)
            return True
        return False

    def _unread_may_go(self) -> bool:
        """Typed text the article cannot hold (a Date that is no date): the writer says whether
        it may go with the article. Nothing the writer typed disappears unasked."""
        said = [text for text in (unread() for unread in self.unread) if text]
        if not said:
            return True
        return self.prompts.yes_no(
            self.tr("Typed text not saved"),
            "\n".join(said) + "\n\n" + self.tr("Close the article without it?"),
            default_yes=False,
            yes=self.tr("Close Without It"),
            no=self.tr("Keep Editing"),
        )

    # -- crash recovery (crash_recovery.py) -------------------------------------------------
    def snapshot(self) -> None:
        """Copy the open article aside if it has unsaved changes; say so once if that fails."""
        crash_recovery.snapshot(self)

    def offer_recovery(self, doc: Document) -> bool:
        """After opening ``doc``: offer changes left by a session that ended without saving."""
        return crash_recovery.offer_recovery(self, doc)


def _holds_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False
