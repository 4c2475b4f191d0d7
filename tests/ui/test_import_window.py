"""Importing from the window: File ▸ Import…, and pasting a whole page into an empty article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import answer_next_message_box, run_js

from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.session.preferences import KEYS
from slidewright.ui.window.main_window import MainWindow

PAGE = """Three Bridges at Dusk

Where to stand for the evening light.

The Iron Bridge

Credit: Ana Ruiz/Shutterstock

Arrive twenty minutes before sunset.

The Stone Arch

Photo: Tomas Reyes

Best from the east bank.

The Footbridge

Quiet after seven.
"""


def test_pasting_a_page_into_an_empty_article_offers_to_import_it(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.new_article(tmp_path / "bridges")
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    mime = QMimeData()
    mime.setText(PAGE.replace("Arrive twenty", "Advertisement\n\nArrive twenty"))
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.slide_editor.body.insertFromMimeData(mime)
    assert seen and "3 slides" in seen[0]
    assert "Left out of it:\n• 1 ad (“Advertisement”)" in seen[0]
    article = window.doc.article
    assert article.title == "Three Bridges at Dusk"
    assert [s.credit for s in article.slides] == ["Ana Ruiz/Shutterstock", "Tomas Reyes", ""]
    qtbot.waitUntil(
        lambda: run_js(qtbot, window, "document.querySelectorAll('.sw-slide').length") == 3,
        timeout=5000,
    )
    window.undo()  # one step back to the blank article
    assert len(window.doc.article.slides) == 1 and window.doc.article.title == "Bridges"


def test_pasting_into_an_article_with_text_just_pastes(
    qtbot: Any, sample_window: MainWindow
) -> None:
    mime = QMimeData()
    mime.setText(PAGE)
    sample_window.slide_editor.body.insertFromMimeData(mime)  # no prompt: it would block this test
    assert "The Iron Bridge" in sample_window.doc.article.slides[0].body


def test_file_import_opens_the_new_article(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "bridges.txt"
    source.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "imported")
    window.actions_by_name["import"].trigger()
    assert window.doc is not None and window.doc.bundle == tmp_path / "imported"
    assert [s.heading for s in window.doc.article.slides] == [
        "The Iron Bridge",
        "The Stone Arch",
        "The Footbridge",
    ]
    assert window.statusBar().currentMessage() == "Imported 3 slides from bridges.txt."


def test_file_import_offers_a_folder_named_for_the_title_and_the_writers_language(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New Article and Import start the same way: the writer's language from Preferences
    (the page text names none), and a folder named for what is being imported."""
    window.settings.set_value(KEYS["spelling_language"], "en-CA")
    source = tmp_path / "pasted.txt"
    source.write_text(PAGE, encoding="utf-8")
    offered: list[str] = []

    def new_folder(parent: Any, title: str, start: Any = None, suggested: str = "") -> Path:
        offered.append(suggested)
        return tmp_path / suggested

    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", new_folder)
    window.actions_by_name["import"].trigger()
    assert offered == ["three-bridges-at-dusk"]
    assert window.doc is not None and window.doc.bundle == tmp_path / "three-bridges-at-dusk"
    assert window.doc.article.lang == "en-CA"
    assert "lang: en-CA" in (tmp_path / "three-bridges-at-dusk" / "index.md").read_text("utf-8")


AGENCY_PAGE = """Home > Travel > Slideshow

Three Bridges at Dusk

Share

Where to stand for the evening light.

Advertisement

The Iron Bridge

Credit: DepositPhotos

Arrive twenty minutes before sunset.

The Stone Arch

Credit: Ana Ruiz/shutter stock

Best from the east bank.
"""


def test_the_import_summary_says_what_was_dropped_and_offers_house_spelling_as_one_step(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "bridges.txt"
    source.write_text(AGENCY_PAGE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "imported")
    window.actions_by_name["import"].trigger()
    box = window.findChild(QMessageBox, "importSummary")
    assert box is not None and box.isVisible()
    details = box.informativeText()
    assert "1 share button (“Share”)" in details and "1 ad (“Advertisement”)" in details
    assert "category “Travel” from the breadcrumb" in details
    assert "DepositPhotos → Depositphotos" in details
    credits = lambda: [s.credit for s in window.doc.article.slides]  # noqa: E731
    assert credits() == ["DepositPhotos", "Ana Ruiz/shutter stock"]  # imported as written
    button = next(b for b in box.buttons() if b.text() == "Use House Spelling")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert credits() == ["Depositphotos", "Ana Ruiz/Shutterstock"]
    qtbot.waitUntil(
        lambda: (
            "Credit: Depositphotos"
            in run_js(qtbot, window, "document.querySelector('.sw-slide').innerText")
        ),
        timeout=5000,
    )
    window.undo()  # one step back to the page's own spelling
    assert credits() == ["DepositPhotos", "Ana Ruiz/shutter stock"]
