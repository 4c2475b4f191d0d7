"""One small dialog for a note or a reply: where the note goes (the current slide picked
already, or the article) and the text, focused, wrapped as it is typed; Ctrl+Enter sends it
(Enter alone starts a new line, as in any multi-line box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main Enter key and the keypad's


class NoteDialog(QDialog):
    """``places``: where a note may go (none for a reply); the first is picked."""

    def __init__(
        self, title: str, label: str, places: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.place = QComboBox()
        self.place.addItems(places)
        self.text = QPlainTextEdit()
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(label)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.text)
        layout = QVBoxLayout(self)
        if places:
            form = QFormLayout()
            form.addRow(self.tr("Note &on:"), self.place)
            layout.addLayout(form)
        layout.addWidget(prompt)
        layout.addWidget(self.text, 1)
        hint = QLabel(self.tr("Ctrl+Enter sends it"))
        hint.setEnabled(False)  # a quiet hint, in the disabled text colour
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in SEND_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)
        self.place.setVisible(bool(places))
        self.text.setFocus()
        self.resize(520, 300)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.text.setFocus()  # the writer types at once: the place is already picked


def ask_note(parent: QWidget, title: str, label: str, places: list[str]) -> tuple[int, str] | None:
    """(the picked place's position in ``places``, the text), or None when cancelled."""
    dialog = NoteDialog(title, label, places, parent)
    if not dialog.exec():
        return None
    return dialog.place.currentIndex(), dialog.text.toPlainText()
