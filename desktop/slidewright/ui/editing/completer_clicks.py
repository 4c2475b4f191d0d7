"""A completer's open list closes on a click elsewhere, and the click still lands there.

QCompleter's list is a popup: a press outside it only hides it (QCompleter's own event filter
takes the press), so the field or button the writer clicked never hears of it. At the desk
that sent a paragraph into the wrong field: the writer typed "en-GB" into Language (the list of
dictionaries open under it), clicked into the Intro and typed on, and the words went into
Language. :func:`pass_clicks_through` hides the list and hands the press to what is under it,
as a click with no list open would reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget


class _ClickThrough(QObject):
    """Event filter on a completer's popup (installed after QCompleter's, so it runs first)."""

    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        self.popup = popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is not self.popup or event.type() != QEvent.Type.MouseButtonPress:
            return False
        assert isinstance(event, QMouseEvent)
        where = event.globalPosition().toPoint()
        if self.popup.frameGeometry().contains(where):
            return False  # a click on one of its entries: the completer chooses it
        self.popup.hide()
        target = QApplication.widgetAt(where)
        if target is None or target is self.popup or self.popup.isAncestorOf(target):
            return True
        if QApplication.activeModalWidget() not in (None, target.window()):
            return True  # (a dialog opened meanwhile: what is behind it takes no clicks)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            target.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        _take_focus(target, press.position().toPoint())
        QApplication.sendEvent(target, press)
        return True


def _take_focus(widget: QWidget, at: QPoint) -> None:
    """Focus what a click at ``at`` in ``widget`` focuses: Qt gives it only for a press from
    the window system, and this one is handed over (QApplication's rule: the first enabled
    widget up from the one clicked whose focus policy takes clicks)."""
    found: QWidget | None = widget
    while found is not None:
        proxy, next_proxy = found, found.focusProxy()
        while next_proxy is not None:
            proxy, next_proxy = next_proxy, next_proxy.focusProxy()
        takes = Qt.FocusPolicy.ClickFocus
        if (
            found.isEnabled()
            and found.rect().contains(at)
            and found.focusPolicy() & takes == takes
            and proxy.focusPolicy() & takes == takes
        ):
            found.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        if found.isWindow():
            return
        at += found.pos()
        found = found.parentWidget()


def pass_clicks_through(completer: QCompleter) -> QCompleter:
    """Let a click outside ``completer``'s open list reach what it was aimed at."""
    popup = completer.popup()  # made now if it was not: the filter goes on the one it shows
    if popup is not None:
        popup.installEventFilter(_ClickThrough(popup))
    return completer
