"""The Content Credentials line under the slide's picture: signed by whom, made how, valid or not.

Reading a manifest means importing the C2PA library (about a second) and validating a signature,
so it happens on a worker thread (``ui/background.py``), remembered per file version (path, size,
modification time); the line stays hidden for the many pictures that carry no credentials.
Details… shows the actions and ingredients.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from slidewright.fileformat.images import bundle_image, read_image_bytes
from slidewright.provenance import ContentCredentials
from slidewright.ui.background import Background
from slidewright.ui.problems.finding_text import translated

MAX_REMEMBERED = 2000
FileKey = tuple[str, int, int]


def _read(file: Path, trust_anchors: str) -> ContentCredentials | None:
    """On the worker thread: the picture's credentials (None when it carries none)."""
    from slidewright.provenance import has_manifest, read_credentials

    raw = read_image_bytes(file)
    if not has_manifest(raw):
        return None  # (most pictures: Pillow is not loaded for them, on start-up neither)
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(raw)) as image:
            image_format = image.format or ""
    except Exception:  # noqa: BLE001 - the checker reports a picture that does not open
        return None
    return read_credentials(raw, image_format, trust_anchors)


def details_text(credentials: ContentCredentials) -> str:
    """The details popup's text: the verdict, then who, with what, how, from what.

    The core's words (the verdict, what failed, what was done) are messages, said in the
    window's language; translated before the verdict is capitalised, since a slice of a
    message is plain English again."""
    summary = translated(credentials.summary)
    lines = [summary[:1].upper() + summary[1:] + "."]
    if credentials.failures:
        failed = QCoreApplication.translate("CredentialsLine", "What failed:")
        lines += ["", failed, *(f"  • {translated(failure)}" for failure in credentials.failures)]
    if credentials.generator:
        written = QCoreApplication.translate("CredentialsLine", "Written by: {generator}")
        lines += ["", written.format(generator=credentials.generator)]
    if credentials.authors:
        author = QCoreApplication.translate("CredentialsLine", "Author: {names}")
        lines += [author.format(names=", ".join(credentials.authors))]
    if credentials.actions:
        done = QCoreApplication.translate("CredentialsLine", "What was done:")
        lines += ["", done, *(f"  • {translated(action.words)}" for action in credentials.actions)]
    if credentials.ingredients:
        lines += ["", QCoreApplication.translate("CredentialsLine", "Made from:")]
        original = QCoreApplication.translate("CredentialsLine", "{title} (the original)")
        lines += [
            "  • "
            + (
                original.format(title=translated(item.title))
                if item.relationship == "parentOf"
                else translated(item.title)
            )
            for item in credentials.ingredients
        ]
    if credentials.ai_training == "notAllowed":
        lines += [
            "",
            QCoreApplication.translate(
                "CredentialsLine", "The credentials say the picture must not be used to train AI."
            ),
        ]
    return "\n".join(lines)


class CredentialsLine(QWidget):
    """Shows the credentials of the picture last given to :meth:`show_image`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trust_anchors = ""  # PEM text of the writer's trust list
        self.credentials: ContentCredentials | None = None
        self._known: dict[FileKey, ContentCredentials | None] = {}
        self._wanted: FileKey | None = None
        self._shown: tuple[Path | None, str] | None = None  # what show_image was last given
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Content Credentials"))
        self.details = QPushButton(self.tr("Details…"))
        self.details.setAccessibleName(self.tr("Content Credentials details"))
        self.details.clicked.connect(self.show_details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details, 0, Qt.AlignmentFlag.AlignTop)
        self.background = Background(self)
        self.background.done.connect(self._read_done)
        self.background.failed.connect(lambda key, message: self._read_done(key, None))
        self.setVisible(False)

    def set_trust(self, anchors: str) -> None:
        """The writer's trust list changed (Preferences): what was read says the old verdict."""
        self.trust_anchors = anchors
        self._known.clear()
        if self._shown is not None:
            self.show_image(*self._shown)  # read again: its verdict may be another now

    def show_image(self, bundle: Path | None, image: str) -> None:
        """Follow the slide's picture: hidden until its credentials are known, and when none."""
        self._shown = (bundle, image)
        self._wanted = None
        file = None
        if bundle is not None and image:
            try:
                file = bundle_image(bundle, image)
                stat = os.stat(file)
            except Exception:  # missing, outside, hostile: the checker says so, not this line
                file = None
        if file is None:
            self._show(None)
            return
        key = (str(file), stat.st_size, stat.st_mtime_ns)
        if key in self._known:
            self._show(self._known[key])
            return
        self._wanted = key
        self._show(None)
        anchors = self.trust_anchors
        self.background.submit(lambda: _read(file, anchors), key)

    def _read_done(self, key: object, result: object) -> None:
        credentials = result if isinstance(result, ContentCredentials) else None
        if isinstance(key, tuple):
            if len(self._known) > MAX_REMEMBERED:
                self._known.clear()
            self._known[key] = credentials
        if key == self._wanted:
            self._show(credentials)

    def _show(self, credentials: ContentCredentials | None) -> None:
        self.credentials = credentials
        if credentials is None:
            self.setVisible(False)
            self.label.clear()
            return
        mark = {"trusted": "✔", "untrusted": "✔", "invalid": "✖", "unreadable": "?"}
        text = self.tr("{mark} Content Credentials: {summary}").format(
            mark=mark[credentials.state], summary=translated(credentials.summary)
        )
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setVisible(True)

    def show_details(self) -> None:
        if self.credentials is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Content Credentials"))
        box.setIcon(
            QMessageBox.Icon.Warning
            if self.credentials.state in ("invalid", "unreadable")
            else QMessageBox.Icon.Information
        )
        box.setText(details_text(self.credentials))
        box.open()
