"""The preview's private URL scheme: serves the rendered page and images from the bundle only.

The preview never touches the network or the writer's other files: the page comes from memory,
images from the article's bundle folder (nothing outside it, nothing but images), every response
carries a Content-Security-Policy (``sandbox`` for everything but our page, so a bundle file that
is opened by itself can run nothing), and every other request is blocked by the interceptor.
See docs/security.md.
"""

from __future__ import annotations

import itertools
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
BLANK = "about:blank"
ALLOWED_SCHEMES = {"slidewright", "data", "blob"}  # for images; a navigation needs the page URL
IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".avif": "image/avif",
    ".svg": "image/svg+xml",
}
PAGE_POLICY = (
    "default-src 'none'; img-src slidewright: data:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; connect-src 'none'; frame-src 'none'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)  # the page's own <meta> policy narrows scripts and styles further, to their hashes
FILE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def register_scheme() -> None:
    """Must run before the QApplication exists (Qt's rule for custom schemes)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)  # no local (file:) access
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
            self._reply(job, b"text/html;charset=utf-8", source.page, PAGE_POLICY)
            return
        root = source.bundle.resolve()
        file = (root / path.lstrip("/")).resolve()
        mime = IMAGE_TYPES.get(file.suffix.lower())
        if mime is None or not file.is_relative_to(root) or not file.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        try:
            data = file.read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        self._reply(job, mime.encode(), data, FILE_POLICY)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes, policy: str) -> None:
        # A QMultiMap: each header takes a list of values (the stubs say one value, wrongly).
        headers: dict[QByteArray, list[QByteArray]] = {
            QByteArray(b"Content-Security-Policy"): [QByteArray(policy.encode())],
            QByteArray(b"X-Content-Type-Options"): [QByteArray(b"nosniff")],
        }
        job.setAdditionalResponseHeaders(headers)  # type: ignore[arg-type]
        buffer = QBuffer(job)  # owned by the job, freed with it
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buffer)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request but the preview page itself and images for it.

    A navigation (top frame) is let through only to a preview page URL; frames are never loaded;
    nothing leaves for the network or the file system. What it blocked is remembered (the last
    few) so that the writer's support questions and the tests can see it at work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        kind = info.resourceType()
        types = QWebEngineUrlRequestInfo.ResourceType
        if kind == types.ResourceTypeMainFrame:
            allowed = is_page_url(url)
        elif kind == types.ResourceTypeSubFrame:
            allowed = False
        else:
            allowed = url.scheme() in ALLOWED_SCHEMES
        if not allowed:
            info.block(True)
            self.blocked = [*self.blocked[-99:], url.toString()]


_profile: QWebEngineProfile | None = None
_handler: BundleSchemeHandler | None = None
_interceptor: OfflineInterceptor | None = None  # kept here: Qt does not own it, Python must


def preview_profile() -> tuple[QWebEngineProfile, BundleSchemeHandler]:
    """One off-the-record profile for every preview in the application."""
    global _profile, _handler, _interceptor
    if _profile is None:
        app = QApplication.instance()
        _profile = QWebEngineProfile(app)
        _handler = BundleSchemeHandler(_profile)
        _profile.installUrlSchemeHandler(SCHEME, _handler)
        _interceptor = OfflineInterceptor(_profile)
        _profile.setUrlRequestInterceptor(_interceptor)
    assert _handler is not None
    return _profile, _handler


def interceptor() -> OfflineInterceptor:
    preview_profile()
    assert _interceptor is not None
    return _interceptor


def is_page_url(url: QUrl) -> bool:
    """A preview page (or the blank page shown when no article is open)."""
    if url.toString() == BLANK:
        return True
    return url.scheme() == "slidewright" and url.path() == PAGE_PATH


def page_url(host: str) -> QUrl:
    return QUrl(f"slidewright://{host}{PAGE_PATH}")
