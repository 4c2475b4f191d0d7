"""The Help menu: Keyboard Shortcuts (made from the menu table) and About."""

from __future__ import annotations

from typing import Any

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget
from uihelpers import started

from slidewright import __version__
from slidewright.ui.window import menus
from slidewright.ui.window.desk import WritingDesk
from slidewright.ui.window.main_window import MainWindow


def shortcut_table(qtbot: Any, window: MainWindow) -> dict[str, str]:
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    rows = {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}
    dialog.close()
    return rows


def test_f1_lists_the_keyboard_shortcuts_of_every_menu(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    rows = shortcut_table(qtbot, window)
    assert rows["Save"] == "Ctrl+S"
    assert rows["Focus Mode"] == "F11"
    assert rows["New Slide"] == "Ctrl+Shift+N"
    assert rows["Problems"] == "Ctrl+Shift+P"  # the dock's own action, not in the table's rows
    assert rows["Delete Slide"] == "Del"
    assert "Ctrl+=" in rows["Zoom In"]
    assert rows["Keyboard Shortcuts"] == "F1"
    assert "Ctrl+V" in rows.values()  # the keys that live in fields are listed too


def test_a_new_menu_entry_shows_up_without_editing_the_help(
    qtbot: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    title, entries = menus.MENUS[2]
    extended = [*menus.MENUS]
    extended[2] = (title, [*entries, ("sort_slides", "So&rt Slides", "Ctrl+Alt+S", False)])
    monkeypatch.setattr(menus, "MENUS", extended)
    monkeypatch.setattr("slidewright.ui.window.help.MENUS", extended)
    slots = WritingDesk.slots
    monkeypatch.setattr(WritingDesk, "slots", lambda desk: {**slots(desk), "sort_slides": print})
    window = started(qtbot, settings)
    window.show()
    window.actions_by_name["shortcuts"].trigger()
    assert shortcut_table(qtbot, window)["Sort Slides"] == "Ctrl+Alt+S"


def test_about_names_the_version_qt_pyside_and_licence(qtbot: Any, window: MainWindow) -> None:
    window.actions_by_name["about"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "aboutBox") is not None)
    box = window.findChild(QMessageBox, "aboutBox")
    assert box.isVisible()
    text = box.text()
    assert f"Slidewright {__version__}" in text
    assert f"Qt {qVersion()}" in text and f"PySide {PySide6.__version__}" in text
    assert "GNU General Public License" in text
    box.close()
