"""The editor's type: zoom (Ctrl+= / Ctrl+- / Ctrl+0) and the monospace body, remembered.

The editor's type and the preview's page grow together (a writer who needs larger text needs it
in the page they check too: QWebEngineView's zoom, which lays the page out as a reader's browser
zoom would); the slide list and the menus keep the system size (Qt's own scale factor and the
desktop's text size serve those). The monospace body font (set on the body itself, so it does not
inherit) is scaled with the rest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QWidget

from slidewright.ui.editing.fields import TextField
from slidewright.ui.session.settings import Settings

STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent of the system font
SETTING = "editorZoom"
MONOSPACE = "monospace"


class EditorZoom(QObject):
    def __init__(
        self,
        pane: QWidget,
        body: TextField,
        settings: Settings,
        preview: QWebEngineView | None = None,
    ) -> None:
        super().__init__(pane)
        self.preview = preview
        self._setting = False
        body.installEventFilter(self)
        self.pane = pane
        self.body = body
        self.settings = settings
        try:
            saved = int(settings.text(SETTING, "100"))
        except ValueError:
            saved = 100
        self.percent = saved if saved in STEPS else 100
        if self.percent != 100:  # at 100% the pane keeps the font it inherits, untouched
            self.apply()
        if settings.flag(MONOSPACE):
            body.set_monospace(True)  # scaled to the zoom by the event filter

    def set_monospace(self, on: bool) -> None:
        """The body in the system's fixed-width font (View ▸ Monospace Body Font), remembered."""
        self.body.set_monospace(on)
        self.settings.set_value(MONOSPACE, on)

    def zoom_in(self) -> None:
        self._step(1)

    def zoom_out(self) -> None:
        self._step(-1)

    def reset(self) -> None:
        self.percent = 100
        self.apply()

    def _step(self, delta: int) -> None:
        index = STEPS.index(self.percent) + delta
        self.percent = STEPS[min(max(index, 0), len(STEPS) - 1)]
        self.apply()

    def point_size(self, base: QFont) -> float:
        return base.pointSizeF() * self.percent / 100

    def apply(self) -> None:
        font = QFont(self.pane.font())
        font.setPointSizeF(self.point_size(QApplication.font()))
        self.pane.setFont(font)
        self.refresh_body()
        if self.preview is not None:
            self.preview.setZoomFactor(self.percent / 100)
        self.settings.set_value(SETTING, self.percent)

    def refresh_body(self) -> None:
        """The monospace body font is set on the body itself: scale it too."""
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if self.body.font().family() == fixed.family():
            fixed.setPointSizeF(self.point_size(fixed))
            self._setting = True
            try:
                self.body.setFont(fixed)
            finally:
                self._setting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Whoever changes the body's font (the monospace toggle, at start or from the menu)."""
        if watched is self.body and event.type() == QEvent.Type.FontChange and not self._setting:
            self.refresh_body()
        return False
