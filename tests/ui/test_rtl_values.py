"""Dates in the Arabic window read as written: "2026-02-30" inside an Arabic sentence is three
numbers and two hyphens, which a right-to-left line lays out as "30-02-2026" unless the value is
kept one left-to-right run (a left-to-right mark on each side, as keys_as_typed does for keys).
The marks are the window's only: the finding itself (what `slidewright check` prints and the
JSON output holds) and every left-to-right window keep the value exactly as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from test_problems import item_for

from slidewright.model.article import SLIDE_FIELDS
from slidewright.ui.editing import field_texts
from slidewright.ui.problems.finding_text import translated
from slidewright.ui.window.main_window import MainWindow
from slidewright.ui.window.right_to_left import LRM, value_as_written

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"


@pytest.fixture
def arabic(qapp: Any) -> Iterator[None]:
    """The Arabic translations installed and the window mirrored, as qtbase_ar.qm does; the
    direction is the application's, so it is put back for the tests after this one."""
    translators = []
    for area in ("rules", "editing"):
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"{area}_ar.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_a_date_that_is_no_date_reads_as_typed_in_the_arabic_problems_panel(
    sample_window: MainWindow, qtbot: Any, arabic: None
) -> None:
    window = sample_window
    field = window.slide_editor.fields["license_start"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2026-02-30")
    qtbot.waitUntil(lambda: item_for(window, "license-date-invalid", 0) is not None)
    row = item_for(window, "license-date-invalid", 0).text(0)
    assert f"«{LRM}2026-02-30{LRM}»" in row  # one left-to-right run in the Arabic sentence
    assert "YYYY-MM-DD" in row
    finding = next(f for f in window.problems.findings if f.rule == "license-date-invalid")
    # what `slidewright check` prints: no invisible marks
    assert finding.message == (
        "Licence from is '2026-02-30', which is not a date: write it as YYYY-MM-DD"
    )


def test_the_licence_dates_example_reads_as_written_in_an_arabic_window(arabic: None) -> None:
    spec = next(spec for spec in SLIDE_FIELDS if spec.name == "license_start")
    hint = field_texts.placeholder(spec)
    assert f"{LRM}2026-01-01{LRM}" in hint and hint != f"{LRM}2026-01-01{LRM}"


def test_left_to_right_windows_show_values_unmarked(qapp: Any) -> None:
    """English, German, French and Spanish windows: nothing added."""
    from slidewright.i18n import QT_TRANSLATE_NOOP

    message = QT_TRANSLATE_NOOP("RulesLicence", "ended on {end}").format(end="2026-10-01")
    assert translated(message) == "ended on 2026-10-01"
    assert value_as_written("C:\\pictures\\2026-10-01.jpg") == "C:\\pictures\\2026-10-01.jpg"


def test_only_values_a_right_to_left_line_reorders_are_marked(arabic: None) -> None:
    assert value_as_written("2026-10-01") == f"{LRM}2026-10-01{LRM}"
    assert value_as_written("pictures/harbour.jpg") == f"{LRM}pictures/harbour.jpg{LRM}"
    assert value_as_written("Reuters") == "Reuters"  # Latin letters read as written already
    assert value_as_written("صور/ميناء.jpg") == "صور/ميناء.jpg"  # the writer's own Arabic


def test_a_remote_pictures_address_reads_as_written_in_the_arabic_finding(
    tmp_path: Path, arabic: None
) -> None:
    from slidewright.credits import check_article
    from slidewright.model import Article, Slide

    slide = Slide(heading="Boats", image="http://127.0.0.1:9/x.jpg", alt="Boats", credit="Ana")
    findings = check_article(Article(title="Harbour", slides=[slide]), tmp_path)
    [finding] = [f for f in findings if f.rule == "image-remote"]
    shown = translated(finding.message)
    assert shown.startswith(f"{LRM}http://127.0.0.1:9/x.jpg{LRM}") and "غير مشفّر" in shown
    assert LRM not in finding.message  # `slidewright check` prints the address as it is
