"""The editor pane for one slide: heading, body, image, alt text, credit, caption, licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slidewright.ui.editing.commands import SetSlideField, push_edit
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.slide_list import accept_as_copy, image_files
from slidewright.ui.editing.thumbnails import ThumbnailCache

TEXT_FIELDS = (
    "heading",
    "alt",
    "credit",
    "caption",
    "license",
    "creator",
    "source_url",
    "license_url",
)


class SlideEditor(QWidget):
    """Edits the current slide. Every edit is an undo command; undo/redo flows back via signals."""

    chooseImageRequested = Signal()
    imageDropped = Signal(Path)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.index = -1
        self.thumbnails = thumbnails
        self.setAcceptDrops(True)

        self.fields: dict[str, LineField] = {
            "heading": LineField("Slide heading"),
            "alt": LineField("Describe the image for readers who cannot see it"),
            "credit": LineField("e.g. Jana Novak/Shutterstock (the label is added for you)"),
            "caption": LineField("Optional caption"),
            "license": LineField("e.g. CC BY-SA 4.0"),
            "creator": LineField("Photographer or author"),
            "source_url": LineField("https://…"),
            "license_url": LineField("https://creativecommons.org/licenses/…"),
        }
        self.body = TextField("Body paragraphs in Markdown")
        self.body.highlight_markdown()
        self.editorial = QCheckBox("Editorial use only")
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(thumbnails.size)
        self.image_path = QLabel("No image")
        self.image_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton("Choose Image…")
        choose.clicked.connect(self.chooseImageRequested)

        image_row = QHBoxLayout()
        image_row.addWidget(self.thumbnail)
        image_column = QVBoxLayout()
        image_column.addWidget(self.image_path)
        image_column.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        image_row.addLayout(image_column, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Heading", self.fields["heading"])
        form.addRow("Image", image_row)
        form.addRow("&Alt text", self.fields["alt"])
        form.addRow("C&redit", self.fields["credit"])
        form.addRow("Ca&ption", self.fields["caption"])

        self.licence_toggle = QToolButton()
        self.licence_toggle.setText("Licence and source")
        self.licence_toggle.setCheckable(True)
        self.licence_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.licence_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.licence_box = QWidget()
        licence_form = QFormLayout(self.licence_box)
        licence_form.setContentsMargins(0, 0, 0, 0)
        licence_form.addRow("Licence", self.fields["license"])
        licence_form.addRow("Creator", self.fields["creator"])
        licence_form.addRow("Source link", self.fields["source_url"])
        licence_form.addRow("Licence link", self.fields["license_url"])
        licence_form.addRow("", self.editorial)
        self.licence_box.setVisible(False)
        self.licence_toggle.toggled.connect(self._toggle_licence)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.licence_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.licence_box)
        body_label = QLabel("&Body")
        body_label.setBuddy(self.body)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)

        for name, field in self.fields.items():
            field.edited.connect(lambda text, name=name: self._edit(name, text))
        self.body.edited.connect(lambda text: self._edit("body", text))
        self.editorial.clicked.connect(lambda on: self._edit("editorial_only", on, typing=False))
        self.setEnabled(False)

    def _toggle_licence(self, on: bool) -> None:
        self.licence_box.setVisible(on)
        self.licence_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def set_document(self, doc: Document | None) -> None:
        if self.doc is not None:
            self.doc.slideChanged.disconnect(self._slide_changed)
        self.doc = doc
        if doc is None:
            self.index = -1
            return
        doc.slideChanged.connect(self._slide_changed)
        self.show_slide(-1)

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` (-1: none)."""
        assert self.doc is not None
        self.index = index if 0 <= index < len(self.doc.article.slides) else -1
        self.setEnabled(self.index >= 0)
        for name in (*TEXT_FIELDS, "body", "image", "editorial_only"):
            self._refresh(name)
        slide = self.doc.article.slides[self.index] if self.index >= 0 else None
        if slide and (
            slide.license
            or slide.creator
            or slide.source_url
            or slide.license_url
            or slide.editorial_only
        ):
            self.licence_toggle.setChecked(True)

    def focus_field(self, name: str) -> None:
        if name in ("license", "creator", "source_url", "license_url", "editorial_only"):
            self.licence_toggle.setChecked(True)
        widget = {"body": self.body, "editorial_only": self.editorial}.get(name) or self.fields.get(
            name
        )
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _slide_changed(self, index: int, name: str) -> None:
        if index == self.index:
            self._refresh(name)

    def _refresh(self, name: str) -> None:
        assert self.doc is not None
        slide = self.doc.article.slides[self.index] if self.index >= 0 else None
        if name in self.fields:
            self.fields[name].set_value(getattr(slide, name) if slide else "")
        elif name == "body":
            self.body.set_value(slide.body if slide else "")
        elif name == "editorial_only":
            self.editorial.setChecked(bool(slide and slide.editorial_only))
        elif name == "image":
            image = slide.image if slide else ""
            self.image_path.setText(image or "No image: choose one or drop a file here")
            self.thumbnail.setPixmap(self.thumbnails.get(self.doc.bundle, image))

    def _edit(self, name: str, value: object, typing: bool = True) -> None:
        if self.doc is not None and self.index >= 0:
            push_edit(self.doc.undo_stack, SetSlideField(self.doc, self.index, name, value, typing))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.index >= 0 and image_files(event.mimeData()):
            accept_as_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self.index >= 0 and image_files(event.mimeData()):
            accept_as_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = image_files(event.mimeData())
        if files and self.index >= 0 and accept_as_copy(event):
            self.imageDropped.emit(files[0])
