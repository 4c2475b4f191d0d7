"""Pictures Slidewright copied into ``images/`` this session and that no slide uses any more (a
drop undone, an image replaced) are removed when the article is saved.

Only files this window copied in (a drop, a paste, Choose Image) are ever removed: a file the
writer put in the folder by hand is theirs and stays. A removed file's bytes are kept until the
window closes, so an undo or redo that brings the picture back after the save writes it again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject

from slidewright.fileformat.bundle import local_images
from slidewright.model import Article
from slidewright.ui.editing.document import Document
from slidewright.ui.session.article_session import ArticleSession


def mentions(article: Article, relative: str) -> bool:
    """Whether anything the article holds names the file: a slide's or a read-more link's image,
    or a picture in a body or the intro (Markdown's ``![…](images/…)``)."""
    if relative in local_images(article):
        return True
    texts = [article.intro] + [slide.body for slide in article.slides]
    texts += [
        value
        for slide in article.slides
        for field in dataclasses.fields(slide)
        if isinstance(value := getattr(slide, field.name), str)
    ]
    return any(relative in text for text in texts if text)


class ImageCleanup(QObject):
    """Made in the window's step two; told of each file the slide actions copy in."""

    def __init__(self, session: ArticleSession) -> None:
        super().__init__(session)
        self.session = session
        self.copied: set[Path] = set()  # absolute paths of the files copied in this session
        self.removed: dict[Path, bytes] = {}  # removed on a save, kept to be put back
        self._doc: Document | None = None
        session.documentChanged.connect(self._document_changed)
        session.saved.connect(self.remove_unused)
        self._document_changed(session.doc)

    def note_copied(self, bundle: Path, relative: str, existed: bool) -> None:
        if not existed:
            self.copied.add((bundle / relative).resolve())

    def _document_changed(self, doc: Document | None) -> None:
        if self._doc is not None:
            self._doc.slideChanged.disconnect(self._slide_changed)
        self._doc = doc
        if doc is not None:
            doc.slideChanged.connect(self._slide_changed)

    def remove_unused(self) -> list[Path]:
        """After a save: remove the copied files the saved article does not use."""
        doc = self.session.doc
        if doc is None:
            return []
        root = doc.bundle.resolve()
        gone: list[Path] = []
        for path in sorted(self.copied):
            if not path.is_relative_to(root) or not path.is_file():
                continue
            if mentions(doc.article, path.relative_to(root).as_posix()):
                continue
            try:
                self.removed[path] = path.read_bytes()
                path.unlink()
            except OSError:
                continue
            self.copied.discard(path)
            gone.append(path)
        if gone:
            names = ", ".join(path.name for path in gone)
            said = self.tr("Saved; removed pictures no slide uses from images/: {names}")
            self.session.message.emit(said.format(names=names), 8000)

        return gone

    def _slide_changed(self, index: int, name: str) -> None:
        """An undo or redo named a picture removed on a save: write it back."""
        doc = self._doc
        if name != "image" or doc is None or not 0 <= index < len(doc.article.slides):
            return
        path = (doc.bundle / doc.article.slides[index].image).resolve()
        data = self.removed.get(path)
        if data is not None and not path.exists():
            try:
                path.write_bytes(data)
            except OSError:  # the slide shows "no image" and Problems flags the missing file
                return
            del self.removed[path]
            self.copied.add(path)
            # the views that looked before the file was back ("no image") look again
            doc.slideChanged.emit(index, "image")
