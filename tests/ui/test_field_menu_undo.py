"""The editor fields' right-click menu: Undo and Redo act on the article's undo history (as
Edit ▸ Undo does), enabled when there is something to undo, not Qt's per-field undo, always grey."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from slidewright.ui.window.main_window import MainWindow


def right_click_menu(qtbot: Any, target: QWidget) -> QMenu:
    """What a right-click does: Qt's test clicks stop short of the platform's context menu
    event, so the event a right-click makes is sent as the platform sends it."""
    qtbot.mousePress(target, Qt.MouseButton.RightButton, pos=target.rect().center())
    center = target.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, center, target.mapToGlobal(center))
    QApplication.sendEvent(target, event)
    qtbot.mouseRelease(target, Qt.MouseButton.RightButton, pos=center)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def entry(menu: QMenu, text: str) -> Any:
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def test_right_click_undo_and_redo_undo_the_typing_in_a_line_and_a_body(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.doc is not None
    credit = window.slide_editor.fields["credit"]  # Qt's own menu (no spelling)
    before = window.doc.article.slides[0].credit
    qtbot.mouseClick(credit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(credit, Qt.Key.Key_End)
    qtbot.keyClicks(credit, " extra")
    menu = right_click_menu(qtbot, credit)
    undo = entry(menu, "Undo")
    assert undo.isEnabled() and not entry(menu, "Redo").isEnabled()
    undo.trigger()
    menu.close()
    # the word undone with the space typed before it (issue 27: no step of a lone space)
    assert window.doc.article.slides[0].credit == before
    assert credit.text() == before
    menu = right_click_menu(qtbot, credit)
    redo = entry(menu, "Redo")
    assert redo.isEnabled()
    redo.trigger()
    menu.close()
    assert window.doc.article.slides[0].credit == before + " extra"

    body = window.slide_editor.body  # the spelling menu, above Qt's entries
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(body, "Seals ")
    text = window.doc.article.slides[0].body
    menu = right_click_menu(qtbot, body.viewport())
    undo = entry(menu, "Undo")
    assert undo.isEnabled()
    undo.trigger()
    menu.close()
    assert window.doc.article.slides[0].body != text and "Seals" not in body.toPlainText()
