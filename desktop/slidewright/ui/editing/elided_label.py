"""A label for a file path beside the slide's picture that never widens the editor column.

The editor column is kept at least as wide as its editor needs (``form_rows.whole_width``), which
is measured once. A plain QLabel asks for its whole text: a picture named
``where-the-fog-lifts-late-over-the-harbour.jpg`` (a dropped or pasted file keeps its name) made
the editor wider than the column after that measure, and a horizontal scroll bar cut every field.
This label takes the width it is given and shows the path shortened in the middle (the folder and
the file's extension stay readable), the whole path on hover and in ``text()``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SHORTEST = 8  # average characters the label asks for at the least


class ElidedLabel(QLabel):
    """A one-line label whose text is shortened with "…" to the width it has."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._shorten()

    def text(self) -> str:
        """The whole text, as set (what is shown may be shortened)."""
        return self._whole

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * SHORTEST, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole text's width: a column with room shows it all."""
        margin = 2 * self.margin() + self.contentsMargins().left() + self.contentsMargins().right()
        width = self.fontMetrics().horizontalAdvance(self._whole) + margin
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._shorten()

    def _shorten(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle, room)
        super().setText(shown)
