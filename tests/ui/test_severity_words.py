"""One word for a finding of the lowest severity: "note", in the Problems panel and in
`slidewright check` alike (never "info" on one side and "note" on the other)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from slidewright.cli import main
from slidewright.ui.window.main_window import MainWindow


def test_the_panel_and_the_command_line_count_the_same_notes(
    sample_window: MainWindow, sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    panel = sample_window.problems.summary.text()
    main(["check", str(sample_bundle)])
    command_line = capsys.readouterr().out.splitlines()[-1]
    assert panel == "1 error, 12 warnings, 8 notes"
    assert command_line.endswith(": " + panel)


def test_a_note_reads_note_in_the_list_and_in_the_check_output(
    qtbot: Any, sample_window: MainWindow, sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = []
    items = QTreeWidgetItemIterator(sample_window.problems.tree)
    while items.value():
        texts.append(items.value().text(0))
        items += 1
    editorial = [t for t in texts if "editorial" in t.lower()]
    assert editorial and all(t.startswith("note: ") for t in editorial)
    assert not any(t.startswith("info") for t in texts)
    main(["check", str(sample_bundle)])
    out = capsys.readouterr().out
    assert " note editorial-only: " in out and " info " not in out
