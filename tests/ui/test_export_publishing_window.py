"""Publishing from the window (issue 10): the export dialog's Base URL is used and remembered
for the article, and what the live preview's DOM shows of each slide is what the exports and
the sites publish."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from uihelpers import export_through_dialog, run_js

from looks import SLIDES_JS, slides_seen
from sitebuild import build_hugo
from slidewright.exporters import ExportOptions, export
from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.window.main_window import MainWindow

BASE = "https://coast.example.com/harbour-towns/"


def test_the_base_url_is_used_and_remembered_for_the_article(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "folder"
    reports: list[tuple[str, str]] = []

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("html-folder"))
        dialog.output.setText(str(out))
        dialog.base_url.setText(BASE)

    export_through_dialog(qtbot, sample_window, fill, reports)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{BASE}">' in page
    # the largest rendition of the first slide's picture, at its published address
    assert f'<meta property="og:image" content="{BASE}assets/fog-1200w.jpg">' in page
    assert (out / "assets" / "fog-1200w.jpg").is_file()
    assert "no base URL" not in reports[0][1]
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.append(dialog.base_url.text())
        dialog.reject()

    QTimer.singleShot(20, read_and_cancel)
    sample_window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [BASE]  # remembered for this article


def test_export_warnings_are_shown_with_the_result(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    (sample_window.doc.bundle / "images" / "fog.jpg").unlink()
    reports: list[tuple[str, str]] = []

    def fill(dialog: ExportDialog) -> None:
        dialog.output.setText(str(tmp_path / "page.html"))
        dialog.base_url.setText("")

    export_through_dialog(qtbot, sample_window, fill, reports)
    text, warnings = reports[0]
    size = (tmp_path / "page.html").stat().st_size / 1e6
    assert text == f"Exported to {tmp_path / 'page.html'} ({size:.1f} MB)"
    assert "'images/fog.jpg' not found" in warnings and "no base URL" in warnings
    assert "Image not found" not in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_the_live_preview_shows_each_slide_as_every_output_publishes_it(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    shown = json.loads(run_js(qtbot, sample_window, SLIDES_JS))
    preview = [(texts, alt) for texts, alt in shown]
    bundle = sample_window.doc.bundle
    export(bundle, "html-folder", tmp_path / "folder", ExportOptions(base_url=BASE))
    page = (tmp_path / "folder" / "index.html").read_text(encoding="utf-8")
    assert len(preview) == 9 and slides_seen(page) == preview
    if shutil.which("hugo"):
        export(bundle, "hugo", tmp_path / "hugo", ExportOptions(base_url=BASE))
        assert slides_seen(build_hugo(tmp_path / "hugo")) == preview
