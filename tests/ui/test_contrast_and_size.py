"""Colours a writer with low vision can read (WCAG AA: text 4.5:1, focus and controls 3:1) in the
light and the dark theme, computed from the palette and the colours the app sets; a window that
fits the screen at large text (QT_SCALE_FACTOR=1.5); zoom that reaches the preview."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from slidewright.ui.access.contrast import (
    INTERFACE,
    SEVERITY_HUES,
    TEXT,
    accessible_palette,
    ratio,
    severity_color,
)
from slidewright.ui.access.focus_ring import FocusRing
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow
from slidewright.ui.window.theme import dark_palette

Role = QPalette.ColorRole
ROOT = Path(__file__).resolve().parents[2]


def light_palette() -> QPalette:
    """The platform's own palette, as the app found it (Fusion's here)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardPalette()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_selection_hints_and_severities_meet_wcag_aa(qapp: Any, theme: str) -> None:
    before = light_palette() if theme == "light" else dark_palette()
    palette = accessible_palette(before)
    base, alternate = palette.color(Role.Base), palette.color(Role.AlternateBase)
    window = palette.color(Role.Window)
    pairs = {
        "text": (palette.color(Role.Text), base),
        "selected row": (palette.color(Role.HighlightedText), palette.color(Role.Highlight)),
        "placeholder": (palette.color(Role.PlaceholderText), base),
        "placeholder, alternate row": (palette.color(Role.PlaceholderText), alternate),
    }
    for severity in SEVERITY_HUES:
        color = severity_color(severity, palette)
        pairs[f"{severity} text"] = (color, base)
        pairs[f"{severity} text, alternate row"] = (color, alternate)
        pairs[f"{severity} badge digit"] = (base, color)  # the list's colour on the badge
    low = {name: round(ratio(*pair), 2) for name, pair in pairs.items() if ratio(*pair) < TEXT}
    assert low == {}
    for ground in (base, window):  # the focus ring around a view, and a tab on the window
        assert ratio(palette.color(Role.Highlight), ground) >= INTERFACE
    if theme == "light":  # what the issue measured, and what is kept when it passes
        assert round(ratio(before.color(Role.HighlightedText), before.color(Role.Highlight)), 2) < TEXT
        assert palette.color(Role.Text) == before.color(Role.Text)


def test_the_running_window_uses_the_readable_colours(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    palette = window.problems.tree.palette()
    assert ratio(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= TEXT
    tree = window.problems.tree
    colours = {
        tree.topLevelItem(n).child(m).foreground(0).color().name()
        for n in range(tree.topLevelItemCount())
        for m in range(tree.topLevelItem(n).childCount())
    }
    assert colours and all(ratio(QColor(c), palette.color(Role.Base)) >= TEXT for c in colours)
    window.slide_list.setFocus()
    window.activateWindow()
    ring = window.slide_list.findChild(FocusRing)
    assert ring is not None
    qtbot.waitUntil(ring.isVisible)
    assert ratio(ring.color(), window.slide_list.palette().color(Role.Base)) >= INTERFACE


def test_a_window_kept_from_a_larger_screen_fits_this_one(qtbot: Any, settings: Settings) -> None:
    from uihelpers import started

    big = QWidget()  # a window left at 2100×1290 on another screen (or at another scale)
    big.resize(2100, 1290)
    big.move(300, 200)
    settings.set_value("geometry", QByteArray(big.saveGeometry()))
    window = started(qtbot, settings)
    area = window.screen().availableGeometry()
    assert area.contains(QRect(window.pos(), window.size()))


SCALED = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from slidewright.ui.app import open_window
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
app = QApplication(sys.argv)
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = open_window(settings, plan_start(Path(sys.argv[1]), False, settings))
def report():
    screen = window.screen().availableGeometry()
    def place(widget):
        return QRect(widget.mapTo(window, widget.rect().topLeft()) + window.pos(), widget.size())
    parts = {"window": QRect(window.pos(), window.size()), "problems": place(window.problems),
             "status": place(window.statusBar()),
             "toggles": place(window.mode_buttons.buttons()[-1])}
    print(json.dumps({"screen": [screen.width(), screen.height()],
        "outside": [n for n, r in parts.items() if not screen.contains(r)],
        "window": [window.width(), window.height()]}))
    app.quit()
window.assembled.connect(report) if not window.completed else report()
app.exec()
"""


def test_at_one_and_a_half_scale_the_whole_window_is_on_screen(
    sample_bundle: Path, tmp_path: Path
) -> None:
    """QT_SCALE_FACTOR=1.5 on a 1600×1000 screen: 1067×667 logical pixels to fit in."""
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", HOME=str(tmp_path))
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-screen.json'}"
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(sample_bundle), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    found = json.loads(lines[-1])
    assert found["screen"] == [1067, 667]
    assert found["outside"] == [], found


def test_zoom_reaches_the_preview(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.slide_list.setFocus()
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.parts.desk.zoom.percent == 110
    assert window.preview.zoomFactor() == pytest.approx(1.1)
    window.actions_by_name["zoom_reset"].trigger()
    assert window.preview.zoomFactor() == pytest.approx(1.0)


def test_problems_rows_are_recoloured_for_a_dark_theme(qtbot: Any, sample_window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    own = app.palette()
    tree = sample_window.problems.tree
    try:
        app.setPalette(accessible_palette(dark_palette()))

        def readable() -> bool:
            base = tree.palette().color(Role.Base)
            group = tree.topLevelItem(0)
            colours = [group.child(m).foreground(0).color() for m in range(group.childCount())]
            return base.lightness() < 100 and all(ratio(c, base) >= TEXT for c in colours)

        qtbot.waitUntil(readable)
    finally:
        app.setPalette(own)
