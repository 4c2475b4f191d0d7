"""File ▸ Export… from the window: choose, export off the UI thread, then offer to open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import export_through_dialog

from slidewright.exporters import ExportOptions
from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.window.main_window import MainWindow


def test_export_dialog_writes_the_file_and_reports_it(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "harbours.html"

    def fill(dialog: ExportDialog) -> None:
        dialog.mode.setCurrentIndex(1)  # slideshow
        dialog.output.setText(str(target))

    reports: list[tuple[str, str]] = []
    export_through_dialog(qtbot, sample_window, fill, reports)
    seen = [text for text, _ in reports]
    assert seen[0] == f"Exported to {target}"
    html = target.read_text(encoding="utf-8")
    assert 'class="mode-slideshow target-export"' in html and html.count('class="sw-slide"') == 9


def test_an_unexpected_export_failure_is_reported_not_left_spinning(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.dialogs import export_dialog

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise ValueError("image too large to scale")

    monkeypatch.setattr(export_dialog, "export_article", broken)
    doc = sample_window.doc
    thread = export_dialog.ExportThread(
        doc.article, doc.bundle, "html", tmp_path / "x.html", ExportOptions(), sample_window
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


def test_exporting_over_files_we_did_not_write_asks_first(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.dialogs import export_dialog

    target = tmp_path / "notes.html"
    target.write_text("the writer's own notes", encoding="utf-8")
    answers = iter([False, True])
    asked: list[str] = []

    def answer(_parent: Any, title: str, text: str, default_yes: bool = False) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(export_dialog, "ask_yes_no", answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # the "Exported" report
    doc = sample_window.doc
    for attempt in range(2):
        if attempt == 1:  # the writer said No the first time: their file is untouched
            assert target.read_text(encoding="utf-8") == "the writer's own notes"
        thread = export_dialog.ExportThread(
            doc.article, doc.bundle, "html", target, ExportOptions(), sample_window
        )
        asked_before = len(asked)
        export_dialog.start_export(sample_window, thread)
        qtbot.waitUntil(lambda n=asked_before: len(asked) > n, timeout=10000)
        qtbot.waitUntil(
            lambda: (
                not any(
                    isinstance(c, export_dialog.ExportThread) and c.isRunning()
                    for c in sample_window.children()
                )
            ),
            timeout=10000,
        )
    assert str(target) in asked[0]
    qtbot.waitUntil(lambda: "<!DOCTYPE html>" in target.read_text(encoding="utf-8"), timeout=10000)


def test_a_file_that_is_not_an_image_is_refused_with_its_name(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_text("#!/bin/sh\necho not a photo\n")
    shown: list[str] = []
    sample_window.session.prompts.error = lambda _title, text: shown.append(text)
    before = sorted(p.name for p in (sample_window.doc.bundle / "images").iterdir())
    sample_window.parts.slides.set_image(2, fake)
    assert shown and "holiday.jpg" in shown[0]
    assert sorted(p.name for p in (sample_window.doc.bundle / "images").iterdir()) == before
    assert sample_window.doc.article.slides[2].image != "images/holiday.jpg"


def test_the_export_dialog_says_when_the_credit_check_has_errors(
    qtbot: Any, sample_window: MainWindow
) -> None:
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.append(dialog.warning.text() if dialog.warning.isVisible() else "")
        dialog.reject()

    QTimer.singleShot(20, read_and_cancel)
    sample_window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "1 error" in seen[0]  # the sample's slide 5 has no alt text


def test_paged_mode_is_offered_for_the_html_folder_only(
    qtbot: Any, sample_window: MainWindow
) -> None:
    from slidewright.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(sample_window, sample_window.doc, "slideshow")
    qtbot.addWidget(dialog)
    formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    dialog.format.setCurrentIndex(formats.index("html-folder"))
    dialog.mode.setCurrentIndex(dialog.mode.findData("paged"))
    to, options, _ = dialog.chosen()
    assert (to, options.mode) == ("html-folder", "paged")
    dialog.format.setCurrentIndex(formats.index("html"))  # one file cannot hold pages
    to, options, _ = dialog.chosen()
    assert (to, options.mode) == ("html", "slideshow")
    paged = dialog.mode.model().item(dialog.mode.findData("paged"))
    assert not paged.isEnabled()
