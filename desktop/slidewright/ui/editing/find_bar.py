"""The Find and Replace bar under the editors (Ctrl+F, Ctrl+H): the widgets only.

What a search does lives in find_replace.py over model/search.py; this file only says what the
writer asked for: Enter finds the next match, Shift+Enter the previous one, Escape closes the bar.

Its mnemonics take letters no editor field of either tab and no menu uses (tests/ui/mnemonics.py
checks it): Alt+A is the slide's Alt text, so Replace All is Alt+L. After a replacement, Ctrl+Z in
the Find or Replace box undoes the replacement (one Ctrl+Z puts the article back wherever the
cursor is), until the writer types in the box again and Ctrl+Z is the box's own again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class FindBar(QWidget):
    stepRequested = Signal(bool)  # backwards?
    replaceRequested = Signal()
    replaceAllRequested = Signal()
    queryChanged = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find in the whole article"))
        self.replace_box = QLineEdit()
        self.replace_box.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("&Match case"))
        self.whole_word = QCheckBox(self.tr("&Whole words"))
        # Previous has no Alt letter: every letter of it is another control's on screen (or the
        # Format menu's "o"); Shift+F3 and Shift+Enter step back, as the shortcuts list says
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Ne&xt ▶"))
        self.replace_one = QPushButton(self.tr("Repla&ce"))
        self.replace_all = QPushButton(self.tr("Replace A&ll"))
        self.undo_is_the_articles = False  # a replacement was made since the boxes were edited
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        self._status_texts: list[str] = []  # the longest things the status says (reserve_status)
        self.status.setMinimumWidth(110)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        for widget, name, tip in (
            (
                self.find_box,
                self.tr("Find"),
                self.tr("Enter: next match · Shift+Enter: previous · Esc: close"),
            ),
            (
                self.replace_box,
                self.tr("Replace with"),
                self.tr("The text each match is replaced with"),
            ),
            (
                self.previous,
                self.tr("Previous match"),
                self.tr("Find the previous match (Shift+F3)"),
            ),
            (self.next, self.tr("Next match"), self.tr("Find the next match (F3)")),
            (
                self.replace_all,
                self.tr("Replace all"),
                self.tr("Replace every match in the article: one undo step"),
            ),
            (close, self.tr("Close the find bar"), self.tr("Close (Esc)")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 2)
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_box, 0, 1)
        grid.addWidget(self.previous, 0, 2)
        grid.addWidget(self.next, 0, 3)
        grid.addWidget(self.match_case, 0, 4)
        grid.addWidget(self.whole_word, 0, 5)
        grid.addWidget(self.status, 0, 6)
        grid.addWidget(close, 0, 7)
        self.replace_label = QLabel(self.tr("Replace:"))
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_box, 1, 1)
        grid.addWidget(self.replace_one, 1, 2, 1, 2)
        grid.addWidget(self.replace_all, 1, 4)
        grid.setColumnStretch(1, 1)
        # Tab goes from what to find to what to put there, as the two boxes stand one above the
        # other; it went to Previous, so a replacement typed after a Tab went nowhere and
        # Replace All put nothing in place of every match. (Hidden, the Replace row is skipped.)
        chain = [self.find_box, self.replace_box, self.previous, self.next, self.replace_one]
        chain += [self.replace_all, self.match_case, self.whole_word, close]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.previous.clicked.connect(lambda: self.stepRequested.emit(True))
        self.next.clicked.connect(lambda: self.stepRequested.emit(False))
        self.replace_one.clicked.connect(self.replaceRequested)
        self.replace_all.clicked.connect(self.replaceAllRequested)
        close.clicked.connect(self.closeRequested)
        self.find_box.textChanged.connect(self.queryChanged)
        self.match_case.toggled.connect(self.queryChanged)
        self.whole_word.toggled.connect(self.queryChanged)
        for box in (self.find_box, self.replace_box):
            box.installEventFilter(self)
            box.textEdited.connect(self._box_edited)

    def reserve_status(self, texts: list[str]) -> None:
        """Give the status label the width of the longest of ``texts`` (what it may say, in the
        window's language), fixed: "1 of 3" becoming "Replaced 12 matches" must not push the
        buttons beside it along under the writer's pointer."""
        self._status_texts = list(texts)
        self._fit_status()

    def _fit_status(self) -> None:
        metrics = self.status.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self._status_texts), default=0)
        margins = self.status.contentsMargins()
        self.status.setFixedWidth(max(110, widest + margins.left() + margins.right() + 6))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._status_texts:
            self._fit_status()  # a larger font (View ▸ Zoom, a style): widths anew

    def _box_edited(self) -> None:
        self.undo_is_the_articles = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """After a replacement, Undo and Redo are not the box's to take: ignored here, they reach
        the window's Edit ▸ Undo and Redo, which act on the article's undo history."""
        if (
            self.undo_is_the_articles
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _UNDO_KEYS)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def show_replace(self, on: bool) -> None:
        for widget in (self.replace_label, self.replace_box, self.replace_one, self.replace_all):
            widget.setVisible(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.replace_box.hasFocus():
                self.replaceRequested.emit()
            else:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.stepRequested.emit(shift)
        elif key == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)
