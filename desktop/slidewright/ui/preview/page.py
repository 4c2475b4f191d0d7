"""The preview's page: the scripts it is given, the bridge it talks to the window through, and
what it may navigate to. Apart from view.py, which shows it and pushes edits into it."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)

from slidewright.packagedata import read_text
from slidewright.ui.preview.scheme import is_page_url

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld  # our scripts' own JavaScript world


def _qwebchannel_js() -> str:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    return bytes(file.readAll().data()).decode("utf-8")


def preview_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName("slidewright-preview")
    script.setSourceCode(_qwebchannel_js() + "\n" + read_text("js", "preview.js"))
    script.setWorldId(WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setRunsOnSubFrames(False)
    return script


class Bridge(QObject):
    """The object the page talks to over QWebChannel."""

    clicked = Signal(int)
    painted = Signal()

    @Slot(int)
    def slideClicked(self, index: int) -> None:  # noqa: N802 (called from JavaScript)
        self.clicked.emit(index)

    @Slot()
    def pagePainted(self) -> None:  # noqa: N802 (called from JavaScript)
        self.painted.emit()


class PreviewPage(QWebEnginePage):
    """Shows our page and nothing else: links to the web open in the system browser after the
    writer's click; every other navigation (a bundle file, another scheme, a frame) is refused."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        settings = self.settings()
        attribute = QWebEngineSettings.WebAttribute
        for name, on in (
            (attribute.LocalContentCanAccessFileUrls, False),
            (attribute.LocalContentCanAccessRemoteUrls, False),
            (attribute.JavascriptCanOpenWindows, False),
            (attribute.JavascriptCanAccessClipboard, False),
            (attribute.PluginsEnabled, False),
            (attribute.NavigateOnDropEnabled, False),  # a file dropped on the preview
            (attribute.AllowRunningInsecureContent, False),
            (attribute.AllowGeolocationOnInsecureOrigins, False),
            (attribute.PdfViewerEnabled, False),
        ):
            settings.setAttribute(name, on)

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, main: bool
    ) -> bool:  # noqa: N802
        url = QUrl(url)
        types = QWebEnginePage.NavigationType
        if main and is_page_url(url) and kind != types.NavigationTypeLinkClicked:
            return True  # our own load (and its #slide-N steps)
        if (
            main
            and kind == types.NavigationTypeLinkClicked
            and url.scheme()
            in (
                "http",
                "https",
                "mailto",
            )
        ):
            QDesktopServices.openUrl(url)
        return False

    def createWindow(  # type: ignore[override]  # None (no window) is what Qt documents
        self, kind: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:  # noqa: N802
        return None
