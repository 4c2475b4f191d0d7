"""Help ▸ Keyboard Shortcuts after some writing (a writer's trial): the list named Undo by what
it would undo ("Undo Edit slide 1 body"), because it read the action's text of the moment; it
names the command, as the menu table does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget

from slidewright.ui.window.main_window import MainWindow


def test_undo_is_listed_by_its_name_after_an_edit(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitActive(window)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    qtbot.keyClicks(heading, " again")
    assert window.actions_by_name["undo"].text().startswith("&Undo ")  # "Undo Edit slide 1 …"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    table = dialog.findChild(QTableWidget)
    commands = [table.item(row, 1).text() for row in range(table.rowCount())]
    dialog.close()
    assert "Undo" in commands and "Redo" in commands
    assert not [c for c in commands if c.startswith("Undo ")]  # (before: "Undo Edit slide 1 …")
