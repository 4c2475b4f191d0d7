"""The window's layout as the writer left it: size and place, docks, splitter, preview mode.

Kept apart from the window so that what is remembered between runs is listed in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QMainWindow, QSplitter

from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.preview.view import Preview
from slidewright.ui.session.settings import Settings

PROBLEMS_ROWS = 12  # findings the Problems panel shows at first
PROBLEMS_DOCK = "problemsDock"  # ProblemsPanel's object name: its place in a saved layout
LICENCE_FOLDED = "licenceFolded"  # the writer folded the slide pane's licence section away


@dataclass(frozen=True)
class LaidOut:
    """What of the main window the layout touches."""

    window: QMainWindow
    settings: Settings
    splitter: QSplitter
    preview: Preview
    problems: QDockWidget


def restore_window(
    window: QMainWindow,
    settings: Settings,
    splitter: QSplitter,
    preview: Preview,
    mode_buttons: QButtonGroup,
) -> None:
    """Size, place, column widths and preview mode: before the window is shown and its first
    page loads, so the preview paints at the width it keeps (the other columns come later)."""
    geometry = settings.bytes_value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    title = QCoreApplication.translate("LayoutState", "Problems")
    place = QDockWidget(title, window)  # the panel's place (and height) until it exists

    place.setObjectName(PROBLEMS_DOCK)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, place)
    _restore_docks(window, settings, place)
    columns = settings.bytes_value("splitter")
    if columns is not None:
        splitter.restoreState(columns)
    preview.mode = settings.preview_mode()
    for button in mode_buttons.buttons():
        button.setChecked(button.property("mode") == preview.mode)


def restore_parts(parts: LaidOut) -> None:
    """Docks and columns, once the window has them (see MainWindow.complete)."""
    _restore_docks(parts.window, parts.settings, parts.problems)
    columns = parts.settings.bytes_value("splitter")
    if columns is not None:
        parts.splitter.restoreState(columns)


def take_problems_place(window: QMainWindow) -> None:
    """Remove the Problems panel's stand-in (restore_window) before the panel takes its place."""
    place = window.findChild(QDockWidget, PROBLEMS_DOCK)
    if place is not None:
        window.removeDockWidget(place)
        place.deleteLater()


def _restore_docks(window: QMainWindow, settings: Settings, problems: QDockWidget) -> None:
    state = settings.bytes_value("windowState")
    if state is not None:
        window.restoreState(state)
    else:
        window.resizeDocks([problems], [problems_height(window)], Qt.Orientation.Vertical)


def problems_height(window: QMainWindow) -> int:
    """The Problems panel's first height: about a dozen rows of findings (170 px showed three
    wrapped ones, issue 27), never more than two fifths of the window; then as the writer left it."""
    rows = PROBLEMS_ROWS * (window.fontMetrics().lineSpacing() + 4) + 80  # + header, buttons
    return max(170, min(rows, window.height() * 2 // 5))


def save_layout(parts: LaidOut) -> None:
    parts.settings.set_value("geometry", parts.window.saveGeometry())
    parts.settings.set_value("splitter", parts.splitter.saveState())
    parts.settings.set_value("windowState", parts.window.saveState())


def remember_licence_fold(settings: Settings, editor: SlideEditor) -> None:
    """The licence section as the writer last left it, folded or not, from one start to the
    next: folded away all day, it was open again the next morning on every slide whose picture
    named its creator, the body under the pane's edge."""
    editor.licence_folded_by_writer = settings.flag(LICENCE_FOLDED)
    editor.licence_toggle.clicked.connect(lambda on: settings.set_value(LICENCE_FOLDED, not on))
