"""Editor fields take the direction of their text (issue 31): Arabic or Hebrew is laid out right to
left and aligned right, Latin left to right, as ``dir="auto"`` does on the page.

A field follows its text's first strong character (Qt's widgets only take a fixed direction, so
it is set again when the text changes); in a multi-line field each paragraph also keeps its own
words' order, as in a browser's ``<textarea dir="auto">``. The arrow keys move in reading order.
A field with no strong character yet (empty, digits) takes the article's language's direction
when the window says it (set_empty_direction): an English article's empty heading in an Arabic
window is ready for left-to-right typing, as a page with ``lang`` would be; else the window's."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_RTL_CLASSES = frozenset({"R", "AL"})
SCANNED = 2_000  # characters looked at for a strong one: a field of digits and spaces stays as is
EMPTY = "emptyTextDirection"  # a field's property: its direction while it has no strong character
_FOLLOW = "followTextDirection"  # a paragraph field's property: lays it out again (a callable)


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

    line.textChanged.connect(lambda text: _lay_out(line, text_direction(text)))
    _lay_out(line, text_direction(line.text()))


def follow_paragraph_direction(field: QPlainTextEdit) -> None:
    """Lay ``field`` out as a browser lays out ``<textarea dir="auto">``: the field aligned to the
    side of its text's first strong character (an Arabic body runs from the right edge), each
    paragraph's words in their own order (Qt's automatic text direction per block, so a Latin
    paragraph's full stop stays at its end).

    Right-aligning single paragraphs would need a Python subclass of Qt's plain-text layout,
    asked for every block at every paint: it crashed the long typing session (a segmentation
    fault within seconds), so a mixed body follows its first paragraph, as a browser's does."""
    document = field.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # each paragraph's own
    document.setDefaultTextOption(option)

    def follow() -> None:
        block = document.firstBlock()
        direction = None
        while block.isValid() and direction is None and block.position() < SCANNED:
            direction = text_direction(block.text())
            block = block.next()
        # the plain-text layout never turns its alignment for a right-to-left text: say it
        side = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option = document.defaultTextOption()
        if option.alignment() != side:
            option.setAlignment(side)
            document.setDefaultTextOption(option)
        _lay_out(field, direction)  # and the scroll bar's side, as a browser's

    document.contentsChanged.connect(follow)
    field.setProperty(_FOLLOW, follow)
    follow()


def language_direction(tag: str) -> Qt.LayoutDirection | None:
    """The direction a language is written in ("ar": right to left), None for none or unknown."""
    locale = QLocale(tag.strip()) if tag.strip() else QLocale.c()
    return None if locale.language() == QLocale.Language.C else locale.textDirection()


def set_empty_direction(field: QWidget, direction: Qt.LayoutDirection | None) -> None:
    """Lay ``field`` out in ``direction`` while it has no strong character (None: the window's)."""
    field.setProperty(EMPTY, direction)
    if isinstance(field, QLineEdit):
        _lay_out(field, text_direction(field.text()))
    elif callable(follow := field.property(_FOLLOW)):
        follow()


def _lay_out(field: QWidget, direction: Qt.LayoutDirection | None) -> None:
    """``field`` in its text's ``direction``; without one, in its EMPTY direction or the window's."""
    if direction is None:
        empty = field.property(EMPTY)
        direction = empty if isinstance(empty, Qt.LayoutDirection) else None
    if direction is None:
        if field.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
            field.unsetLayoutDirection()
    elif direction != field.layoutDirection():
        field.setLayoutDirection(direction)
