"""The article pane: title, description, categories, tags, author, date, credit label, intro and
the read-more block. The writer never edits YAML."""

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

from slidewright.model import ARTICLE_PANE_FIELDS, ReadMore, ReadMoreItem
from slidewright.model.operations import split_list
from slidewright.ui.editing.commands import SetArticleField, push_edit
from slidewright.ui.editing.date_field import DateField
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField

ITEM_COLUMNS = ("title", "url", "image", "credit")
FIELD_HELP = {  # each field's accessible name and tooltip
    "title": ("Title", "The article's headline, also the page title in search results"),
    "description": ("Description", "The standfirst under the title; search results show it"),
    "categories": ("Category", "The section the article belongs to, shown in the breadcrumb"),
    "tags": ("Tags", "Topics, comma-separated, for feeds and site exports"),
    "author": ("Author", "The byline"),
    "date": ("Date", "The publication date: type it in most forms, it is saved as YYYY-MM-DD"),
    "credit_label": ("Credit label", "The word printed before every credit, e.g. Credit or Photo"),
    "sponsored": (
        "Sponsored article",
        "Sponsored content: images licensed for editorial use only become errors in Problems",
    ),
    "intro": ("Intro", "Paragraphs before the first slide, in Markdown"),
    "read_more_heading": ("Read more heading", "The heading over the links after the last slide"),
    "items": ("Read more links", "Links to other articles, shown after the last slide"),
}


class ArticleEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self._loading = False
        self.fields = {
            "title": LineField("Article title"),
            "categories": LineField("Section shown in the breadcrumb, e.g. Travel"),
            "tags": LineField("Comma-separated"),
            "author": LineField("Byline"),
            "credit_label": LineField("Printed before each credit, e.g. Credit"),
        }
        self.date = DateField()
        self.date.edited.connect(lambda text: self._edit("date", text, typing=False))
        self.description = TextField("The standfirst under the title")
        self.description.setMaximumHeight(70)
        self.intro = TextField("Intro paragraphs in Markdown, shown before the first slide")
        self.intro.highlight_markdown()
        self.sponsored = QCheckBox("Sponsored article")  # what it changes: in its tooltip
        self.read_more_heading = LineField("e.g. Read more from the Coast Desk")
        self.items = QTableWidget(0, len(ITEM_COLUMNS))
        self.items.setHorizontalHeaderLabels(["Title", "Link", "Image", "Credit"])
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setMinimumHeight(110)
        add_item, remove_item = QPushButton("Add Link"), QPushButton("Remove Link")
        add_item.clicked.connect(self._add_item)
        remove_item.clicked.connect(self._remove_item)

        widgets = {**self.fields, "date": self.date.line, "description": self.description}
        widgets |= {"sponsored": self.sponsored, "intro": self.intro, "items": self.items}
        widgets["read_more_heading"] = self.read_more_heading
        for key, (name, tip) in FIELD_HELP.items():
            widgets[key].setAccessibleName(name)
            widgets[key].setToolTip(tip)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title", self.fields["title"])
        form.addRow("&Description", self.description)
        form.addRow("&Category", self.fields["categories"])
        form.addRow("Ta&gs", self.fields["tags"])
        form.addRow("A&uthor", self.fields["author"])
        form.addRow("Da&te", self.date)
        form.addRow("Credit &label", self.fields["credit_label"])
        form.addRow("", self.sponsored)
        form.addRow("&Intro", self.intro)
        form.addRow(QLabel("<b>Read more</b>"))
        form.addRow("Heading", self.read_more_heading)
        buttons = QHBoxLayout()
        buttons.addWidget(add_item)
        buttons.addWidget(remove_item)
        buttons.addStretch(1)
        links = QVBoxLayout()
        links.addWidget(self.items)
        links.addLayout(buttons)
        form.addRow("Links", links)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        for name in ("title", "author", "credit_label"):
            self.fields[name].edited.connect(lambda text, name=name: self._edit(name, text))
        for name in ("categories", "tags"):
            self.fields[name].edited.connect(
                lambda text, name=name: self._edit(name, split_list(text))
            )
        self.description.edited.connect(lambda text: self._edit("description", text))
        self.intro.edited.connect(lambda text: self._edit("intro", text))
        self.sponsored.clicked.connect(lambda on: self._edit("sponsored", on, typing=False))
        self.read_more_heading.edited.connect(self._read_more_edited)
        self.items.itemChanged.connect(self._read_more_edited)

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
        article = self.doc.article
        if name in ("categories", "tags"):
            current = split_list(self.fields[name].text())
            if current != getattr(article, name):
                self.fields[name].set_value(", ".join(getattr(article, name)))
        elif name in self.fields:
            self.fields[name].set_value(getattr(article, name))
        elif name == "date":
            self.date.set_value(article.date)
        elif name == "description":
            self.description.set_value(article.description)
        elif name == "intro":
            self.intro.set_value(article.intro)
        elif name == "sponsored":
            self.sponsored.setChecked(article.sponsored)
        elif name == "read_more":
            self._show_read_more(article.read_more)

    def _show_read_more(self, read_more: ReadMore | None) -> None:
        if read_more == self._read_more_from_widgets():
            return
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
            title, url, image, credit = (cell.text() if cell else "" for cell in cells)
            items.append(ReadMoreItem(title=title, url=url, image=image, credit=credit))
        if not heading and not items:
            return None
        existing = self.doc.article.read_more if self.doc else None
        result = ReadMore(
            heading=heading, items=items, extra=copy.deepcopy(existing.extra) if existing else {}
        )
        if existing:  # keep per-item keys the app does not show
            for new, old in zip(result.items, existing.items, strict=False):
                new.extra = copy.deepcopy(old.extra)
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

    def _edit(self, name: str, value: object, typing: bool = True) -> None:
        if self.doc is not None and not self._loading:
            push_edit(self.doc.undo_stack, SetArticleField(self.doc, name, value, typing))

    def focus_field(self, name: str) -> None:
        widget = {"description": self.description, "intro": self.intro, "date": self.date}.get(
            name
        ) or self.fields.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
