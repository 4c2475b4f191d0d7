"""The Problems panel and slide badges follow the article as the writer fixes credits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slidewright.ui.editing.slide_list import FindingsRole
from slidewright.ui.problems.panel import FindingRole
from slidewright.ui.window.main_window import MainWindow


def findings(window: MainWindow, rule: str, slide: int) -> list:
    return [f for f in window.problems.findings if f.rule == rule and f.slide == slide]


def item_for(window: MainWindow, rule: str, slide: int) -> Any:
    tree = window.problems.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            finding = group.child(i).data(0, FindingRole)
            if finding.rule == rule and finding.slide == slide:
                return group.child(i)
    return None


def test_sample_shows_findings_grouped_by_slide_with_badges(sample_window: MainWindow) -> None:
    tree = sample_window.problems.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[:2] == ["Slide 1: Where the Fog Lifts Late", "Slide 2: A Market on the Quay"]
    assert sample_window.problems.summary.text() == "1 error, 12 warnings, 8 notes"
    badge = sample_window.slide_list.model().index(1).data(FindingsRole)
    assert badge == ("warning", 5)  # four warnings and a note (no licence named)
    assert sample_window.slide_list.model().index(4).data(FindingsRole) == (
        "error",
        2,
    )  # alt missing, and a note
    # slide 1's only finding is a note: its Shutterstock picture names no licence
    assert sample_window.slide_list.model().index(0).data(FindingsRole) == ("info", 1)


def test_double_click_jumps_to_the_slide_and_field(qtbot: Any, sample_window: MainWindow) -> None:
    item = item_for(sample_window, "alt-missing", 4)
    sample_window.problems.tree.itemActivated.emit(item, 0)
    assert sample_window.current_row() == 4
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is sample_window.slide_editor.fields["alt"],
        timeout=10000,
    )


def test_typing_alt_text_clears_the_error_and_the_badge(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.select_rows([4])
    qtbot.keyClicks(sample_window.slide_editor.fields["alt"], "A bakery window lit before dawn")
    qtbot.waitUntil(lambda: not findings(sample_window, "alt-missing", 4), timeout=10000)
    # the error's badge goes; the slide's note (no licence named) stays
    assert sample_window.slide_list.model().index(4).data(FindingsRole) == ("info", 1)


def test_quick_fixes_are_single_undo_steps(qtbot: Any, sample_window: MainWindow) -> None:
    panel = sample_window.problems
    [spelling] = findings(sample_window, "credit-agency-spelling", 1)
    panel.apply_fix(spelling)
    assert sample_window.doc.article.slides[1].credit == "Credits: Depositphotos"
    [label] = findings(sample_window, "credit-label-in-text", 1)
    panel.apply_fix(label)
    assert sample_window.doc.article.slides[1].credit == "Depositphotos"
    assert not findings(sample_window, "credit-agency-spelling", 1)
    assert not findings(sample_window, "credit-label-in-text", 1)
    sample_window.undo()
    assert sample_window.doc.article.slides[1].credit == "Credits: Depositphotos"

    [mixed] = findings(sample_window, "credit-caption-mixed", 5)
    sample_window.problems.tree.setCurrentItem(item_for(sample_window, "credit-caption-mixed", 5))
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    slide = sample_window.doc.article.slides[5]
    assert slide.credit == "Depositphotos" and slide.caption.startswith("OUTER PIER")
    sample_window.undo()  # credit and caption come back together
    assert slide.caption == "" and slide.credit.startswith("Depositphotos – OUTER PIER")
    assert mixed.fix is not None


def test_closing_the_article_clears_and_hides_the_panel(sample_window: MainWindow) -> None:
    sample_window.session.close_article()
    assert (
        sample_window.problems.findings == []
        and sample_window.problems.tree.topLevelItemCount() == 0
    )
    assert not sample_window.problems.isVisible()


def test_apply_fix_is_disabled_once_its_fix_is_applied(
    qtbot: Any, sample_window: MainWindow
) -> None:
    panel = sample_window.problems
    item = item_for(sample_window, "credit-agency-spelling", 1)
    panel.tree.setCurrentItem(item)
    assert panel.fix_button.isEnabled()
    before = sample_window.doc.article.slides[1].credit
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert sample_window.doc.article.slides[1].credit != before
    assert not findings(sample_window, "credit-agency-spelling", 1)
    current = panel.tree.currentItem()
    finding = current.data(0, FindingRole) if current is not None else None
    assert panel.fix_button.isEnabled() == bool(finding and finding.fix)
    if panel.fix_button.isEnabled():  # whatever stays enabled still does something
        after_first = sample_window.doc.undo_stack.index()
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
        assert sample_window.doc.undo_stack.index() == after_first + 1


def test_apply_fix_shows_the_slide_and_field_it_changed(
    qtbot: Any, sample_window: MainWindow
) -> None:
    panel = sample_window.problems
    sample_window.select_rows([0])
    panel.tree.setCurrentItem(item_for(sample_window, "credit-agency-spelling", 1))
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert sample_window.current_row() == 1
    assert (
        sample_window.slide_editor.fields["credit"].text()
        == sample_window.doc.article.slides[1].credit
    )
