"""Frictions a writer met in a long session (issue 27): the Export dialog's remembered choice, the
find bar beside the Problems panel, the shortcuts list, Problem messages shown whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from spellhelpers import tools
from uihelpers import export_through_dialog

from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.problems.panel import FindingRole
from slidewright.ui.window.main_window import MainWindow


def test_the_export_dialog_offers_the_format_and_mode_chosen_last_time(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("html-folder"))
        dialog.mode.setCurrentIndex(dialog.mode.findData("paged"))
        dialog.output.setText(str(tmp_path / "pages"))

    export_through_dialog(qtbot, sample_window, fill, [])
    seen: list[tuple[str, str]] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.append((dialog.format.currentData(), dialog.mode.currentData()))
        dialog.reject()

    QTimer.singleShot(20, read_and_cancel)
    sample_window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == ("html-folder", "paged")


def test_the_find_bar_opens_above_the_problems_panel_not_under_it(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.problems.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.slide_editor.body.setFocus()
    window.actions_by_name["replace"].trigger()
    bar = tools(window).find.toolbar
    qtbot.waitUntil(bar.isVisible)
    bar_box = bar.geometry()
    panel_box = window.problems.geometry()
    editors_box = window.tabs.mapTo(window, window.tabs.rect().topLeft())
    assert bar_box.bottom() <= editors_box.y()  # over the editors, where the matches are
    assert not bar_box.intersects(panel_box) and bar_box.bottom() < panel_box.top()


def test_the_shortcuts_list_names_the_find_bars_keys(qtbot: Any, sample_window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QTableWidget

    sample_window.actions_by_name["shortcuts"].trigger()
    dialog = sample_window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None
    table = dialog.findChild(QTableWidget)
    rows = [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
    find_bar = {command: keys for menu, command, keys in rows if menu == "Find bar"}
    assert "Esc" in find_bar.values() and "Shift+Enter" in find_bar.values()
    bar = tools(sample_window).find.bar
    assert "&Match case" == bar.match_case.text() and "Replace A&ll" == bar.replace_all.text()
    dialog.close()


def test_a_problem_message_wraps_beside_the_rule_column_and_is_shown_whole_below(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    panel = window.problems
    panel.show()
    qtbot.waitUntil(lambda: bool(panel.findings))
    item = panel.tree.topLevelItem(0).child(0)
    finding = item.data(0, FindingRole)
    panel.tree.setCurrentItem(item)
    assert finding.message in item.toolTip(0)  # the whole message on hover
    assert panel.detail.isVisible() and finding.message in panel.detail.text()
    assert finding.rule in panel.detail.text()
    tree = panel.tree
    one_line = tree.visualItemRect(item).height()
    panel.setFloating(True)  # a writer's narrow floating panel
    panel.resize(420, 300)
    qtbot.waitUntil(lambda: panel.width() == 420)
    qtbot.waitUntil(lambda: tree.columnWidth(0) + tree.columnWidth(1) <= tree.viewport().width())
    assert tree.columnWidth(1) >= tree.fontMetrics().horizontalAdvance(finding.rule)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() >= 2 * one_line)  # wrapped
