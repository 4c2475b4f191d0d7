"""The Date field takes dates as writers type them and never lets a non-date reach the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from slidewright import load_article
from slidewright.ui.window.main_window import MainWindow


def _type_date(qtbot: Any, window: MainWindow, text: str) -> None:
    window.tabs.setCurrentIndex(1)
    field = window.article_editor.date.line
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-1-5", "2026-01-05"),
        ("5 Jan 2026", "2026-01-05"),
        ("Jan 5, 2026", "2026-01-05"),
        ("November 20, 2026", "2026-11-20"),
        ("2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"),
    ],
)
def test_dates_as_writers_type_them_are_saved_and_open_again(
    qtbot: Any, sample_window: MainWindow, typed: str, stored: str
) -> None:
    _type_date(qtbot, sample_window, typed)
    assert sample_window.doc.article.date == stored
    assert sample_window.article_editor.date.text() == stored
    assert sample_window.session.save()
    assert load_article(sample_window.doc.bundle).date == stored


@pytest.mark.parametrize("typed", ["2026-02-30", "next Tuesday", "03/04/2026"])
def test_a_date_that_is_not_one_is_refused_with_a_reason_and_saving_still_works(
    qtbot: Any, sample_window: MainWindow, typed: str
) -> None:
    before = sample_window.doc.article.date
    _type_date(qtbot, sample_window, typed)
    problem = sample_window.article_editor.date.problem
    assert problem.isVisible() and typed in problem.text()
    assert sample_window.doc.article.date == before  # the article keeps its last real date
    assert sample_window.article_editor.date.text() == typed  # what was typed is not lost
    assert sample_window.session.save()  # Ctrl+S works and writes a file that opens
    assert load_article(sample_window.doc.bundle).date == before


def test_picking_a_day_in_the_calendar_sets_the_date_as_one_undo_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    field = sample_window.article_editor.date
    before = sample_window.doc.article.date
    field.calendar.clicked.emit(QDate(2027, 3, 14))
    assert sample_window.doc.article.date == "2027-03-14"
    assert field.text() == "2027-03-14"
    sample_window.undo()
    assert sample_window.doc.article.date == before
    assert field.text() == before


def test_clearing_the_date_removes_it(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    sample_window.tabs.setCurrentIndex(1)
    field = sample_window.article_editor.date.line
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert sample_window.doc.article.date == ""
