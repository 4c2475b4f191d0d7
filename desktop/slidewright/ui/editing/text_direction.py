"""Editor fields take the direction of their text (issue 31): Arabic or Hebrew is laid out right to
left and aligned right, Latin left to right, as ``dir="auto"`` does on the page.

A one-line field follows its text's first strong character (Qt's QLineEdit only takes a fixed
direction, so it is set again when the text changes). A multi-line field follows each paragraph:
Qt's QTextDocument already gives every block the direction of its own text, but the plain-text
layout aligns every line to the left whatever its direction, so :class:`DirectionalLayout` aligns
a right-to-left paragraph to the right (the arrow keys then move in reading order, Qt's logical
cursor movement following the block's direction)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextDocumentLayout, QPlainTextEdit

_RTL_CLASSES = frozenset({"R", "AL"})
# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic and their presentation forms): enough to know a text may need the right alignment.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
SCANNED = 2_000  # characters looked at for a strong one: a field of digits and spaces stays as is


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character of ``text`` (the Unicode bidirectional
    algorithm's rule P2, what ``dir="auto"`` uses); None when it has none (empty, digits)."""
    for char in text[:SCANNED]:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def follow_line_direction(line: QLineEdit) -> None:
    """Lay ``line`` out in its text's direction, now and whenever its text changes; a line
    without a strong character keeps the window's direction."""

    def follow(text: str) -> None:
        direction = text_direction(text)
        if direction is None:
            if line.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
                line.unsetLayoutDirection()
        elif direction != line.layoutDirection():
            line.setLayoutDirection(direction)

    line.textChanged.connect(follow)
    follow(line.text())


class DirectionalLayout(QPlainTextDocumentLayout):
    """The plain-text layout with each paragraph aligned to the side its text starts from.

    Qt reads a line's alignment when it draws the line or places the cursor, after laying the
    block out; the layout asks this method for the block's rectangle before either, so the
    alignment is set here (laying the block out again resets it, and it is set again)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._rtl: bool | None = False  # does the text hold a right-to-left letter? None: ask
        document.contentsChanged.connect(self._changed)

    def _changed(self) -> None:
        self._rtl = None

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802
        """Qt asks this for every block on screen at every paint: a field without a
        right-to-left letter (most) goes straight to Qt, whose left alignment is right for it."""
        rect = super().blockBoundingRect(block)
        if self._rtl is None:
            self._rtl = _RTL_LETTER.search(self.document().toPlainText()) is not None
        if not self._rtl:
            return rect
        layout = block.layout()
        if layout is not None:
            option = layout.textOption()
            rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
            wanted = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            if option.alignment() != wanted:
                option.setAlignment(wanted)
                layout.setTextOption(option)
        return rect


def follow_paragraph_direction(field: QPlainTextEdit) -> None:
    """Give ``field`` a document whose paragraphs each take their own text's direction (call
    before anything else uses the field's document: a highlighter, a completer)."""
    document = QTextDocument(field)
    layout = DirectionalLayout(document)
    # PySide keeps a layout made in Python owned by Python (its constructor's argument is not
    # named "parent"): a garbage collection then deleted it, and the document's highlighter with
    # it. Owned by its document, it lives as long as the field does.
    layout.setParent(document)
    document.setDocumentLayout(layout)
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    document.setDefaultTextOption(option)
    field.setDocument(document)
