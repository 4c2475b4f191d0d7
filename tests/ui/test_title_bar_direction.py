"""An Arabic or Hebrew title keeps its place in the window's title bar (writer4's session).

Writing an Arabic article, the title bar read "new-article — Slidewright — *جسور المدينة
القديمة": the title's letters made the whole line right to left, so the title came last and the
unsaved mark sat on its far side. The title is now one isolated run, first, as for any title."""

from __future__ import annotations

from typing import Any

from slidewright.ui.window.main_window import MainWindow

ARABIC = "جسور المدينة القديمة"
HEBREW = "גשרים של העיר"


def test_a_right_to_left_title_comes_first_in_the_title_bar(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    folder = window.doc.bundle.name
    for title in (ARABIC, HEBREW):
        window.doc.set_article_field("title", title)
        qtbot.waitUntil(lambda t=title: t in window.windowTitle())
        # isolated (FSI … PDI): it cannot turn the folder and the app's name around it
        assert window.windowTitle() == f"\u2068{title}\u2069[*] — {folder} — Slidewright"


def test_a_latin_title_is_as_it_was(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.doc.set_article_field("title", "Ten Bridges")
    qtbot.waitUntil(lambda: "Ten Bridges" in window.windowTitle())
    assert window.windowTitle() == f"Ten Bridges[*] — {window.doc.bundle.name} — Slidewright"
