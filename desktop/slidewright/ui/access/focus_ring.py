"""A focus ring that every style draws the same: a 2-pixel frame in the palette's Highlight (3:1 or
more against the window and the views, see contrast.py) around a list, a tree, or the current tab
of a tab bar while it has the keyboard focus.

Fusion shows no change when Tab reaches the slide list, a 1.75:1 outline on a tree and a 1.11:1
tint on a tab: a writer with the keyboard alone could not tell where they were."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QTabBar, QWidget

WIDTH = 2


class FocusRing(QWidget):
    """Drawn over ``target`` (a child of it, let through by the mouse) while it has focus."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)
        if isinstance(target, QTabBar):
            target.currentChanged.connect(lambda _index: self._place())

    def color(self) -> QColor:
        return self.target.palette().color(QPalette.ColorRole.Highlight)

    def ring_rect(self) -> QRect:
        """Where the frame goes, in the target's coordinates: all of it, or the current tab."""
        if isinstance(self.target, QTabBar) and self.target.currentIndex() >= 0:
            return self.target.tabRect(self.target.currentIndex())
        return self.target.rect()

    def _place(self) -> None:
        self.setGeometry(self.ring_rect())
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self._place()
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.isVisible():
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        pen = QPen(self.color(), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()
