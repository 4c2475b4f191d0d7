"""Shown when no article is open: start a new one, open one, or pick a recent one."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slidewright.ui.window.menus import recent_label

MESSAGE_WIDTH = 600


class Welcome(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tagline = self.tr("Write slideshow articles: slides, credits, live preview.")
        title = QLabel(f"<h1>Slidewright</h1><p>{html.escape(tagline)}</p>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = [
            (self.tr("New Article…"), self.newRequested),
            (self.tr("Open Article…"), self.openRequested),
            (self.tr("Open the Sample Article"), self.sampleRequested),
        ]
        self.message_text = ""
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        self.message = QLabel()  # why the last article did not open, when it did not
        self.message.setObjectName("welcomeMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # "<block end>" is not markup
        self.message.setWordWrap(True)
        # A centred word-wrapped label is sized from its one-line hint, and the rest of a long
        # message was cut off; a fixed width lets the height follow the wrapped text.
        self.message.setFixedWidth(MESSAGE_WIDTH)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #a4262c; padding: 8px;")
        self.message.hide()
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        for text, signal in buttons:
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent articles"))
        self.recent.setFixedWidth(600)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(QLabel(self.tr("Recent articles")), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_message(self, text: str) -> None:
        """Say why an article did not open (empty: say nothing), all of it: wrapped, never cut.

        A path has no spaces to wrap at, so a zero-width space after each ``/`` gives the line
        breaker places to break; :attr:`message_text` keeps the text as written."""
        self.message_text = text
        self.message.setText(text.replace("/", "/\u200b"))
        self.message.setMinimumHeight(
            max(0, self.message.heightForWidth(MESSAGE_WIDTH))
        )  # -1: empty
        self.message.setVisible(bool(text))

    def show_open_failure(self, reason: str) -> None:
        """Say that the article did not open, and why."""
        self.show_message(self.tr("Could not open the article:\n{reason}").format(reason=reason))

    def set_recent(self, paths: list[Path]) -> None:

        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(recent_label(path))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
