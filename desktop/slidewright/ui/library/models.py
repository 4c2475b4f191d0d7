"""Table models over the library overview: plain Python lists, so 10,000 rows cost a list."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from slidewright.library.overview import ArticleEntry, PhotoEntry

Index = QModelIndex | QPersistentModelIndex
SORT = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(72, 48)
MAX_THUMB_BYTES = 20 * 1024 * 1024


class ArticlesModel(QAbstractTableModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ArticlesModel", "Title")),
        str(QT_TRANSLATE_NOOP("ArticlesModel", "Date")),
        str(QT_TRANSLATE_NOOP("ArticlesModel", "Folder")),
        str(QT_TRANSLATE_NOOP("ArticlesModel", "Slides")),
        str(QT_TRANSLATE_NOOP("ArticlesModel", "Problems")),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ArticleEntry] = []
        self.problems: dict[str, int] = {}

    def set_rows(self, rows: list[ArticleEntry], problems: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        if problems is not None:
            self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT):
            if column == 0:
                return entry.title or self.tr("(untitled)")
            if column == 1:
                return entry.date
            if column == 2:
                return entry.path
            if column == 3:
                return entry.slides
            if entry.status != "ok":
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("cannot be read")
                return 1_000_000
            return self.problems.get(entry.path, 0)
        if role == Qt.ItemDataRole.ToolTipRole and entry.status != "ok":
            return self.tr("This article cannot be read; double-click to see why")
        return None


def thumbnail(file: Path) -> QPixmap | None:
    """A small picture of ``file``, read only when it is a regular file of sane size (a pipe
    named like a picture never blocks the window)."""
    from slidewright.fileformat.images import ImageProblem, read_image_bytes

    try:
        info = os.stat(file)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_THUMB_BYTES:
            return None
        raw = read_image_bytes(file)
    except (OSError, ImageProblem):
        return None
    from PySide6.QtCore import QBuffer

    buffer = QBuffer()
    buffer.setData(QByteArray(raw))
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image: QImage = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class PhotosModel(QAbstractTableModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PhotosModel", "Picture")),
        str(QT_TRANSLATE_NOOP("PhotosModel", "File")),
        str(QT_TRANSLATE_NOOP("PhotosModel", "Used in")),
        str(QT_TRANSLATE_NOOP("PhotosModel", "Credits")),
        str(QT_TRANSLATE_NOOP("PhotosModel", "Licence until")),
    )

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.rows: list[PhotoEntry] = []
        self._thumbs: dict[str, QPixmap | None] = {}

    def set_rows(self, rows: list[PhotoEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if column == 0 and role == Qt.ItemDataRole.DecorationRole:
            if entry.photo not in self._thumbs:
                self._thumbs[entry.photo] = thumbnail(self.root / entry.file)
            return self._thumbs[entry.photo]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return None if role == Qt.ItemDataRole.DisplayRole else entry.file
        if column == 1:
            return entry.file
        if column == 2:
            names = entry.articles
            if role == SORT:
                return len(names)
            if role != Qt.ItemDataRole.DisplayRole:
                return "\n".join(names)
            shown = ", ".join(names[:3])
            if len(names) > 3:
                more = len(names) - 3  # "1 more" its own text: French says "1 autre", "2 autres"
                many = (
                    self.tr("{names} and 1 more")
                    if more == 1
                    else self.tr("{names} and {more} more")
                )
                shown = many.format(names=shown, more=more)
            return f"{len(names)}: {shown}"
        if column == 3:
            return " | ".join(entry.credits)
        return entry.licence_end
