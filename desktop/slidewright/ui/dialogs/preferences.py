"""Edit ▸ Preferences…: default byline and credit label, the agency list, the spelling language,
the language of the window (ui/translation.py; it takes effect at the next start)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from slidewright.spelling import system_language
from slidewright.ui.dialogs.credentials_prefs import CredentialsSection
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.translation import LANGUAGE_NAMES, SETTING, set_window_language


def installed_languages() -> list[str]:
    """The languages Enchant has dictionaries for, as "en-US" tags (none without Enchant)."""
    try:
        import enchant  # type: ignore[import-untyped]  # pyenchant ships no type hints

        return sorted({name.replace("_", "-") for name in enchant.list_languages()})
    except Exception:  # no pyenchant, or no libenchant-2: the list is empty, typing one still works
        return []


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        current = Preferences.load(settings)
        self.author = QLineEdit(current.default_author)
        self.author.setPlaceholderText(self.tr("The byline new articles start with"))
        self.credit_label = QLineEdit(current.credit_label)
        self.credit_label.setPlaceholderText(
            self.tr("Printed before each credit, e.g. Credit or Photo")
        )
        self.author_url = QLineEdit(current.author_url)
        self.author_url.setPlaceholderText(
            self.tr("https://… the author's page (published with the byline)")
        )
        self.publisher = QLineEdit(current.publisher)
        self.publisher.setPlaceholderText(self.tr("The publication's name, e.g. Harbour News"))
        self.publisher_logo = QLineEdit(current.publisher_logo)
        self.publisher_logo.setPlaceholderText(self.tr("https://… the publication's logo"))
        self.agencies = QPlainTextEdit("\n".join(current.agencies))
        self.agencies.setPlaceholderText(self.tr("One agency per line, e.g. your own picture desk"))
        self.agencies.setToolTip(
            self.tr(
                "Your own agencies: the credit checker treats them like AFP or Shutterstock "
                "(a picture whose file names one must be credited to it)"
            )
        )
        self.agencies.setTabChangesFocus(True)
        self.agencies.setMaximumHeight(110)
        self.language = QComboBox()
        self.language.setEditable(True)
        # the language used when none is set here (Preferences.article_language): the
        # window's, when the writer chose it over the desktop's
        default = replace(current, spelling_language="").article_language()
        if default == system_language():
            label = self.tr("System language ({language})").format(language=default)
        else:
            label = self.tr("The window's language ({language})").format(language=default)
        self.language.addItem(label, "")
        for tag in installed_languages():
            self.language.addItem(tag, tag)
        index = self.language.findData(current.spelling_language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(current.spelling_language)
        self.window_language = self._window_languages()
        for widget, name in (
            (self.author, self.tr("Default author")),
            (self.credit_label, self.tr("Default credit label")),
            (self.author_url, self.tr("Author's web page")),
            (self.publisher, self.tr("Publisher")),
            (self.publisher_logo, self.tr("Publisher's logo address")),
            (self.agencies, self.tr("Agencies")),
            (self.language, self.tr("Spelling language")),
            (self.window_language, self.tr("Language of the window")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Default &author"), self.author)
        form.addRow(self.tr("Author's &web page"), self.author_url)
        form.addRow(self.tr("Default &credit label"), self.credit_label)
        form.addRow(self.tr("&Publisher"), self.publisher)
        form.addRow(self.tr("Publisher's &logo"), self.publisher_logo)
        form.addRow(self.tr("A&gencies"), self.agencies)
        form.addRow(self.tr("&Spelling language"), self.language)
        form.addRow(self.tr("Language of the &window"), self.window_language)
        note = QLabel(
            self.tr(
                "New articles start with this author and credit label. Exports name the publisher "
                "and, for this author's articles, the author's page. Agency names are never marked "
                "as misspelled, and the credit checker knows them beside its own list. An "
                "article's own language (Article tab) comes before this one. The window's "
                "language changes at the next start."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.credentials = CredentialsSection(current)
        layout.addWidget(self.credentials)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _window_languages(self) -> QComboBox:
        """Automatic (the system's language), then each language by its own name."""
        box = QComboBox()
        box.addItem(self.tr("Automatic (system language)"), "")
        for code, name in LANGUAGE_NAMES.items():
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(self.settings.text(SETTING))))
        box.setToolTip(self.tr("Takes effect the next time Slidewright starts"))
        return box

    def chosen(self) -> Preferences:
        data = self.language.currentData()
        typed = self.language.currentText().strip()
        language = (
            data
            if isinstance(data, str)
            and self.language.itemText(self.language.currentIndex()) == typed
            else typed
        )
        chosen = Preferences(
            default_author=self.author.text(),
            credit_label=self.credit_label.text(),
            agencies=[line.strip() for line in self.agencies.toPlainText().splitlines()],
            spelling_language=language,
            author_url=self.author_url.text(),
            publisher=self.publisher.text(),
            publisher_logo=self.publisher_logo.text(),
        )
        self.credentials.fill(chosen)
        return chosen

    def accept(self) -> None:
        chosen = self.chosen()
        chosen.agencies = [name for name in chosen.agencies if name]
        chosen.save(self.settings)
        set_window_language(self.settings, str(self.window_language.currentData() or ""))
        super().accept()


def run_preferences(parent: QWidget, settings: Settings) -> bool:
    """Show the dialog; True when the writer pressed OK (the settings are saved then)."""
    dialog = PreferencesDialog(settings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
