"""The editor pane for one slide: a widget for each field of the slide catalogue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slidewright.model import SLIDE_FIELDS
from slidewright.ui.editing import field_texts
from slidewright.ui.editing.commands import SetSlideField, push_edit
from slidewright.ui.editing.credentials_line import CredentialsLine
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.elided_label import ElidedLabel
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.form_rows import form_layout, keep_fields_usable
from slidewright.ui.editing.slide_list import accept_as_copy, image_files
from slidewright.ui.editing.thumbnails import ThumbnailCache

LICENCE_FIELDS = tuple(spec for spec in SLIDE_FIELDS if spec.section == "licence")


class SlideEditor(QWidget):
    """Edits the current slide: one widget per field of the catalogue (model/fields.py), in its
    section (the licence fields fold away). Every edit is an undo command; undo and redo flow
    back through the document's signals."""

    chooseImageRequested = Signal()
    imageDropped = Signal(Path)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.index = -1
        self.thumbnails = thumbnails
        self.setAcceptDrops(True)
        self.fields: dict[str, LineField] = {}
        self.texts: dict[str, TextField] = {}
        self.checks: dict[str, QCheckBox] = {}

        form = form_layout()
        self.licence_box = QWidget()
        licence_form = form_layout(self.licence_box)
        licence_form.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        for spec in SLIDE_FIELDS:
            target = licence_form if spec.section == "licence" else form
            if spec.editor == "line":
                line = self.fields[spec.name] = LineField(field_texts.placeholder(spec))
                line.inline_markdown = spec.kind == "inline"
                line.setAccessibleName(field_texts.plain_label(spec))
                line.setToolTip(field_texts.tip(spec))
                line.edited.connect(lambda text, name=spec.name: self._edit(name, text))
                target.addRow(field_texts.label(spec), line)
            elif spec.editor == "check":
                check = self.checks[spec.name] = QCheckBox(field_texts.label(spec))
                check.setToolTip(field_texts.tip(spec))
                check.clicked.connect(lambda on, name=spec.name: self._edit(name, on, typing=False))
                target.addRow("", check)
            elif spec.editor == "image":
                target.addRow(field_texts.label(spec), self._image_row())
            else:  # markdown: below the short fields, taking the height that is left
                text = self.texts[spec.name] = TextField(field_texts.placeholder(spec))
                text.highlight_markdown()
                text.setAccessibleName(field_texts.plain_label(spec))
                text.setToolTip(field_texts.tip(spec))
                text.edited.connect(lambda value, name=spec.name: self._edit(name, value))
                label = QLabel(field_texts.label(spec))
                label.setBuddy(text)
                texts.addWidget(label)
                texts.addWidget(text, 1)
        keep_fields_usable(form)
        keep_fields_usable(licence_form)
        self.body = self.texts["body"]
        self.texts_layout = texts  # (the window puts the formatting toolbar over the body)

        self.licence_toggle = QToolButton()
        self.licence_toggle.setText(self.tr("Licence and source"))
        self.licence_toggle.setCheckable(True)
        self.licence_toggle.setToolTip(
            self.tr("Licence, creator and source links, for images that are not agency photos")
        )
        self.licence_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.licence_toggle.setArrowType(self._licence_arrow(False))
        self.licence_box.setVisible(False)
        self.licence_toggle.toggled.connect(self._toggle_licence)
        # The writer folded the section away by hand: it stays folded from slide to slide (its
        # toggle counts what it holds), instead of opening on every slide whose picture came
        # with a creator and pushing the body below the pane's edge
        self.licence_folded_by_writer = False
        self.licence_toggle.clicked.connect(self._licence_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.licence_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.licence_box)
        layout.addLayout(texts, 1)
        self.setEnabled(False)

    def _image_row(self) -> QHBoxLayout:
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(self.thumbnails.size)
        self.thumbnail.setAccessibleName(self.tr("Slide image"))
        self.image_path = ElidedLabel(self.tr("No image"))
        self.image_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = self.choose_button = QPushButton(self.tr("Choose Image…"))
        choose.setToolTip(
            self.tr("Choose the slide's image; or drop an image file here, or paste one (Ctrl+V)")
        )
        choose.clicked.connect(self.chooseImageRequested)
        # A click on the picture puts the focus on the button beside it (a focus the writer can
        # see), where Ctrl+V pastes an image: the picture itself is no Tab stop.
        self.thumbnail.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.thumbnail.setFocusProxy(choose)
        row = QHBoxLayout()
        row.addWidget(self.thumbnail)
        column = QVBoxLayout()
        column.addWidget(self.image_path)
        column.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        self.credentials = CredentialsLine()
        column.addWidget(self.credentials)
        row.addLayout(column, 1)
        return row

    def _toggle_licence(self, on: bool) -> None:
        self.licence_box.setVisible(on)
        self.licence_toggle.setArrowType(self._licence_arrow(on))
        self._name_licence_toggle()

    def _licence_arrow(self, on: bool) -> Qt.ArrowType:
        """Down when the section is open; closed, pointing the way the window reads (to the left
        in a right-to-left window: Qt does not turn a tool button's arrow)."""
        if on:
            return Qt.ArrowType.DownArrow
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _licence_clicked(self, on: bool) -> None:
        self.licence_folded_by_writer = not on

    def _licence_filled(self) -> int:
        """How many of the licence fields the current slide fills."""
        slide = self.doc.article.slides[self.index] if self.doc and self.index >= 0 else None
        return sum(1 for spec in LICENCE_FIELDS if slide and getattr(slide, spec.name))

    def _name_licence_toggle(self) -> None:
        """Folded over fields the slide fills, the toggle says so: nothing is hidden unsaid."""
        filled = 0 if self.licence_toggle.isChecked() else self._licence_filled()
        if filled:
            self.licence_toggle.setText(self.tr("Licence and source (%n filled)", "", filled))
        else:
            self.licence_toggle.setText(self.tr("Licence and source"))

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
        for spec in SLIDE_FIELDS:
            self._refresh(spec.name)
        if self._licence_filled() and not self.licence_folded_by_writer:
            self.licence_toggle.setChecked(True)
        self._name_licence_toggle()

    def focus_field(self, name: str) -> None:
        if any(spec.name == name for spec in LICENCE_FIELDS):
            self.licence_folded_by_writer = False  # sent to one of its fields: open it
            self.licence_toggle.setChecked(True)
        widget = self.fields.get(name) or self.texts.get(name) or self.checks.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, LineField):
            # at the end of its text: the field is shared by every slide, so the cursor sat
            # wherever it last was ("Shutterst|ock" after Apply Fix) and typing split a word
            widget.end(False)

    def _slide_changed(self, index: int, name: str) -> None:
        if index == self.index:
            self._refresh(name)
            if any(spec.name == name for spec in LICENCE_FIELDS):
                self._name_licence_toggle()

    def _refresh(self, name: str) -> None:
        assert self.doc is not None
        slide = self.doc.article.slides[self.index] if self.index >= 0 else None
        value = getattr(slide, name) if slide else None
        if name in self.fields:
            self.fields[name].set_value(value or "")
        elif name in self.texts:
            self.texts[name].set_value(value or "")
        elif name in self.checks:
            self.checks[name].setChecked(bool(value))
        elif name == "image":
            self.image_path.setText(
                value or self.tr("No image: choose one, drop or paste a file here")
            )
            self.thumbnail.setPixmap(self.thumbnails.get(self.doc.bundle, value or ""))
            self.thumbnail.setAccessibleDescription(value or self.tr("No image"))
            self.credentials.show_image(self.doc.bundle, value or "")

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
