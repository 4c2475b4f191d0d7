"""The slide list: a Qt model over the document's slides (not a copy) and its view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from slidewright.credits.findings import Severity, severity_word
from slidewright.model import Slide
from slidewright.ui.access.contrast import severity_color
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.thumbnails import ThumbnailCache
from slidewright.ui.problems.finding_text import translated

MIME = "application/x-slidewright-slide-rows"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}
FindingsRole = Qt.ItemDataRole.UserRole + 1
NotesRole = Qt.ItemDataRole.UserRole + 2  # how many open editor's notes the slide has
Index = QModelIndex | QPersistentModelIndex
NOTE_MARK = "\N{LOWER RIGHT PENCIL}"  # beside a slide with open editor's notes


class SlideListModel(QAbstractListModel):
    def __init__(self, doc: Document, thumbnails: ThumbnailCache) -> None:
        super().__init__(doc)
        self.doc = doc
        self.thumbnails = thumbnails
        self.findings: dict[int, tuple[str, int]] = {}  # row -> (worst severity, count)
        doc.slidesReset.connect(self._reset)
        doc.slideChanged.connect(self._changed)
        doc.notesChanged.connect(self._notes_changed)

    def _reset(self, _rows: list[int] | None = None) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, row: int, name: str) -> None:
        if name in ("heading", "image"):
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _notes_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [NotesRole])

    def set_findings(self, findings: dict[int, tuple[str, int]]) -> None:
        if findings != self.findings:
            self.findings = findings
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0), self.index(self.rowCount() - 1), [FindingsRole]
                )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.doc.article.slides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.doc.article.slides):
            return None
        slide = self.doc.article.slides[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return slide.heading or self.tr("Untitled slide")
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get(self.doc.bundle, slide.image)
        if role == Qt.ItemDataRole.ToolTipRole:
            finding = self.findings.get(index.row())
            tip = f"{index.row() + 1}. {slide.heading or self.tr('Untitled slide')}\n"
            tip += slide.image or self.tr("no image")
            if finding:  # "note", as the Problems panel says
                worst = translated(severity_word(Severity(finding[0])))
                findings = self.tr("%n credit/image finding(s), worst: {severity}", "", finding[1])
                tip += "\n" + findings.format(severity=worst)
            notes = open_notes(slide)
            if notes:
                tip += "\n" + self.tr("%n open note(s) for the editor", "", notes)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what the badge shows, said too
            finding = self.findings.get(index.row())
            heading = slide.heading or self.tr("untitled")
            if finding:
                said = self.tr("Slide {number}: {heading}, {problems}")
            else:
                said = self.tr("Slide {number}: {heading}")
            return said.format(
                number=index.row() + 1,
                heading=heading,
                problems=problem_count(*finding) if finding else "",
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if slide.image:
                said = self.tr("Image: {file}").format(file=slide.image)
            else:
                said = self.tr("No image")
            notes = open_notes(slide)  # the marker, said too
            if notes:
                said += "; " + self.tr("%n open note(s) for the editor", "", notes)
            return said
        if role == FindingsRole:
            return self.findings.get(index.row())
        if role == NotesRole:
            return open_notes(slide)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes})
        mime.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return mime


def open_notes(slide: Slide) -> int:
    return sum(not note.resolved for note in slide.notes)


def problem_count(severity: str, count: int) -> str:
    """A badge in words: "2 problems, worst: warning"."""
    worst_word = translated(severity_word(Severity(severity)))
    if count == 1:
        text = QCoreApplication.translate("SlideList", "1 problem, worst: {severity}")
    else:
        text = QCoreApplication.translate("SlideList", "%n problems, worst: {severity}", "", count)
    return text.format(severity=worst_word)


def rows_from_mime(mime: QMimeData) -> list[int]:
    raw = bytes(mime.data(MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part]


def image_files(mime: QMimeData) -> list[Path]:
    """Local image files in a drop (from a file manager)."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES and f.is_file()]


def accept_as_copy(event: QDropEvent) -> bool:
    """Take files from outside as a copy, whatever the source proposed: a file manager told
    "moved" may delete the writer's original. A drag that can only move is refused."""
    if not event.possibleActions() & Qt.DropAction.CopyAction:
        event.ignore()
        return False
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return True


class SlideListView(QListView):
    """Reorders by drag and drop, takes image files dropped from outside."""

    moveRequested = Signal(list, int)  # rows, destination
    deleteRequested = Signal()
    imagesDropped = Signal(int, list)  # row (-1: below the last slide), files

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.setUniformItemSizes(True)
        self.setItemDelegate(SlideDelegate(self))
        self.setAccessibleName(self.tr("Slides"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Delete acts here, in the list, so it never takes the Delete key from a text field.
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def drop_row(self, event: QDropEvent) -> int:
        """The row a drop lands before."""
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if event.position().y() > rect.center().y() else 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
            super().dragEnterEvent(event)
        elif image_files(event.mimeData()):
            accept_as_copy(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        elif image_files(event.mimeData()):
            accept_as_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(MIME):
            self.moveRequested.emit(rows_from_mime(mime), self.drop_row(event))
        elif (files := image_files(mime)) and accept_as_copy(event):
            index = self.indexAt(event.position().toPoint())
            self.imagesDropped.emit(index.row() if index.isValid() else -1, files)
            return
        else:
            event.ignore()
            return
        # Copy, not Move: the document already moved the slides; a Move would make the view
        # remove the dragged rows a second time.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()


class SlideDelegate(QStyledItemDelegate):
    """Thumbnail, number and heading, and a badge with the slide's credit-check findings."""

    HEIGHT = 70

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(200, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        rect = option.rect
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None:
            painter.drawPixmap(rect.left() + 6, rect.top() + 6, pixmap)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_left = rect.left() + 102
        number_font = QFont(option.font)
        number_font.setBold(True)
        painter.setFont(number_font)
        painter.drawText(
            QRect(text_left, rect.top() + 6, 40, 20),
            Qt.AlignmentFlag.AlignLeft,
            f"{index.row() + 1}",
        )
        painter.setFont(option.font)
        heading_rect = QRect(text_left, rect.top() + 24, rect.width() - 130, rect.height() - 28)
        painter.drawText(
            heading_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            index.data(Qt.ItemDataRole.DisplayRole),
        )
        finding = index.data(FindingsRole)
        if finding:
            severity, count = finding
            badge = QRect(rect.right() - 30, rect.top() + 6, 24, 18)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # the severity's text colour (4.5:1 on the list) as the badge, its digit in the
            # list's own background colour: 4.5:1 both ways, in a light and a dark theme
            painter.setBrush(severity_color(severity, option.palette))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(option.palette.color(QPalette.ColorRole.Base))
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
            small.setBold(True)
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
        if index.data(NotesRole):  # open notes: a small speech-bubble marker, bottom right
            painter.setFont(option.font)
            painter.setPen(option.palette.color(role))
            painter.drawText(
                QRect(rect.right() - 30, rect.bottom() - 24, 24, 20),
                Qt.AlignmentFlag.AlignCenter,
                NOTE_MARK,
            )
        painter.restore()
