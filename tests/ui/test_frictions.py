"""The small frictions of a day's writing, each as the writer met it in the real window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from uihelpers import run_js

from slidewright.ui.window.main_window import MainWindow


def slide_in_view(qtbot: Any, window: MainWindow, row: int) -> dict[str, Any]:
    script = f"""JSON.stringify((function () {{
        var slide = document.getElementById("slide-{row + 1}");
        if (!slide) {{ return {{exists: false}}; }}
        var box = slide.getBoundingClientRect();
        return {{exists: true, top: box.top, height: window.innerHeight,
                 heading: slide.querySelector("h2").textContent}};
    }})())"""
    return json.loads(run_js(qtbot, window, script))


def test_a_new_slide_is_scrolled_into_the_preview_while_it_is_filled_in(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.select_rows([8])  # the last slide, at the top of the preview
    qtbot.waitUntil(lambda: abs(slide_in_view(qtbot, window, 8)["top"]) < 40)
    qtbot.keyClick(
        window.slide_list,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClicks(window.slide_editor.fields["heading"], "The Night Ferry")

    def new_slide_visible() -> bool:
        view = slide_in_view(qtbot, window, 9)
        return (
            view["exists"]
            and "The Night Ferry" in view["heading"]
            and 0 <= view["top"] < view["height"] - 48
        )

    qtbot.waitUntil(new_slide_visible)


def answer_file_dialog(qtbot: Any, typed: str, seen: dict[str, str]) -> None:
    """Once the file dialog is up: note the folder it opened in, type ``typed``, press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["folder"] = dialog.directory().absolutePath()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, typed)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer)


def test_new_article_opens_in_the_writers_documents_and_takes_a_new_folder_name(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.chdir(tmp_path)  # the program's own folder is not where dialogs open
    seen: dict[str, str] = {}
    answer_file_dialog(qtbot, "island-walks", seen)
    window.actions_by_name["new"].trigger()
    assert Path(seen["folder"]) == documents
    assert window.doc is not None
    assert window.doc.bundle == documents / "island-walks"
    assert (documents / "island-walks" / "index.md").is_file()
    assert window.doc.article.title == "Island walks"


def test_save_as_says_where_the_article_went(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "harbour-towns-copy"
    assert sample_window.session.save_as(target)
    message = sample_window.statusBar().currentMessage()
    assert message == f"Saved as {target / 'index.md'}"
