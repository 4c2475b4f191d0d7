"""The window as a screen reader reads it (issue 33), through Qt's accessibility interfaces — the
tree AT-SPI exports: every control named, slide items and Problems rows saying all a sighted
writer sees in them, status changes announced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from a11ytree import Text, interface, unnamed_controls
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.problems import finding_tree
from slidewright.ui.window.main_window import MainWindow

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture
def screen_reader_listening() -> Any:
    """As when a screen reader runs: Qt keeps its accessibility tree current (its item views
    rebuild their rows' interfaces on a model change only then)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def test_no_focusable_control_is_unnamed(qtbot: Any, sample_window: MainWindow) -> None:
    """Found before: the welcome page's recent list, the editor's tab container, the Export
    dialog's Save to field (and its date calendar, and its progress dialog's title: below)."""
    window = sample_window
    assert unnamed_controls(window) == []
    window.tabs.setCurrentIndex(1)
    assert unnamed_controls(window) == []
    calendar = window.article_editor.date.calendar
    assert interface(calendar).text(Text.Name) == "Article date calendar"
    assert window.doc is not None
    dialog = ExportDialog(window, window.doc, "article")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert interface(window.tabs).text(Text.Name) == "Editor"


def test_the_welcome_page_names_its_controls(window: MainWindow) -> None:
    assert unnamed_controls(window) == []


def slide_names(window: MainWindow) -> list[str]:
    view = interface(window.slide_list)
    return [
        view.child(n).text(Text.Name)
        for n in range(view.childCount())
        if view.child(n).role() == view.child(n).role().ListItem
    ]


def test_slide_items_say_number_heading_and_problems(
    qtbot: Any, sample_window: MainWindow, screen_reader_listening: Any
) -> None:
    window = sample_window
    doc = window.doc
    assert doc is not None
    badges = finding_tree.badges(window.problems.findings)
    assert badges  # the sample has findings: some slides carry a badge
    names = slide_names(window)
    assert len(names) == len(doc.article.slides)
    for row, name in enumerate(names):
        assert name.startswith(f"Slide {row + 1}: {doc.article.slides[row].heading}")
        if row in badges:
            severity, count = badges[row]
            assert f"{count} problem" in name and f"worst: {severity_label(severity)}" in name
        else:
            assert "problem" not in name
    window.parts.slides.add_slide()
    qtbot.waitUntil(lambda: len(slide_names(window)) == len(doc.article.slides))
    new = f"Slide {window.current_row() + 1}: untitled"  # not "Slide 2: " and nothing after
    assert any(name == new or name.startswith(new + ", ") for name in slide_names(window))


def severity_label(severity: str) -> str:
    from slidewright.credits.findings import Severity, severity_word

    return severity_word(Severity(severity))


def test_problems_rows_say_where_how_bad_and_what(sample_window: MainWindow) -> None:
    tree = interface(sample_window.problems.tree)
    spoken = [
        node.text(Text.Name)
        for n in range(tree.childCount())
        if (node := tree.child(n)) is not None and node.role() == node.role().TreeItem
    ]
    findings = sample_window.problems.findings
    for finding in findings:
        where = "the article" if finding.slide is None else f"slide {finding.slide + 1}"
        said = f"{severity_label(finding.severity)} on {where}: {finding.message}"
        assert any(name.startswith(said) for name in spoken), said
    groups = [name for name in spoken if name.startswith("Slide ")]
    assert groups and all("problem" in name and "worst:" in name for name in groups)


def test_status_changes_are_announced(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    said = window.parts.access.announcer.said
    qtbot.waitUntil(lambda: any(s.startswith("Problems: ") for s in said))  # the totals
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    window.select_rows([0])
    qtbot.keyClick(heading, Key.Key_PageDown, Mod.ControlModifier)
    assert window.doc is not None
    total = len(window.doc.article.slides)
    expected = f"Slide 2 of {total}: {window.doc.article.slides[1].heading}"
    qtbot.waitUntil(lambda: expected in said)
    qtbot.keyClick(heading, Key.Key_F, Mod.ControlModifier)
    find = window.parts.tools.find
    qtbot.keyClicks(find.bar.find_box, "zzzz-nowhere")
    qtbot.keyClick(find.bar.find_box, Key.Key_Return)
    qtbot.waitUntil(lambda: said[-1] == "Not found")
    find.bar.find_box.setText("the")
    qtbot.keyClick(find.bar.find_box, Key.Key_Return)
    qtbot.waitUntil(lambda: said[-1].endswith(f"of {find.bar.status.text().split(' of ')[-1]}"))
    assert said[-1] == find.bar.status.text()
    window.session.save()
    qtbot.waitUntil(lambda: said[-1].startswith("Saved "))
    totals = [s for s in said if s.startswith("Problems: ")]
    assert len(totals) == len(set(totals))  # said when they change, not on every check


def test_a_burst_of_slide_changes_is_said_once(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    announcer = window.parts.access.announcer
    heading = window.slide_editor.fields["heading"]
    window.select_rows([0])
    before = len(announcer.said)
    for _ in range(3):  # faster than it settles: one announcement, of where the writer ended
        window.actions_by_name["next_slide"].trigger()
    qtbot.waitUntil(lambda: len(announcer.said) > before)
    assert window.doc is not None
    assert [s for s in announcer.said[before:] if s.startswith("Slide")] == [
        f"Slide 4 of {len(window.doc.article.slides)}: {window.doc.article.slides[3].heading}"
    ]
    assert heading is window.slide_editor.fields["heading"]


@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not os.environ.get("DISPLAY"),
    reason="no session bus and display: AT-SPI cannot be read here",
)
def test_the_tree_reads_over_at_spi(sample_bundle: Path, tmp_path: Path) -> None:
    """Where a session bus exists, the window's tree as Orca gets it: over AT-SPI."""
    pytest.importorskip("jeepney")
    script = Path(__file__).with_name("atspi_probe.py")
    result = subprocess.run(
        [sys.executable, str(script), str(sample_bundle), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode == 77:
        pytest.skip(result.stdout.strip() or "AT-SPI is not running on this bus")
    assert result.returncode == 0, result.stdout + result.stderr
    read = result.stdout.splitlines()
    assert "Slides" in read and "Problems" in read and "Editor" in read
    assert any(line.startswith("Slide 1: ") for line in read)  # the items, as Orca says them
