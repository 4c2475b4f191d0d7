"""The window's layout as the writer left it: size and place, docks, splitter, preview mode.

Kept apart from the window so that what is remembered between runs is listed in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QMainWindow, QSplitter

from slidewright.ui.preview.view import Preview
from slidewright.ui.session.settings import Settings


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
    columns = settings.bytes_value("splitter")
    if columns is not None:
        splitter.restoreState(columns)
    preview.mode = "slideshow" if settings.text("previewMode") == "slideshow" else "article"
    for button in mode_buttons.buttons():
        button.setChecked(button.property("mode") == preview.mode)


def restore_parts(parts: LaidOut) -> None:
    """Docks and columns, once the window has them (see MainWindow.complete)."""
    state = parts.settings.bytes_value("windowState")
    if state is not None:
        parts.window.restoreState(state)
    else:
        parts.window.resizeDocks([parts.problems], [170], Qt.Orientation.Vertical)
    columns = parts.settings.bytes_value("splitter")
    if columns is not None:
        parts.splitter.restoreState(columns)


def save_layout(parts: LaidOut) -> None:
    parts.settings.set_value("geometry", parts.window.saveGeometry())
    parts.settings.set_value("splitter", parts.splitter.saveState())
    parts.settings.set_value("windowState", parts.window.saveState())
