"""The preview's private URL scheme: serves the rendered page and files from the bundle only.

The preview never touches the network: the page comes from memory, images from the article's
bundle folder (nothing outside it), and every other request is blocked.
"""

from __future__ import annotations

import itertools
import mimetypes
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWidgets import QApplication

SCHEME = b"slidewright"
PAGE_PATH = "/__preview__.html"
ALLOWED_SCHEMES = {"slidewright", "data", "blob", "about", "qrc"}


def register_scheme() -> None:
    """Must run before the QApplication exists (Qt's rule for custom schemes)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class Source:
    """What one preview serves: its current page and its bundle folder."""

    def __init__(self, bundle: Path) -> None:
        self.bundle = bundle
        self.page = b""


class BundleSchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: dict[str, Source] = {}
        self._ids = itertools.count(1)

    def add(self, source: Source) -> str:
        host = f"preview{next(self._ids)}"
        self.sources[host] = source
        return host

    def remove(self, host: str) -> None:
        self.sources.pop(host, None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802
        url = job.requestUrl()
        source = self.sources.get(url.host())
        if source is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = unquote(url.path())
        if path == PAGE_PATH:
            self._reply(job, b"text/html;charset=utf-8", source.page)
            return
        root = source.bundle.resolve()
        file = (root / path.lstrip("/")).resolve()
        if not file.is_relative_to(root) or not file.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = (mimetypes.guess_type(file.name)[0] or "application/octet-stream").encode()
        try:
            data = file.read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        self._reply(job, mime, data)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buffer = QBuffer(job)  # owned by the job, freed with it
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buffer)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for the preview's own scheme."""

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        if info.requestUrl().scheme() not in ALLOWED_SCHEMES:
            info.block(True)


_profile: QWebEngineProfile | None = None
_handler: BundleSchemeHandler | None = None


def preview_profile() -> tuple[QWebEngineProfile, BundleSchemeHandler]:
    """One off-the-record profile for every preview in the application."""
    global _profile, _handler
    if _profile is None:
        app = QApplication.instance()
        _profile = QWebEngineProfile(app)
        _handler = BundleSchemeHandler(_profile)
        _profile.installUrlSchemeHandler(SCHEME, _handler)
        _interceptor = OfflineInterceptor(_profile)
        _profile.setUrlRequestInterceptor(_interceptor)
    assert _handler is not None
    return _profile, _handler


def page_url(host: str) -> QUrl:
    return QUrl(f"slidewright://{host}{PAGE_PATH}")
