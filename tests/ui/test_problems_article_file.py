"""What loads but does not do what the writer meant reaches the Problems panel as it reaches
``slidewright check``: the panel lists the same checker's findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidgetItemIterator

from slidewright.ui.window.main_window import MainWindow


def panel_rows(window: MainWindow) -> list[str]:
    rows = []
    iterator = QTreeWidgetItemIterator(window.problems.tree)
    while iterator.value():
        rows.append(iterator.value().text(0))
        iterator += 1
    return rows


def test_a_lang_that_is_no_language_is_a_warning_in_the_problems_panel(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    bundle = tmp_path / "walks"
    bundle.mkdir()
    (bundle / "index.md").write_text(
        "---\ntitle: Harbour walks\nlang: english\n---\nThree short walks.\n", encoding="utf-8"
    )
    assert window.session.open_path(bundle)
    qtbot.waitUntil(lambda: window.problems.ready and bool(window.problems.findings), timeout=20000)
    rows = panel_rows(window)
    assert "Article" in rows
    assert (
        'warning: lang: "english" is not a language tag, so the page says en: write a BCP 47 '
        "tag such as fr or pt-BR"
    ) in rows
