"""The Problems list stays as the writer left it while they fix things: a finding that comes or
goes rebuilds the list, and the slides the writer folded away stay folded (every group opened
again at each change), the list scrolled where it was."""

from __future__ import annotations

from typing import Any

from slidewright.ui.problems.panel import SlideRole
from slidewright.ui.window.main_window import MainWindow


def groups(window: MainWindow) -> dict[object, Any]:
    tree = window.problems.tree
    return {
        tree.topLevelItem(i).data(0, SlideRole): tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }


def test_a_change_in_the_findings_keeps_the_list_where_it_was(
    qtbot: Any, sample_window: MainWindow
) -> None:
    panel = sample_window.problems
    panel.resize(panel.width(), 160)  # a short panel: the list scrolls
    bar = panel.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    groups(sample_window)[1].setExpanded(False)  # the writer folds slide 2's findings away
    bar.setValue(bar.maximum())  # and reads the last ones
    where = bar.value()
    count = len(panel.findings)
    sample_window.select_rows([4])
    qtbot.keyClicks(sample_window.slide_editor.fields["alt"], "A bakery window lit before dawn")
    qtbot.waitUntil(lambda: len(panel.findings) == count - 1)  # the list was rebuilt
    assert not groups(sample_window)[1].isExpanded()
    assert all(group.isExpanded() for slide, group in groups(sample_window).items() if slide != 1)
    assert abs(bar.value() - where) <= panel.tree.sizeHintForRow(0)  # (one row fewer at most)
