"""A window that fits the screen it opens on, at any scale: at QT_SCALE_FACTOR=1.5 (or 144 dpi) a
1600×1000 screen is 1066×666 logical pixels, and the window's 1400×860 (or the size kept from a
larger screen) put the Problems panel, the status line and the preview's toggles out of reach."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

MINIMUM = QSize(900, 560)  # what the three columns want, where the screen has it
FRAME = QSize(16, 48)  # room for the window manager's frame and title, unknown before showing


def fit_to_screen(window: QWidget) -> None:
    """Shrink (and move) ``window`` into its screen's available area; its minimum too."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    room = QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 200))
    window.setMinimumSize(MINIMUM.boundedTo(room))
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    place = QRect(window.pos(), window.size())
    if not area.contains(place):
        x = min(max(place.x(), area.x()), area.right() - size.width())
        y = min(max(place.y(), area.y()), area.bottom() - size.height() - FRAME.height() + 16)
        window.move(max(x, area.x()), max(y, area.y()))
