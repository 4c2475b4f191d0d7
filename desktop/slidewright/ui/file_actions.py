"""File menu: new, open, recent, save, save as, close, and the prompts that keep work safe."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMenu

from slidewright.errors import SaveConflictError, SlidewrightError
from slidewright.fileformat.bundle import INDEX
from slidewright.model import Article, Slide
from slidewright.packagedata import SAMPLE, copy_sample
from slidewright.ui import dialogs
from slidewright.ui.document import Document

if TYPE_CHECKING:
    from slidewright.ui.main_window import MainWindow


def sample_copy_location() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Slidewright" / SAMPLE


def ensure_sample_copy() -> Path:
    """The writer's own copy of the sample (made once, never overwritten)."""
    target = sample_copy_location()
    if not (target / INDEX).exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_sample(target)
    return target


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last_error: SlidewrightError | None = None

    @property
    def doc(self) -> Document | None:
        return self.window.doc

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open an article; a file that cannot be read shows why and opens nothing."""
        if not self.maybe_save():
            return False
        try:
            doc = Document.load(path, self.window)
        except SlidewrightError as error:
            self.last_error = error
            dialogs.show_error(self.window, "Cannot open article", str(error))
            return False
        self._replace(doc)
        self.window.recovery.offer(doc)
        return True

    def _replace(self, doc: Document) -> None:
        old = self.window.doc
        self.window.set_document(doc)
        self.window.settings.add_recent(doc.bundle)
        if old is not None:
            old.deleteLater()

    def open_dialog(self) -> None:
        path = dialogs.ask_open_file(self.window, "Open Article", "Slidewright articles (*.md)")
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        self.open_path(ensure_sample_copy())

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.window.settings.recent()
        for path in recent:
            action = menu.addAction(f"{path.name} — {path.parent}")
            action.triggered.connect(lambda _=False, path=path: self.open_path(path))
        if recent:
            menu.addSeparator()
            menu.addAction("Clear Menu", self.window.settings.clear_recent)
        else:
            menu.addAction("No recent articles").setEnabled(False)

    def new_article(self, folder: Path | None = None) -> bool:
        """Create a bundle in an empty (or new) folder with one blank slide."""
        if not self.maybe_save():
            return False
        folder = folder or dialogs.ask_folder(self.window, "New Article: choose an empty folder")
        if folder is None:
            return False
        if (folder / INDEX).exists():
            dialogs.show_error(
                self.window,
                "Folder holds an article",
                f"{folder} already holds an article (index.md). Open it instead, or pick an empty folder.",
            )
            return False
        title = (
            folder.name.replace("-", " ").replace("_", " ").strip().capitalize()
            or "Untitled article"
        )
        doc = Document(Article(title=title, slides=[Slide()]), folder, parent=self.window)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            doc.save()
        except OSError as error:
            dialogs.show_error(self.window, "Cannot create article", f"{folder}: {error.strerror}")
            return False
        self._replace(doc)
        return True

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in place. A file changed by another program is overwritten only when the writer
        agrees; a failed write says so and leaves the file on disk as it was."""
        doc = self.doc
        if doc is None:
            return False
        force = False
        while True:
            try:
                doc.save(force=force)
            except SaveConflictError:
                if force or not dialogs.ask_overwrite_changed(self.window, doc.index_file):
                    return False
                force = True
                continue
            except OSError as error:
                dialogs.show_error(
                    self.window,
                    "Not saved",
                    f"{doc.index_file} could not be saved: {error.strerror}. The file on disk is unchanged.",
                )
                return False
            break
        self.window.recovery.discard(doc)
        self.window.statusBar().showMessage(f"Saved {doc.index_file}", 4000)
        return True

    def save_as(self, folder: Path | None = None) -> bool:
        doc = self.doc
        if doc is None:
            return False
        folder = folder or dialogs.ask_folder(
            self.window, "Save Article As: choose an empty folder"
        )
        if folder is None:
            return False
        if folder.resolve() == doc.bundle.resolve():
            return self.save()
        if (folder / INDEX).exists():
            dialogs.show_error(
                self.window,
                "Folder holds an article",
                f"{folder} already holds an article; pick an empty folder.",
            )
            return False
        try:
            missing = doc.save_as(folder)
        except OSError as error:
            dialogs.show_error(self.window, "Not saved", f"{folder}: {error.strerror}")
            return False
        self.window.settings.add_recent(folder)
        if missing:
            dialogs.show_error(
                self.window,
                "Some images were missing",
                "These images were not found and were not copied:\n" + "\n".join(missing),
            )
        return True

    def maybe_save(self) -> bool:
        """True when it is safe to drop the current article (saved, discarded or unmodified)."""
        doc = self.doc
        if doc is None or not doc.modified:
            return True
        answer = dialogs.ask_save_changes(self.window, doc.article.title or doc.bundle.name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.window.recovery.discard(doc)
            return True
        return False

    def close_article(self) -> None:
        if self.maybe_save() and self.window.doc is not None:
            old = self.window.doc
            self.window.doc = None
            self.window.show_welcome()
            old.deleteLater()

    # -- images, import, export ------------------------------------------------------------
    def choose_image(self) -> None:
        row = self.window.current_row()
        if self.doc is None or row < 0:
            return
        path = dialogs.ask_open_file(self.window, "Choose Image", dialogs.IMAGE_FILTER)
        if path is not None:
            self.window.slides.set_image(row, path)

    def export_dialog(self) -> None:
        from slidewright.ui.export_dialog import run_export_dialog

        if self.doc is not None:
            run_export_dialog(self.window, self.doc, self.window.preview.mode)

    def import_dialog(self) -> None:
        from slidewright.ui.import_dialog import run_import_dialog

        run_import_dialog(self.window)
