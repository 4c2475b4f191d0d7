"""File ▸ Export… from the window: choose, export off the UI thread, then offer to open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.window.main_window import MainWindow


def test_export_dialog_writes_the_file_and_reports_it(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "harbours.html"
    seen: list[str] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, fill_dialog)
            return
        dialog.mode.setCurrentIndex(1)  # slideshow
        dialog.output.setText(str(target))
        dialog.accept()

    def close_report() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and "Exported" in box.text():
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Close).click()
        else:
            QTimer.singleShot(20, close_report)

    QTimer.singleShot(20, fill_dialog)
    QTimer.singleShot(40, close_report)
    sample_window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    assert seen[0] == f"Exported to {target}"
    html = target.read_text(encoding="utf-8")
    assert 'class="mode-slideshow target-export"' in html and html.count('class="sw-slide"') == 9


def test_an_unexpected_export_failure_is_reported_not_left_spinning(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.dialogs import export_dialog

    def broken(*_args: Any) -> None:
        raise ValueError("image too large to scale")

    monkeypatch.setattr(export_dialog, "export_article", broken)
    doc = sample_window.doc
    thread = export_dialog.ExportThread(
        doc.article, doc.bundle, "html", tmp_path / "x.html", "article", sample_window
    )
    with qtbot.waitSignal(thread.failed, timeout=10000) as failed:
        thread.start()
    assert "ValueError: image too large to scale" in failed.args[0]
    thread.wait()


def test_save_as_into_a_folder_with_files_asks_first(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "holiday"
    (target / "images").mkdir(parents=True)
    keep = target / "images" / "fog.jpg"
    keep.write_bytes(b"the writer's own photo")
    asked: list[str] = []
    sample_window.session.prompts.yes_no = lambda title, *_a, **_k: asked.append(title) or False
    assert not sample_window.session.save_as(target)
    assert asked == ["Folder is not empty"]
    assert keep.read_bytes() == b"the writer's own photo"
    assert not (target / "index.md").exists()
