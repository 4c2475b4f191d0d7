"""Editor zoom (Ctrl+= / Ctrl+- / Ctrl+0): the editor pane's text size, remembered between runs.

Only the editor grows: the slide list and the menus keep the system size, and the preview shows
the page as readers will see it. The monospace body font (set on the body itself, so it does not
inherit) is scaled with the rest."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from slidewright.ui.editing.fields import TextField
from slidewright.ui.session.settings import Settings

STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent of the system font
SETTING = "editorZoom"


class EditorZoom:
    def __init__(self, pane: QWidget, body: TextField, settings: Settings) -> None:
        self.pane = pane
        self.body = body
        self.settings = settings
        try:
            saved = int(settings.text(SETTING, "100"))
        except ValueError:
            saved = 100
        self.percent = saved if saved in STEPS else 100
        self.apply()

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
        self.settings.set_value(SETTING, self.percent)

    def refresh_body(self, *_: object) -> None:
        """Call after the body's font changed (the monospace toggle)."""
        if self.settings.flag("monospace"):
            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            fixed.setPointSizeF(self.point_size(fixed))
            self.body.setFont(fixed)
