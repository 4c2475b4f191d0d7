"""Preferences ▸ Content Credentials: the AI disclosure wording, the trust list and the signing
certificate (docs/content-credentials.md). A section of its own so the Preferences dialog stays a
list of rows."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from slidewright.credits.ai_wording import default_disclosure
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.translation import window_language_code


class CredentialsSection(QGroupBox):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Content Credentials"), parent)
        self.disclosure = QLineEdit(current.ai_disclosure)
        # empty: the sentence of the article's language; shown as the window's language's
        self.disclosure.setPlaceholderText(default_disclosure(window_language_code()))
        self.disclosure.setToolTip(
            self.tr(
                "What the fix for an undisclosed AI-made picture adds to its caption (empty: "
                "the sentence in the article's language, such as “{example}”)"
            ).format(example=default_disclosure(window_language_code()))
        )
        self.trust = QPlainTextEdit("\n".join(current.trust_files))
        self.trust.setPlaceholderText(
            self.tr("One PEM certificate file per line (none: nobody is trusted)")
        )
        self.trust.setToolTip(
            self.tr(
                "Pictures signed by these certificates (or by certificates they issued) show as "
                "valid and trusted; others as valid, signer not in your trust list"
            )
        )
        self.trust.setTabChangesFocus(True)
        self.trust.setMaximumHeight(70)
        self.cert = QLineEdit(current.c2pa_cert)
        self.cert.setPlaceholderText(self.tr("PEM chain, leaf first: signs published pictures"))
        self.key = QLineEdit(current.c2pa_key)
        self.key.setPlaceholderText(
            self.tr("its private key (an encrypted key's passphrase: keyring)")
        )
        form = QFormLayout(self)
        for label, widget, name in (
            (self.tr("AI &disclosure"), self.disclosure, self.tr("AI disclosure wording")),
            (self.tr("&Trusted certificates"), self.trust, self.tr("Trusted certificates")),
            (self.tr("Signing certificat&e"), self.cert, self.tr("Signing certificate")),
            (self.tr("Signing &key"), self.key, self.tr("Signing key")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)

    def fill(self, preferences: Preferences) -> None:
        """Put what the writer typed here into ``preferences``."""
        preferences.ai_disclosure = self.disclosure.text().strip()
        preferences.trust_files = [
            line.strip() for line in self.trust.toPlainText().splitlines() if line.strip()
        ]
        preferences.c2pa_cert = self.cert.text().strip()
        preferences.c2pa_key = self.key.text().strip()
