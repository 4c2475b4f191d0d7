"""File ▸ Publish…: send the article to a WordPress site, off the UI thread, with progress and
Cancel. The work is the core's ``publish_article``; this module only asks and shows.

The password comes from the system keyring, or (where there is none) from memory for the rest of
the session; it is never written to the settings, the article or a log. Each image recorded on the
site is written into the article file at once (``wordpress:`` only, the writer's unsaved edits
stay unsaved), so a publish that stops half-way carries on from there next time.
"""

from __future__ import annotations

import copy
import html
import threading
from collections.abc import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from slidewright.credits import Finding
from slidewright.errors import SlidewrightError
from slidewright.model import Article
from slidewright.publish import credentials
from slidewright.publish.errors import AuthError, PublishCancelled
from slidewright.publish.options import PublishOptions, Status, normalise_site
from slidewright.publish.publisher import PublishResult, publish_article
from slidewright.publish.state import PublishState, read_state, record_state, write_state
from slidewright.ui.dialogs.prompts import Prompts
from slidewright.ui.editing.document import Document
from slidewright.ui.problems.finding_text import severity, translated
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.translation import QT_TRANSLATE_NOOP

STATUS_CHOICES: list[tuple[str, Status]] = [  # translated when shown
    (QT_TRANSLATE_NOOP("PublishDialog", "Draft (review it on the site first)"), "draft"),
    (QT_TRANSLATE_NOOP("PublishDialog", "Published now"), "publish"),
    (QT_TRANSLATE_NOOP("PublishDialog", "Scheduled for the article's date"), "future"),
]
# Passwords typed this session where no keyring keeps them: (site, user) -> password.
_SESSION_PASSWORDS: dict[tuple[str, str], str] = {}
_SETTINGS_USER = "publish/user"
_SETTINGS_SITE = "publish/site"  # the last site published to, offered for an unpublished article
FAILED_STYLE = "color: #a4262c;"
# Publishes still running: kept here so a thread outlives its dialog (a window closed meanwhile)
# instead of being destroyed while it runs.
_RUNNING: set[QThread] = set()


class PublishThread(QThread):
    """Runs one publish. ``recorded`` blocks the worker until the window has written the state
    into the article file, so nothing is uploaded twice even if the app stops right after."""

    progressed = Signal(int, int, str)
    recorded = Signal(object)  # PublishState
    done = Signal(object)  # PublishResult
    failed = Signal(str, str)  # message; "refused" (the login), "cancelled" or ""

    def __init__(
        self, article: Article, doc: Document, options: PublishOptions, password: str
    ) -> None:
        super().__init__()
        self.article, self.bundle = article, doc.bundle
        self.options, self._password = options, password
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = publish_article(
                self.article,
                self.bundle,
                self.options,
                self._password,
                record=self.recorded.emit,
                progress=self.progressed.emit,
                cancelled=self.stop.is_set,
            )
        except SlidewrightError as error:
            cause = getattr(error, "cause", error)
            kind = "refused" if isinstance(cause, AuthError) else ""
            self.failed.emit(
                str(error), "cancelled" if isinstance(cause, PublishCancelled) else kind
            )
        except Exception as error:  # never leave "Publishing…" up forever
            self.failed.emit(
                QCoreApplication.translate(
                    "PublishDialog", "Publishing stopped on an unexpected error: {error}"
                ).format(error=f"{type(error).__name__}: {error}"),
                "",
            )
        else:
            self.done.emit(result)


class PublishDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        doc: Document,
        findings: Sequence[Finding],
        prompts: Prompts,
        user: str = "",
        site: str = "",
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to WordPress"))
        self.settings = settings  # Preferences ▸ Content Credentials: who signs the uploads
        self.setObjectName("publishDialog")
        self.doc, self.prompts = doc, prompts
        self.errors = [self._error_line(f) for f in findings if f.severity == "error"]
        self.worker: PublishThread | None = None
        self._closing = False  # Cancel pressed while publishing: close once it has stopped
        self._record_failed = False
        self._errors_accepted = False  # "Publish anyway?" is asked once per dialog, not per try
        self.published: PublishResult | None = None
        state = _state_or_none(doc)
        self.problems = QLabel(self._problems_text())
        self.problems.setObjectName("publishProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a4262c;")
        self.problems.setVisible(bool(self.errors))
        # The site this article was published to, else the one the writer last published to.
        self.site = QLineEdit(state.site if state and state.site else site)
        self.site.setPlaceholderText("https://example.com")
        self.user = QLineEdit(user)
        self.user.setPlaceholderText(self.tr("your WordPress user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("an application password (Users ▸ Profile on the site)")
        )
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        if not credentials.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("Remember (no keyring here: kept until you quit)"))
        self.remember.setChecked(True)
        self.status = QComboBox()
        for text, value in STATUS_CHOICES:
            self.status.addItem(self.tr(text), value)
        self.paged = QCheckBox(self.tr("One slide per page (WordPress page breaks)"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel(
            self.tr("Updates post {post} on that site.").format(post=state.post)
            if state and state.post
            else ""
        )
        self.message.setObjectName("publishMessage")
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setDefault(True)
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.problems)
        form.addRow(self.tr("&Site"), self.site)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow("", self.paged)
        form.addRow(self.progress)
        form.addRow(self.message)
        form.addRow(self.buttons)
        for field in (self.site, self.user):
            field.editingFinished.connect(self._fill_password)
        self._fill_password()
        self.resize(560, self.sizeHint().height())

    def _error_line(self, finding: Finding) -> str:
        """A credit error as the writer reads it in their language: where, how bad, the rule's
        id (as the Problems panel and the CLI name it) and the message."""
        values = {
            "severity": severity(finding),
            "rule": finding.rule,
            "message": translated(finding.message),
        }
        if finding.slide is None:
            return self.tr("Article: {severity} {rule}: {message}").format(**values)
        line = self.tr("Slide {number}: {severity} {rule}: {message}")
        return line.format(number=finding.slide + 1, **values)

    def _problems_text(self) -> str:
        count = len(self.errors)
        shown = "\n".join(self.errors[:5]) + ("\n…" if count > 5 else "")
        said = self.tr("The credit check has %n error(s) (see Problems):\n{errors}", "", count)
        return said.format(errors=shown)

    def _key(self) -> tuple[str, str]:
        return normalise_site(self.site.text()), self.user.text().strip()

    def _fill_password(self) -> None:
        site, user = self._key()
        if self.password.text() or not (site and user):
            return
        known = _SESSION_PASSWORDS.get((site, user)) or credentials.stored_password(site, user)
        if known:
            self.password.setText(known)

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        site, user = self._key()
        password = self.password.text().strip()
        if not (site and user and password):
            self.message.setText(
                self.tr("Fill in the site, your user name and an application password.")
            )
            return
        if self.errors and not self._errors_accepted:
            if not self.prompts.yes_no(
                self.tr("Publish with credit errors?"),
                self.tr("{problems}\n\nPublish anyway?").format(problems=self._problems_text()),
                default_yes=False,
                yes=self.tr("Publish Anyway"),
                no=self.tr("Go Back"),
            ):
                return
            self._errors_accepted = True  # a retry after a failure does not ask again
        try:
            signing = Preferences.load(self.settings).signing_identity() if self.settings else None
        except SlidewrightError as error:  # the certificate set in Preferences cannot sign
            self.message.setText(self.tr("Content Credentials: {error}").format(error=error))
            return
        options = PublishOptions(
            site, user, self.status.currentData(), self.paged.isChecked(), signing=signing
        )
        thread = PublishThread(copy.deepcopy(self.doc.article), self.doc, options, password)
        thread.progressed.connect(self._progressed)
        thread.recorded.connect(self._record, Qt.ConnectionType.BlockingQueuedConnection)
        thread.done.connect(lambda result: self._done(result, site, user, password))
        thread.failed.connect(lambda text, kind: self._failed(text, kind, site, user))
        thread.finished.connect(self._finished)
        thread.finished.connect(lambda: _RUNNING.discard(thread))
        _RUNNING.add(thread)
        self.worker = thread
        for widget in (self.site, self.user, self.password, self.status, self.paged):
            widget.setEnabled(False)
        self.publish_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Connecting to {site}…").format(site=site))
        thread.start()

    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.message.setText(text)

    def _record(self, state: PublishState) -> None:
        """On the UI thread: the state into the open article and its file (that key only)."""
        write_state(self.doc.article, state)
        try:
            self.doc.digest = record_state(self.doc.bundle, state, self.doc.digest)
        except (SlidewrightError, OSError) as error:  # kept in the open article meanwhile
            if not self._record_failed:
                self._record_failed = True
                self.prompts.error(
                    self.tr("Publish not recorded"),
                    self.tr(
                        "Publishing goes on, but it could not be recorded in {file}: {error}\n\n"
                        "Save the article afterwards to keep the record; without it the next "
                        "publish makes a new post."
                    ).format(file=self.doc.index_file, error=error),
                )

    def _done(self, result: PublishResult, site: str, user: str, password: str) -> None:
        self.published = result
        if not (self.remember.isChecked() and credentials.remember_password(site, user, password)):
            _SESSION_PASSWORDS[(site, user)] = password  # asked once per session
        link = result.link if urlsplit(result.link).scheme in ("http", "https") else ""
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setText(
            html.escape(
                self.tr("Published: {post}").format(post=translated(result.describe())), quote=False
            )
            + (
                f' <a href="{html.escape(link, quote=True)}">'
                f"{html.escape(self.tr('Open on the site'))}</a>"
                if link
                else ""
            )
        )

    def _failed(self, text: str, kind: str, site: str, user: str) -> None:
        if kind == "refused":  # ask again next time, whatever was stored
            _SESSION_PASSWORDS.pop((site, user), None)
            credentials.forget_password(site, user)
            self.password.clear()
        # Said once, in the dialog the writer is looking at (no second copy in a message box),
        # in the error colour; the writer fixes the field and presses Publish again.
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the site's words, not markup
        if kind == "cancelled":  # the writer knows: they pressed Cancel
            self.message.setStyleSheet("")
            self.message.setText(text)
            return
        self.message.setStyleSheet(FAILED_STYLE)
        self.message.setText(self.tr("Publishing failed: {reason}").format(reason=text))

    def _finished(self) -> None:
        self.progress.setVisible(False)
        for widget in (self.site, self.user, self.password, self.status, self.paged):
            widget.setEnabled(True)
        self.publish_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        if self.published is not None:
            self.publish_button.setText(self.tr("Publish Again"))
        if self._closing:
            super().reject()

    def reject(self) -> None:
        """Cancel: stops a publish between two steps (what is on the site stays recorded)."""
        if self.running():
            assert self.worker is not None
            self.worker.stop.set()
            self.message.setText(self.tr("Cancelling after the current step…"))
            self._closing = True
            return
        super().reject()


def _state_or_none(doc: Document) -> PublishState | None:
    try:
        return read_state(doc.article, doc.index_file)
    except SlidewrightError:
        return None


def run_publish_dialog(
    parent: QWidget, session: ArticleSession, findings: Sequence[Finding]
) -> PublishDialog | None:
    """File ▸ Publish… for the session's article: the dialog (window-modal), which remembers the
    user name and site for next time. The window only hands over its session and the findings."""
    doc, prompts, settings = session.doc, session.prompts, session.settings
    if doc is None:
        return None
    if not doc.index_file.is_file():  # the publish is recorded in the file: it must exist
        prompts.error(
            QCoreApplication.translate("PublishDialog", "Save first"),
            QCoreApplication.translate("PublishDialog", "Save the article before publishing it."),
        )

        return None
    dialog = PublishDialog(
        parent,
        doc,
        findings,
        prompts,
        settings.text(_SETTINGS_USER),
        settings.text(_SETTINGS_SITE),
        settings,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def remember_site_and_user(_result: int) -> None:
        settings.set_value(_SETTINGS_USER, dialog.user.text().strip())
        if site := normalise_site(dialog.site.text()):
            settings.set_value(_SETTINGS_SITE, site)

    dialog.finished.connect(remember_site_and_user)
    dialog.open()
    return dialog
