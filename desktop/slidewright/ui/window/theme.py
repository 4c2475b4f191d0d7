"""Light and dark, following the system (Qt's QStyleHints.colorScheme), the preview included.

The widgets: on a platform that darkens Qt's palette itself nothing is done; where the system
says dark but the palette stayed light (the Fusion style on a bare X session), a dark palette is
set, and the writer's own palette comes back when the system turns light again.
The preview: resources/css/preview-dark.css is adopted by every page the preview loads (a script
in the preview's own JavaScript world), with a media query that follows the window's scheme."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript
from PySide6.QtWidgets import QApplication

from slidewright.packagedata import read_text
from slidewright.ui.access.contrast import accessible_palette

SCRIPT_NAME = "slidewright-theme"
MEDIA = {
    Qt.ColorScheme.Dark: "all",
    Qt.ColorScheme.Light: "not all",
    Qt.ColorScheme.Unknown: "(prefers-color-scheme: dark)",
}
WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (its light one is Qt's standard palette)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for name, color in (
        (role.Window, "#2b2c30"),
        (role.WindowText, "#e6e4e0"),
        (role.Base, "#1d1e21"),
        (role.AlternateBase, "#26272b"),
        (role.ToolTipBase, "#2b2c30"),
        (role.ToolTipText, "#e6e4e0"),
        (role.PlaceholderText, "#8b9097"),
        (role.Text, "#e6e4e0"),
        (role.Button, "#34353a"),
        (role.ButtonText, "#e6e4e0"),
        (role.BrightText, "#ff8f85"),
        (role.Highlight, "#3d6fb6"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.Mid, "#45464c"),
        (role.Dark, "#18191b"),
        (role.Light, "#4a4b52"),
    ):
        palette.setColor(name, QColor(color))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#75787e"))
    return palette


def theme_script(scheme: Qt.ColorScheme) -> str:
    """Adopt (or re-adopt) the dark sheet with the media query for ``scheme``."""
    return (
        "(function () {"
        f" var css = {json.dumps(read_text('css', 'preview-dark.css'))};"
        " var sheets = document.adoptedStyleSheets.filter(function (s) { return !s.swTheme; });"
        f" var sheet = new CSSStyleSheet({{media: {json.dumps(MEDIA[scheme])}}});"
        " sheet.replaceSync(css); sheet.swTheme = true;"
        " document.adoptedStyleSheets = sheets.concat([sheet]);"
        "})();"
    )


class Theme(QObject):
    def __init__(self, page: QWebEnginePage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.scheme = Qt.ColorScheme.Unknown
        self._own_palette: QPalette | None = None  # the palette before we darkened it
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow)
        self.follow(hints.colorScheme())

    def follow(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        self._set_palette(scheme == Qt.ColorScheme.Dark)
        scripts = self.page.scripts()
        for old in scripts.find(SCRIPT_NAME):
            scripts.remove(old)
        script = QWebEngineScript()
        script.setName(SCRIPT_NAME)
        script.setSourceCode(theme_script(scheme))
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(False)
        scripts.insert(script)  # for pages loaded from now on
        if not self.page.url().isEmpty():  # and the page shown now, if there is one yet
            self.page.runJavaScript(theme_script(scheme), WORLD)

    def _set_palette(self, dark: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if dark and self._own_palette is None and app.palette().window().color().lightness() > 128:
            self._own_palette = app.palette()
            app.setPalette(dark_palette())
        elif not dark and self._own_palette is not None:
            app.setPalette(self._own_palette)
            self._own_palette = None
        readable = accessible_palette(app.palette())  # WCAG AA selection and hints (contrast.py)
        if readable != app.palette():
            app.setPalette(readable)
        # Markdown colours are chosen for the base they are shown on. Before the editors exist
        # (start-up, see MainWindow.complete) their module is not even imported: none to redo.
        highlighting = sys.modules.get("slidewright.ui.editing.markdown_highlighter")
        if highlighting is not None:
            highlighting.rehighlight_all()
