"""A single click on a problem (or the arrow keys through the list) shows the slide it is about,
in the slide list, the editor and the preview, and leaves the cursor in the Problems list;
Enter still goes to the field at fault."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from slidewright.ui.problems.panel import FindingRole, SlideRole
from slidewright.ui.window.main_window import MainWindow


def selected_in_preview(qtbot: Any, window: MainWindow) -> list[int]:
    """The slides the preview's page marks as selected, read from its DOM."""
    found: list[str] = []
    script = (
        "JSON.stringify(Array.from(document.querySelectorAll('.sw-slide.sw-selected'))"
        ".map(s => parseInt(s.dataset.index, 10)))"
    )
    window.preview.page().runJavaScript(script, 0, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    return [int(n) for n in json.loads(found[0])]


def row_of(window: MainWindow, slide: int) -> QTreeWidgetItem:
    tree = window.problems.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        if group is not None and group.data(0, SlideRole) == slide and group.childCount():
            child = group.child(0)
            assert child is not None
            return child
    raise AssertionError(f"no problem listed for slide {slide}")


def click(qtbot: Any, window: MainWindow, item: QTreeWidgetItem) -> None:
    tree = window.problems.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_on_a_problem_shows_its_slide_and_keeps_the_cursor_in_the_list(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.problems.show()
    window.select_rows([0])
    qtbot.waitUntil(lambda: selected_in_preview(qtbot, window) == [0], timeout=10000)
    item = row_of(window, 4)
    click(qtbot, window, item)
    assert window.problems.tree.currentItem() is item
    qtbot.waitUntil(lambda: window.current_row() == 4, timeout=5000)
    assert window.slide_editor.fields["heading"].text() == window.doc.article.slides[4].heading
    qtbot.waitUntil(lambda: selected_in_preview(qtbot, window) == [4], timeout=10000)
    assert QApplication.focusWidget() is window.problems.tree  # the arrow keys go on from here

    # Down through the list: each problem's slide is shown in turn
    tree = window.problems.tree
    seen = []
    for _ in range(8):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        current = tree.currentItem()
        finding = current.data(0, FindingRole) if current is not None else None
        slide = finding.slide if finding is not None else current.data(0, SlideRole)
        if isinstance(slide, int):
            qtbot.waitUntil(lambda s=slide: window.current_row() == s, timeout=5000)
            seen.append(slide)
    assert len(set(seen)) >= 2, seen  # the list went past slide 4's problems to another slide's
    assert QApplication.focusWidget() is tree

    # Enter on a problem still puts the cursor in the field at fault
    item = row_of(window, 4)
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    finding = item.data(0, FindingRole)
    qtbot.waitUntil(lambda: window.current_row() == 4, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not tree, timeout=5000)
    assert finding.field in window.slide_editor.fields or finding.field is None


def test_a_new_check_does_not_move_the_writer_to_another_slide(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """Typing on one slide re-checks the article and rebuilds the list: the slide stays."""
    window = sample_window
    window.problems.show()
    window.select_rows([4])
    alt = window.slide_editor.fields["alt"]
    alt.setFocus()
    checks: list[object] = []
    window.problems.checked.connect(checks.append)
    qtbot.keyClicks(alt, "A bakery window lit before dawn")
    qtbot.waitUntil(lambda: bool(checks), timeout=10000)
    assert window.current_row() == 4
    assert alt.text().endswith("before dawn")
