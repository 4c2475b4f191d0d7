"""A live "142/160" under a field whose text is cut when it is shown elsewhere.

Search results show about 160 characters of a description, and screen readers are advised to
keep alt text under about 125: past the limit the count turns to the warning colour and says
why in its tooltip. It counts, it never stops the writer typing (a long alt text is their call)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

WARNING_COLOR = "#b35c00"  # the Problems panel's warning orange, dark enough to read as text
DESCRIPTION_LIMIT = 160
ALT_LIMIT = 125


class LengthHint(QLabel):
    """Sits in the bottom-right corner of its field (inside it, so no layout changes)."""

    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int, why: str) -> None:
        super().__init__(field)
        self.field = field
        self.limit = limit
        self.why = why
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        self.setFont(font)
        field.textChanged.connect(self.update_count)
        if isinstance(field, QPlainTextEdit):  # a strip below the text, for the count
            field.setViewportMargins(0, 0, 0, self.fontMetrics().height())
        field.installEventFilter(self)
        self.update_count()
        # Shown explicitly: made after the window is on screen (its second step), a child stays
        # hidden unless told; made before, it shows with its field.
        self.show()

    def text_length(self) -> int:
        field = self.field
        return len(field.text() if isinstance(field, QLineEdit) else field.toPlainText())

    @property
    def over(self) -> bool:
        return self.text_length() > self.limit

    def update_count(self) -> None:
        count = self.text_length()
        self.setText(f"{count}/{self.limit}")
        over = count > self.limit
        self.setStyleSheet(
            f"color: {WARNING_COLOR}; font-weight: bold;" if over else "color: gray;"
        )
        if over:
            tip = self.tr("{count} characters: {why} (about {limit}). The rest will be cut.")
        else:
            tip = self.tr("{count} characters: {why} (about {limit}).")
        self.setToolTip(tip.format(count=count, why=self.why, limit=self.limit))
        self.setAccessibleName(
            self.tr("{count} of {limit} characters").format(count=count, limit=self.limit)
        )
        self._place()

    def _place(self) -> None:
        self.adjustSize()
        field = self.field
        x = field.width() - self.width() - 5
        y = field.height() - self.height() - 2
        if isinstance(field, QLineEdit):
            y = (field.height() - self.height()) // 2
            field.setTextMargins(0, 0, self.width() + 14, 0)  # a clear gap between text and count
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.Resize:
            self._place()
        return False
