"""The open article as the window sees it: one Article, its bundle folder and one undo stack.

Every change goes through an undo command, and every command changes the article through the
methods here, which emit the signals that views (list, editors, preview, problems) follow.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from slidewright.fileformat import bundle as fileformat
from slidewright.model import ARTICLE_PANE_FIELDS, Article, Slide
from slidewright.model import operations as ops
from slidewright.model.notes import Note


def read(path: Path | str) -> tuple[Article, Path, str | None]:
    """Everything opening needs from disk, without Qt: safe to run on a worker thread. A
    reopening's read-ahead (ui/read_ahead.py) may have read it already, while the first
    page's frame reached the screen."""
    from slidewright.ui import read_ahead

    ahead = read_ahead.take_read(Path(path))
    if ahead is not None:
        return ahead
    article = fileformat.load_article(path)
    return article, fileformat.bundle_dir(path), fileformat.file_digest(path)


def snapshot(article: Article) -> Article:
    """A copy of the article's values as they are now, cheap enough for every save: the text
    fields are immutable strings, shared; only the slide list and each slide are copied."""
    kept = copy.copy(article)
    kept.slides = [copy.copy(slide) for slide in article.slides]
    return kept


class Document(QObject):
    slideChanged = Signal(int, str)  # index, field
    articleChanged = Signal(str)  # field
    slidesReset = Signal(list)  # slides added, removed or moved; the rows to select after
    pathChanged = Signal()
    # after a save (the bundle saved from: itself, or the old folder on Save As), and before a
    # change a writer may want to go back on (Replace All, an import): the version history's cues
    saved = Signal(object)
    checkpointRequested = Signal(object)  # the reason: a str, or a Message the history keeps
    notesChanged = Signal()  # an editor's note added, answered, resolved or removed

    def __init__(
        self,
        article: Article,
        bundle: Path,
        digest: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.bundle = bundle
        self.digest = digest  # of index.md as last loaded or saved, to spot outside edits
        self.on_disk = snapshot(article)  # the article as last loaded or saved: what another
        self.undo_stack = QUndoStack(self)  # program's change is compared with

    @classmethod
    def load(cls, path: Path | str, parent: QObject | None = None) -> Document:
        """Load a bundle; raises FormatError (nothing is opened) when it cannot be read."""
        return cls.from_read(read(path), parent)

    @classmethod
    def from_read(
        cls, read_result: tuple[Article, Path, str | None], parent: QObject | None = None
    ) -> Document:
        article, bundle, digest = read_result
        return cls(article, bundle, digest, parent)

    @property
    def index_file(self) -> Path:
        return self.bundle / fileformat.INDEX

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self, force: bool = False) -> None:
        """Save in place; refuses (SaveConflictError) when the file changed on disk, unless forced."""
        expected = None if force else self.digest
        self.digest = fileformat.save_article(self.article, self.bundle, expected_digest=expected)
        self.on_disk = snapshot(self.article)
        self.undo_stack.setClean()
        self.saved.emit(self.bundle)

    def save_as(self, bundle: Path, replace: bool = False) -> list[str]:
        """Save into another bundle folder, copying the images; returns images not copied
        (missing, or pointing outside the folder). Raises ImageConflictError, before writing
        anything, when different images of the same names are there and ``replace`` is False."""
        missing = fileformat.copy_images(self.article, self.bundle, bundle, replace=replace)
        self.digest = fileformat.save_article(self.article, bundle)
        self.on_disk = snapshot(self.article)
        old, self.bundle = self.bundle, bundle
        self.undo_stack.setClean()
        self.pathChanged.emit()
        self.saved.emit(old)
        return missing

    def checkpoint(self, reason: str) -> None:
        """Keep the article as it is now in its history, before a change named by ``reason``."""
        self.checkpointRequested.emit(reason)

    # -- changes, called by undo commands only -----------------------------------------------
    def set_slide_field(self, index: int, name: str, value: Any) -> None:
        ops.set_slide_field(self.article, index, name, value)
        self.slideChanged.emit(index, name)

    def set_article_field(self, name: str, value: Any) -> None:
        ops.set_article_field(self.article, name, value)
        self.articleChanged.emit(name)

    def insert_slides(self, slides: list[tuple[int, Slide]]) -> None:
        ops.restore_slides(self.article, slides)
        self.slidesReset.emit([index for index, _ in slides])

    def remove_slides(self, indices: list[int]) -> list[tuple[int, Slide]]:
        removed = ops.remove_slides(self.article, indices)
        remaining = len(self.article.slides)
        self.slidesReset.emit([min(removed[0][0], remaining - 1)] if removed and remaining else [])
        return removed

    def replace_article(self, article: Article, select: int = 0) -> None:
        """The whole article at once; ``select`` is the row to show after (clamped), so a merge
        or reload keeps the writer on the slide they were editing."""
        self.article = copy.deepcopy(article)
        count = len(self.article.slides)
        self.slidesReset.emit([min(max(select, 0), count - 1)] if count else [])
        for name in ARTICLE_PANE_FIELDS:
            self.articleChanged.emit(name)

    def set_notes(self, index: int | None, notes: list[Note]) -> None:
        """The notes of slide ``index`` (None: the article's own)."""
        if index is None:
            self.article.notes = copy.deepcopy(notes)
        else:
            self.article.slides[index].notes = copy.deepcopy(notes)
        self.notesChanged.emit()

    def apply_order(self, order: list[int], select: list[int]) -> None:
        ops.apply_order(self.article, order)
        self.slidesReset.emit(select)
