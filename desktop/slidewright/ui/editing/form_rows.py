"""The editors' forms, laid out for every language the window speaks.

A label beside its field takes the width of the longest label ("Nachweis-Bezeichnung",
"Licence à partir du") away from every field, so a German or French editor needed a wider column
than an English one and showed a horizontal scroll bar where the English did not. When the
column is narrow a row's label goes above its field instead (Qt's WrapLongRows), and the column
itself never becomes narrower than what its editor needs (``whole_width``): no field is ever
cut or scrolled sideways, whatever the language or the splitter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

FIELD_CHARACTERS = 20  # the narrowest a text field gets beside its label; narrower, it goes below


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose fields take the width left, with labels above the fields when that is too
    little for both side by side."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def keep_fields_usable(form: QFormLayout) -> None:
    """Give each text field of ``form`` a usable minimum width (``FIELD_CHARACTERS`` average
    characters): Qt's own is a few pixels, so a narrow column kept every label beside a field
    too small to read a word in; with it, such a row puts its label above the field instead."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = item.widget() if item is not None else None
        if field is None:
            continue
        texts = [field] if isinstance(field, (QLineEdit, QPlainTextEdit)) else []
        texts += field.findChildren(QLineEdit)  # a field of several parts (the date and its Pick…)
        for text in texts:
            usable = text.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
            text.setMinimumWidth(max(text.minimumWidth(), usable))


def whole_width(area: QScrollArea, *parts: QWidget) -> int:
    """The width ``area`` needs to show its editor without a horizontal scroll bar, with its
    vertical one shown (a long article scrolls): the widest of the editor's minimum and each of
    ``parts`` (folded sections, counted even while hidden) with the editor's margins."""
    editor = area.widget()
    if editor is None:
        return area.minimumWidth()
    margins = editor.contentsMargins()
    layout = editor.layout()
    if layout is not None:
        inner = layout.contentsMargins()
        margins.setLeft(margins.left() + inner.left())
        margins.setRight(margins.right() + inner.right())
    widest = max(
        [editor.minimumSizeHint().width()]
        + [part.minimumSizeHint().width() + margins.left() + margins.right() for part in parts]
    )
    # the vertical bar's width (its size hint is the style's scroll bar extent): asked of the
    # bar rather than of QStyle, whose Python class alone (566 enum members) cost a start 15 ms
    bar = area.verticalScrollBar().sizeHint().width()
    return widest + bar + 2 * area.frameWidth()
