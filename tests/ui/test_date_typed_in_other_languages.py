"""The Date field reads a date written in the languages Slidewright reads pages in (writer4's
session).

In the German window a writer typed the article's date as Germans write it, "7. Dezember 2026",
and was told, half in English, "Nicht gespeichert: '7. Dezember 2026' is not a date: 'Dezember'
is not the name of a month". The importer already knew German, French, Spanish, Italian,
Portuguese and Dutch month names; the Date field now reads them too, and its reason for refusing
a date is a message the window can say in its own language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from uihelpers import started

from slidewright import load_article
from slidewright.i18n import Message
from slidewright.model.dates import DateError, normalize_date_text
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


def _type_date(qtbot: Any, window: MainWindow, text: str) -> None:
    window.tabs.setCurrentIndex(1)
    field = window.article_editor.date.line
    field.setFocus()
    field.selectAll()
    _keys(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _keys(qtbot: Any, field: QWidget, text: str) -> None:
    """``text`` typed key by key (QTest types ASCII only: "ä" is sent as the key event a
    German keyboard gives)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("7. Dezember 2026", "2026-12-07"),
        ("3. März 2026", "2026-03-03"),
        ("1er mars 2026", "2026-03-01"),
        ("8 de mayo de 2026", "2026-05-08"),
        ("21 settembre 2026", "2026-09-21"),
        ("3 mrt. 2026", "2026-03-03"),
    ],
)
def test_a_date_written_in_another_language_is_saved(
    qtbot: Any, sample_window: MainWindow, typed: str, stored: str
) -> None:
    _type_date(qtbot, sample_window, typed)
    date = sample_window.article_editor.date
    assert not date.problem.isVisible(), date.problem.text()
    assert sample_window.doc.article.date == stored
    assert date.text() == stored  # shown as it is stored
    assert sample_window.session.save()
    assert load_article(sample_window.doc.bundle).date == stored


@pytest.mark.parametrize("typed", ["31. Februar 2026", "7. Dezembre 2026 und so"])
def test_a_foreign_non_date_is_still_refused(
    qtbot: Any, sample_window: MainWindow, typed: str
) -> None:
    before = sample_window.doc.article.date
    _type_date(qtbot, sample_window, typed)
    problem = sample_window.article_editor.date.problem
    assert problem.isVisible() and typed in problem.text()
    assert sample_window.doc.article.date == before


@pytest.mark.parametrize("typed", ["2026-02-30", "next Tuesday", "03/04/2026", "5 Smarch 2026"])
def test_the_reason_a_date_is_refused_is_a_message_to_translate(typed: str) -> None:
    with pytest.raises(DateError) as refused:
        normalize_date_text(typed)
    reason = refused.value.args[0]
    assert isinstance(reason, Message) and reason.context == "Dates"
    assert str(refused.value) == str(reason)  # the command line's English is unchanged


TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"


@pytest.fixture
def german_window(qtbot: Any, settings: Settings, sample_bundle: Path) -> Iterator[MainWindow]:
    """The sample in the window with the German translations installed (read from this
    checkout's resources), removed again after the test."""
    translators = []
    for area in ("editing", "rules"):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"{area}_de.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)

    def forget_changes(win: MainWindow) -> None:
        if win.doc is not None:
            win.doc.undo_stack.setClean()
            win.session.unread.clear()  # (no question about the date typed, at close)

    yield started(qtbot, settings, plan_start(sample_bundle, False, settings), forget_changes)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_the_german_window_says_why_in_german(qtbot: Any, german_window: MainWindow) -> None:
    _type_date(qtbot, german_window, "31. Februar 2026")
    problem = german_window.article_editor.date.problem
    assert problem.isVisible()
    assert problem.text() == (
        "Nicht gespeichert: '31. Februar 2026' ist kein Datum: February 2026 hat 28 Tage"
    )
