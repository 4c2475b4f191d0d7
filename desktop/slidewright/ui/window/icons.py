"""The application icon, from resources/icons."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from slidewright.packagedata import read_bytes


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(read_bytes("icons", "slidewright.svg")), "SVG")
    return QIcon(pixmap)
