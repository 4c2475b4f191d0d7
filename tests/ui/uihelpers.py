"""Helpers for driving the window: run JavaScript in the preview, answer modal prompts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slidewright.ui.window.main_window import MainWindow


def run_js(qtbot: Any, window: MainWindow, script: str, world: int = 0) -> Any:
    """Run JavaScript in the preview and return its result: in the page's own (main) world, as
    the page's scripts see it, unless ``world`` names another (the preview's is ApplicationWorld)."""
    results: list[Any] = []
    window.preview.page().runJavaScript(script, world, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


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
