"""Format ▸ Link…: the address and the link's words, in a small dialog.

The words start as the selection (or the word under the cursor); for a link already there, the
address and words are the link's own, so the address is edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from slidewright.urls import safe_url


class LinkDialog(QDialog):
    def __init__(self, parent: QWidget | None, words: str, url: str, editing: bool) -> None:
        super().__init__(parent)
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
        """OK only for an address the page may link to (web, mail or inside the article)."""
        url = self.address.text().strip()
        usable = bool(url) and bool(safe_url(url)) and bool(self.words.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable)
        if url and not safe_url(url):
            self.note.setText(
                self.tr("Only web (https://, http://) and mailto: addresses are linked.")
            )

        else:
            self.note.setText("")


def ask_link(parent: QWidget | None, words: str, url: str, editing: bool) -> tuple[str, str] | None:
    """(address, words) the writer chose, or None when cancelled."""
    dialog = LinkDialog(parent, words, url, editing)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.address.text().strip(), dialog.words.text().strip()
    finally:
        dialog.deleteLater()
