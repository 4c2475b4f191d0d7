"""Helpers for driving the window: run JavaScript in the preview, answer modal prompts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slidewright.ui.app import open_window
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import StartPlan
from slidewright.ui.window.main_window import MainWindow


def run_js(qtbot: Any, window: MainWindow, script: str, world: int = 0) -> Any:
    """Run JavaScript in the preview and return its result: in the page's own (main) world, as
    the page's scripts see it, unless ``world`` names another (the preview's is ApplicationWorld)."""
    results: list[Any] = []
    window.preview.page().runJavaScript(script, world, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def started(
    qtbot: Any,
    settings: Settings,
    plan: StartPlan | None = None,
    before_close: Callable[[MainWindow], None] | None = None,
) -> MainWindow:
    """The window ``slidewright`` shows for ``plan`` (default: nothing to open, the welcome
    page), once its second step is done (waited for by its signal, not for a time)."""
    win = open_window(settings, plan or StartPlan(None, settings.preview_mode()))
    qtbot.addWidget(win, before_close_func=before_close)
    if not win.completed:
        with qtbot.waitSignal(win.assembled, timeout=60000):
            pass
    qtbot.waitExposed(win)
    return win


ROLES = {
    QMessageBox.StandardButton.Yes: QMessageBox.ButtonRole.YesRole,
    QMessageBox.StandardButton.No: QMessageBox.ButtonRole.NoRole,
}


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next modal message box, recording its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            target = box.button(button)
            if target is None:  # buttons named by what they do: find Yes/No by their role
                role = ROLES.get(button)
                target = next(b for b in box.buttons() if box.buttonRole(b) == role)
            target.click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def export_through_dialog(
    qtbot: Any, window: MainWindow, fill: Any, reports: list[tuple[str, str]]
) -> None:
    """File ▸ Export…: ``fill`` the dialog, accept it, and collect the "Exported to …" report
    (text, details) into ``reports``, closing it, as a writer does."""
    from slidewright.ui.dialogs.export_dialog import ExportDialog

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, fill_dialog)
            return
        fill(dialog)
        dialog.accept()

    def close_report() -> None:
        box = QApplication.activeModalWidget()
        # the report: the one box with Close (its words may be in the window's language)
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Close):
            reports.append((box.text(), box.informativeText()))
            box.button(QMessageBox.StandardButton.Close).click()
        else:
            QTimer.singleShot(20, close_report)

    QTimer.singleShot(20, fill_dialog)
    QTimer.singleShot(40, close_report)
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)


def on_slide(qtbot: Any, window: MainWindow, row: int) -> MainWindow:
    """``window`` active (as a writer's keys reach it) with slide ``row`` selected."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.select_rows([row])
    return window
