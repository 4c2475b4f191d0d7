"""Format ▸ Link…: the address and the link's words, in a small dialog.

The words start as the selection (or the word under the cursor); for a link already there, the
address and words are the link's own, so the address is edited in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from slidewright.ui.editing.link_address import read_address


class LinkDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        words: str,
        url: str,
        editing: bool,
        bundle: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.bundle = bundle  # the article's folder: a path must name a file in it
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Edit Link") if editing else self.tr("Insert Link"))
        self.address = QLineEdit(url)
        self.address.setPlaceholderText("https://…")
        self.address.setAccessibleName(self.tr("Link address"))
        self.words = QLineEdit(words)
        self.words.setAccessibleName(self.tr("Link text"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Text:"), self.words)
        form.addRow(self.note)
        form.addRow(self.buttons)
        self.address.textChanged.connect(self._check)
        self.words.textChanged.connect(self._check)
        self._check()
        self.address.setFocus()
        self.address.selectAll()
        self.resize(480, self.sizeHint().height())

    def _check(self) -> None:
        """OK only for an address the page may link to (web, mail or a file of the article);
        the note says the address the link will hold (``https://`` added) or why not."""
        reading = read_address(self.address.text(), self.bundle)
        usable = bool(reading.address) and bool(self.words.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable)
        self.note.setText(reading.message)

    def accept(self) -> None:
        """Only an address the link can hold closes the dialog (Enter with OK disabled too)."""
        if self.chosen_address() and self.words.text().strip():
            super().accept()

    def chosen_address(self) -> str:
        """The address the link will hold (as the note shows it)."""
        return read_address(self.address.text(), self.bundle).address


def ask_link(
    parent: QWidget | None, words: str, url: str, editing: bool, bundle: Path | None = None
) -> tuple[str, str] | None:
    """(address, words) the writer chose, or None when cancelled."""
    dialog = LinkDialog(parent, words, url, editing, bundle)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_address(), dialog.words.text().strip()
    finally:
        dialog.deleteLater()
