"""Light and dark following the system, the preview included; the editor's zoom, remembered."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication
from uihelpers import run_js, started

from slidewright.ui.window.main_window import MainWindow


def page_colors(qtbot: Any, window: MainWindow) -> dict[str, str]:
    script = (
        "JSON.stringify({paper: getComputedStyle(document.body).backgroundColor,"
        " ink: getComputedStyle(document.body).color})"
    )
    return json.loads(run_js(qtbot, window, script))


@pytest.fixture
def system_scheme() -> Iterator[Any]:
    """Say what the system's colour scheme is now (offscreen Qt has none of its own)."""
    hints = QGuiApplication.styleHints()
    yield hints.colorSchemeChanged.emit
    hints.colorSchemeChanged.emit(hints.colorScheme())  # the next test starts as it was


def test_dark_system_darkens_the_window_and_the_preview_and_light_brings_them_back(
    qtbot: Any, sample_window: MainWindow, system_scheme: Any
) -> None:
    window = sample_window
    light = page_colors(qtbot, window)
    assert light["paper"] == "rgb(255, 255, 255)"
    window_color = QApplication.palette().window().color()

    system_scheme(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: page_colors(qtbot, window)["paper"] == "rgb(29, 30, 33)")
    assert page_colors(qtbot, window)["ink"] == "rgb(230, 228, 224)"
    assert QApplication.palette().window().color().lightness() < 80
    assert window.slide_editor.body.palette().base().color().lightness() < 80

    window.preview.reload_page()  # a page loaded later (opening another article) is dark too
    qtbot.waitUntil(lambda: window.preview.ready)
    qtbot.waitUntil(lambda: page_colors(qtbot, window)["paper"] == "rgb(29, 30, 33)")

    system_scheme(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: page_colors(qtbot, window)["paper"] == "rgb(255, 255, 255)")
    assert QApplication.palette().window().color() == window_color


def test_with_no_scheme_known_the_preview_leaves_it_to_prefers_color_scheme(
    qtbot: Any, sample_window: MainWindow, system_scheme: Any
) -> None:
    system_scheme(Qt.ColorScheme.Unknown)
    media = run_js(
        qtbot,
        sample_window,
        "document.adoptedStyleSheets.map(function (s) { return s.media.mediaText; }).join()",
        1,  # the preview's own JavaScript world, where the sheet was adopted
    )
    assert media == "(prefers-color-scheme: dark)"
    # The engine reports no dark preference here, so the media query keeps the page light.
    assert page_colors(qtbot, sample_window)["paper"] == "rgb(255, 255, 255)"


def test_editor_zoom_keys_grow_and_shrink_the_editor_and_are_remembered(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    window = sample_window
    heading = window.slide_editor.fields["heading"]
    size = heading.font().pointSizeF()
    list_size = window.slide_list.font().pointSizeF()
    heading.setFocus()
    qtbot.waitUntil(heading.hasFocus)
    qtbot.keyClick(heading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(heading, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert heading.font().pointSizeF() == pytest.approx(size * 1.25)
    assert window.slide_editor.body.font().pointSizeF() == pytest.approx(size * 1.25)
    assert window.slide_list.font().pointSizeF() == list_size  # only the editor grows
    assert heading.text() == window.doc.article.slides[0].heading  # no "=" typed

    window.actions_by_name["monospace"].trigger()  # the monospace body follows the zoom
    assert window.slide_editor.body.font().pointSizeF() > size * 1.1
    window.actions_by_name["monospace"].trigger()

    second = started(qtbot, settings)  # the next run
    assert second.slide_editor.fields["heading"].font().pointSizeF() == pytest.approx(size * 1.25)

    qtbot.keyClick(heading, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert heading.font().pointSizeF() == pytest.approx(size)
    qtbot.keyClick(heading, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert heading.font().pointSizeF() == pytest.approx(size * 0.9)


def test_a_monospace_body_starts_at_the_remembered_zoom(qtbot: Any, settings: Any) -> None:
    settings.set_value("monospace", True)
    settings.set_value("editorZoom", 150)
    window = started(qtbot, settings)
    body = window.slide_editor.body
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert body.font().family() == fixed.family()
    assert body.font().pointSizeF() == pytest.approx(fixed.pointSizeF() * 1.5)


def test_zoomed_editor_panes_still_fit_their_column(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    for _ in range(3):  # 110%, 125%, 150%
        window.actions_by_name["zoom_in"].trigger()
    assert window.parts.desk.zoom.percent == 150
    for tab in (0, 1):
        window.tabs.setCurrentIndex(tab)
        area = window.tabs.currentWidget()
        qtbot.waitUntil(lambda area=area: area.widget().width() <= area.viewport().width())
        assert not area.horizontalScrollBar().isVisible()  # nothing cut off at the right


def test_markdown_colours_stay_readable_on_a_dark_editor(
    qtbot: Any, window: MainWindow, tmp_path: Any, system_scheme: Any
) -> None:
    assert window.session.new_article(tmp_path / "walks")
    body = window.slide_editor.body
    qtbot.keyClicks(body, "# Market day")

    def heading_lightness() -> int:
        formats = body.document().firstBlock().layout().formats()
        return formats[0].format.foreground().color().lightness()

    assert heading_lightness() < 100  # dark red on white
    system_scheme(Qt.ColorScheme.Dark)
    assert heading_lightness() > 150  # light red on the dark base
    system_scheme(Qt.ColorScheme.Light)
    assert heading_lightness() < 100


def test_exported_pages_stay_light_whatever_the_window_shows(sample_bundle: Any) -> None:
    """A publisher's site theme decides its page colours; the dark sheet is the preview's own."""
    from slidewright import load_article
    from slidewright.render import RenderContext, render_page

    html = render_page(load_article(sample_bundle), RenderContext(mode="article"))
    assert "prefers-color-scheme" not in html and "#1d1e21" not in html
