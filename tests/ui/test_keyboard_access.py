"""The window with the keyboard alone (issue 33): focus starts where writing starts and is seen,
F6 moves between the panes, "show X" keys go to X, Tab reads the window in order and leaves every
table, the Find bar gives focus back, the menus open from F10 and have one letter per entry."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from mnemonics import mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTableWidget, QWidget

from slidewright.ui.access.focus_ring import FocusRing
from slidewright.ui.window.main_window import MainWindow

Key = Qt.Key
Mod = Qt.KeyboardModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def active(qtbot: Any, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot: Any, key: Key, modifier: Mod = Mod.NoModifier) -> None:
    target = focused()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_focus_starts_on_the_slide_list_with_a_ring_one_can_see(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = active(qtbot, sample_window)
    qtbot.waitUntil(lambda: focused() is window.slide_list)  # 0 Tab presses to the slide list
    ring = window.slide_list.findChild(FocusRing)
    assert ring is not None and ring.isVisible() and ring.geometry() == window.slide_list.rect()
    picture = window.slide_list.grab().toImage()
    assert picture.pixelColor(1, window.slide_list.height() // 2).rgb() == ring.color().rgb()
    press(qtbot, Key.Key_F6)
    assert not ring.isVisible()  # the ring goes with the focus
    tab_bar = window.tabs.tabBar()
    tab_bar.setFocus()
    tab_ring = tab_bar.findChild(FocusRing)
    assert tab_ring is not None
    qtbot.waitUntil(tab_ring.isVisible)
    assert tab_ring.geometry() == tab_bar.tabRect(tab_bar.currentIndex())


def test_f6_cycles_the_panes_and_shift_f6_goes_back(qtbot: Any, sample_window: MainWindow) -> None:
    window = active(qtbot, sample_window)
    qtbot.waitUntil(lambda: focused() is window.slide_list)
    seen = []
    for _ in range(4):
        press(qtbot, Key.Key_F6)
        seen.append(window.parts.access.panes.current_pane())
    assert seen == [1, 2, 3, 0]  # editor, preview, Problems, back to the list
    assert focused() is window.slide_list
    press(qtbot, Key.Key_F6, Mod.ShiftModifier)
    assert focused() is window.problems.tree
    window.problems.hide()  # a closed pane is passed over
    window.slide_list.setFocus()
    press(qtbot, Key.Key_F6, Mod.ShiftModifier)
    assert window.preview.isAncestorOf(focused())  # (the widget the page is drawn in)
    press(qtbot, Key.Key_F6, Mod.ShiftModifier)  # (read before the page can take it)
    assert window.parts.access.panes.current_pane() == 1
    assert window.slide_editor.isAncestorOf(focused())  # where the writer was in the editor


def test_ctrl_shift_p_shows_the_problems_list_and_goes_there(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = active(qtbot, sample_window)
    window.problems.hide()
    press(qtbot, Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.problems.isVisible()
    qtbot.waitUntil(lambda: focused() is window.problems.tree)
    ring = window.problems.tree.findChild(FocusRing)
    assert ring is not None and ring.isVisible()


def test_ctrl_shift_p_from_a_field_goes_to_the_shown_list_and_from_the_list_goes_back(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """A writer's trial: with the panel shown, Ctrl+Shift+P in the Credit field hid it."""
    window = active(qtbot, sample_window)
    window.problems.show()
    credit = window.slide_editor.fields["credit"]
    credit.setFocus()
    qtbot.waitUntil(lambda: focused() is credit)
    press(qtbot, Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.problems.isVisible()
    qtbot.waitUntil(lambda: focused() is window.problems.tree)
    press(qtbot, Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier)
    assert not window.problems.isVisible()
    qtbot.waitUntil(lambda: focused() is credit)
    assert not window.problems.toggleViewAction().isChecked()  # View > Problems says so


def test_tab_reads_the_window_in_order(qtbot: Any, sample_window: MainWindow) -> None:
    """List, editor tabs, the editor's fields, the preview's toggle, the preview; then the
    Problems list before its Apply Fix, and on round to the slide list's buttons and list."""
    window = active(qtbot, sample_window)
    window.slide_list.setFocus()
    order: list[QWidget] = []
    in_preview = window.parts.access.panes.panes[2][0].isAncestorOf
    while len(order) < 40 and not (order and in_preview(order[-1])):
        press(qtbot, Key.Key_Tab)
        widget = focused()
        assert widget is not None
        order.append(widget)
    tab_bar = window.tabs.tabBar()
    first_field = next(i for i, w in enumerate(order) if window.slide_editor.isAncestorOf(w))
    toggle = next(i for i, w in enumerate(order) if w in window.mode_buttons.buttons())
    assert order.index(tab_bar) == 0 < first_field < toggle == len(order) - 2
    assert window.preview.isAncestorOf(order[-1])  # (the page's own links: the page's Tab)
    tree = window.problems.tree
    with_fix = next(
        item
        for n in range(tree.topLevelItemCount())
        for item in [tree.topLevelItem(n).child(m) for m in range(tree.topLevelItem(n).childCount())]
        if item.data(0, Qt.ItemDataRole.UserRole + 2).fix is not None
    )
    tree.setCurrentItem(with_fix)
    tree.setFocus()
    assert window.problems.fix_button.isEnabled()
    press(qtbot, Key.Key_Tab)
    assert focused() is window.problems.fix_button
    for _ in range(len(window.parts.editors.list_buttons) + 1):
        press(qtbot, Key.Key_Tab)
    assert focused() is window.slide_list


def test_ctrl_pgdown_moves_the_lists_highlight_with_the_editor(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = active(qtbot, sample_window)
    heading = window.slide_editor.fields["heading"]
    window.select_rows([0])
    heading.setFocus()
    press(qtbot, Key.Key_PageDown, Mod.ControlModifier)
    assert focused() is heading  # the writer keeps writing
    model = window.slide_list.selectionModel()
    assert window.slide_list.currentIndex().row() == 1
    assert [i.row() for i in model.selectedIndexes()] == [1]
    assert heading.text() == window.doc.article.slides[1].heading


def test_closing_the_find_bar_gives_focus_back(qtbot: Any, sample_window: MainWindow) -> None:
    window = active(qtbot, sample_window)
    window.slide_list.setFocus()
    press(qtbot, Key.Key_F, Mod.ControlModifier)
    find = window.parts.tools.find
    assert focused() is find.bar.find_box
    qtbot.keyClicks(find.bar.find_box, "zzzz-nowhere")
    press(qtbot, Key.Key_Return)
    assert find.bar.status.text() == "Not found"
    press(qtbot, Key.Key_Escape)
    assert not find.toolbar.isVisible()
    assert focused() is window.slide_list


@pytest.mark.parametrize("where", ["read-more links", "keyboard shortcuts"])
def test_tab_leaves_every_table(qtbot: Any, sample_window: MainWindow, where: str) -> None:
    window = active(qtbot, sample_window)
    if where == "read-more links":
        window.tabs.setCurrentIndex(1)
        table = window.article_editor.items
        table.setFocus()
    else:
        window.actions_by_name["shortcuts"].trigger()
        dialog = window.findChild(QDialog, "shortcutsDialog")
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        table = dialog.findChild(QTableWidget)
        table.setFocus()
        table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: focused() is table)
    press(qtbot, Key.Key_Tab)
    assert focused() is not table
    if where == "keyboard shortcuts":
        assert isinstance(focused(), QPushButton) and "Close" in focused().text()
        press(qtbot, Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    else:
        press(qtbot, Key.Key_Tab, Mod.ShiftModifier)
        press(qtbot, Key.Key_Tab, Mod.ShiftModifier)
        assert focused() is not table


def test_f10_opens_the_first_menu(qtbot: Any, sample_window: MainWindow) -> None:
    window = active(qtbot, sample_window)
    press(qtbot, Key.Key_F10)
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.waitUntil(file_menu.isVisible)
    file_menu.close()


def test_each_menu_gives_every_letter_to_one_entry(qtbot: Any, sample_window: MainWindow) -> None:
    """Alt+F, P must open Publish… and not stop on it because Print… shares its letter."""
    bar = sample_window.menuBar()
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert None not in titles and len(set(titles)) == len(titles)
    for title in bar.actions():
        menu = title.menu()
        assert menu is not None
        letters = Counter(
            mnemonic(a.text()) for a in menu.actions() if not a.isSeparator() and mnemonic(a.text())
        )
        assert [k for k, n in letters.items() if n > 1] == [], title.text()
