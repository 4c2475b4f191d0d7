"""The article pane: title, description, categories, tags, author, date, credit label, intro and
the read-more block, as the article catalogue lists them. The writer never edits YAML."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slidewright.model import (
    ARTICLE_FIELDS,
    ARTICLE_PANE_FIELDS,
    ARTICLE_SPECS,
    ReadMore,
    ReadMoreItem,
)
from slidewright.model.fields import FieldSpec
from slidewright.model.operations import split_list
from slidewright.ui.editing import field_texts
from slidewright.ui.editing.commands import SetArticleField, push_edit
from slidewright.ui.editing.date_field import DateField
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.form_rows import form_layout, keep_fields_usable
from slidewright.ui.editing.read_more_cells import CaptionCells

ITEM_COLUMNS = ("title", "url", "image", "credit", "caption")  # ReadMoreItem attributes


def describe(widget: QWidget, spec: FieldSpec) -> None:
    """Name the field for screen readers and say what it is for on hover (from the catalogue)."""
    widget.setAccessibleName(field_texts.plain_label(spec))
    widget.setToolTip(field_texts.tip(spec))


class ArticleEditor(QWidget):
    """Built from the article catalogue (model/article.py): one widget per pane field, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self._loading = False
        self.fields: dict[str, LineField] = {}  # one-line text and list fields
        self.texts: dict[str, TextField] = {}  # paragraph and Markdown fields
        self.flags: dict[str, QCheckBox] = {}
        self.date = DateField()
        self.read_more_heading = LineField(self.tr("e.g. Read more from the Coast Desk"))
        self.items = QTableWidget(0, len(ITEM_COLUMNS))
        self.items.setTabKeyNavigation(False)  # Tab leaves it (arrows move between its cells)
        self.cells = CaptionCells(ITEM_COLUMNS.index("caption"), self.items)
        self.items.setItemDelegate(self.cells)
        form = form_layout()
        for spec in ARTICLE_FIELDS:
            if spec.in_pane:
                self._add_field(form, spec)
        keep_fields_usable(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def _add_field(self, form: QFormLayout, spec: FieldSpec) -> None:
        name, editor = spec.name, spec.editor
        if editor in ("line", "list"):
            line = self.fields[name] = LineField(field_texts.placeholder(spec))
            describe(line, spec)
            form.addRow(field_texts.label(spec), line)
            if editor == "list":
                line.edited.connect(lambda text, name=name: self._edit(name, split_list(text)))
            else:
                line.edited.connect(lambda text, name=name: self._edit(name, text))
        elif editor in ("paragraph", "markdown"):
            text = self.texts[name] = TextField(field_texts.placeholder(spec))
            describe(text, spec)
            if editor == "markdown":
                text.highlight_markdown()
            else:
                text.setMaximumHeight(70)
            form.addRow(field_texts.label(spec), text)
            text.edited.connect(lambda value, name=name: self._edit(name, value))
        elif editor == "date":
            describe(self.date.line, spec)
            form.addRow(field_texts.label(spec), self.date)
            self.date.edited.connect(lambda text, name=name: self._edit(name, text, typing=False))
        elif editor == "check":
            box = self.flags[name] = QCheckBox(field_texts.plain_label(spec))
            describe(box, spec)
            form.addRow("", box)
            box.clicked.connect(lambda on, name=name: self._edit(name, on, typing=False))
        elif editor == "links":
            describe(self.items, spec)
            title = field_texts.plain_label(spec)
            self.read_more_heading.setAccessibleName(self.tr("{field} heading").format(field=title))
            self.read_more_heading.setToolTip(
                self.tr("The heading over the links after the last slide")
            )
            self._add_read_more(form, title)

    def _add_read_more(self, form: QFormLayout, title: str) -> None:
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Link"),
                self.tr("Image"),
                self.tr("Credit"),
                self.tr("Caption"),
            ]
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A column narrower than its title ("Bildunterschrift" in a German window) shows it
        # shortened with an ellipsis from the left edge, whole on hover; not clipped at both ends
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.items.columnCount()):
            heading = self.items.horizontalHeaderItem(column)
            if heading is not None:
                heading.setToolTip(heading.text())
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setMinimumHeight(110)
        add_item, remove_item = (
            QPushButton(self.tr("Add Link")),
            QPushButton(self.tr("Remove Link")),
        )
        # reached by Tab now that the table lets it go: explained like every other Tab stop
        add_item.setToolTip(self.tr("Add a read-more link below the selected one"))
        remove_item.setToolTip(self.tr("Remove the selected read-more link"))
        add_item.clicked.connect(self._add_item)
        remove_item.clicked.connect(self._remove_item)
        form.addRow(QLabel(f"<b>{title}</b>"))
        form.addRow(self.tr("Heading"), self.read_more_heading)
        buttons = QHBoxLayout()
        buttons.addWidget(add_item)
        buttons.addWidget(remove_item)
        buttons.addStretch(1)
        links = QVBoxLayout()
        links.addWidget(self.items)
        links.addLayout(buttons)
        form.addRow(self.tr("Links"), links)
        self.read_more_heading.edited.connect(self._read_more_edited)
        self.items.itemChanged.connect(self._read_more_edited)

    @property
    def description(self) -> TextField:
        return self.texts["description"]

    @property
    def intro(self) -> TextField:
        return self.texts["intro"]

    @property
    def sponsored(self) -> QCheckBox:
        return self.flags["sponsored"]

    def set_document(self, doc: Document | None) -> None:
        if self.doc is not None:
            self.doc.articleChanged.disconnect(self._refresh)
        self.doc = doc
        if doc is None:
            return
        doc.articleChanged.connect(self._refresh)
        for name in ARTICLE_PANE_FIELDS:
            self._refresh(name)

    def _refresh(self, name: str) -> None:
        assert self.doc is not None
        spec = ARTICLE_SPECS.get(name)
        if spec is None or not spec.in_pane:
            return
        value = getattr(self.doc.article, name)
        if spec.kind == "list":
            if split_list(self.fields[name].text()) != value:
                self.fields[name].set_value(", ".join(value))
        elif name in self.fields:
            self.fields[name].set_value(value)
        elif name in self.texts:
            self.texts[name].set_value(value)
        elif spec.kind == "date":
            self.date.set_value(value)
        elif name in self.flags:
            self.flags[name].setChecked(value)
        elif spec.kind == "links":
            self._show_read_more(value)

    def _show_read_more(self, read_more: ReadMore | None) -> None:
        if read_more == self._read_more_from_widgets():
            return
        self.cells.drop_editor()  # its text is what the block had before
        self._loading = True
        try:
            self.read_more_heading.set_value(read_more.heading if read_more else "")
            items = read_more.items if read_more else []
            self.items.setRowCount(len(items))
            for row, item in enumerate(items):
                for column, key in enumerate(ITEM_COLUMNS):
                    self.items.setItem(row, column, QTableWidgetItem(getattr(item, key)))
        finally:
            self._loading = False

    def _read_more_from_widgets(self) -> ReadMore | None:
        heading = self.read_more_heading.text()
        items = []
        for row in range(self.items.rowCount()):
            cells = [self.items.item(row, c) for c in range(len(ITEM_COLUMNS))]
            title, url, image, credit, caption = (cell.text() if cell else "" for cell in cells)
            item = ReadMoreItem(title=title, url=url, image=image, credit=credit)
            item.caption = caption
            items.append(item)
        if not heading and not items:
            return None
        existing = self.doc.article.read_more if self.doc else None
        result = ReadMore(
            heading=heading, items=items, extra=copy.deepcopy(existing.extra) if existing else {}
        )
        if existing:  # keep per-item keys the app does not show
            for new, old in zip(result.items, existing.items, strict=False):
                caption = new.caption
                new.extra = copy.deepcopy(old.extra)
                new.caption = caption  # the table's, not the one the block had
        return result

    def _read_more_edited(self, *_: object) -> None:
        if not self._loading:
            self._edit("read_more", self._read_more_from_widgets())

    def _add_item(self) -> None:
        self._loading = True
        row = self.items.rowCount()
        self.items.insertRow(row)
        for column in range(len(ITEM_COLUMNS)):
            self.items.setItem(row, column, QTableWidgetItem(""))
        self._loading = False
        self._edit("read_more", self._read_more_from_widgets(), typing=False)
        self.items.setCurrentCell(row, 0)
        first = self.items.item(row, 0)
        if first is not None:
            self.items.editItem(first)

    def _remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self._loading = True
            self.items.removeRow(row)
            self._loading = False
            self._edit("read_more", self._read_more_from_widgets(), typing=False)

    def commit_cell(self, editor: QWidget) -> None:
        """The text of a caption cell still being edited (a Format command's change, or what was
        typed before it): into the table and the article at once, as one undo step of its own."""
        self._loading = True
        try:
            self.cells.commit(editor)
        finally:
            self._loading = False
        value = self._read_more_from_widgets()
        if self.doc is not None and value != self.doc.article.read_more:
            self._edit("read_more", value, typing=False)

    def _edit(self, name: str, value: object, typing: bool = True) -> None:
        if self.doc is not None and not self._loading:
            push_edit(self.doc.undo_stack, SetArticleField(self.doc, name, value, typing))

    def focus_field(self, name: str) -> None:
        widget: QWidget | None = (
            self.fields.get(name) or self.texts.get(name) or self.flags.get(name)
        )
        if ARTICLE_SPECS.get(name) is not None and ARTICLE_SPECS[name].kind == "date":
            widget = self.date
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
