"""Every field of the editors whole, in German and French: no horizontal scroll bar in the editor
column, no field reaching past its right edge, on the Slide tab (the licence fields unfolded) and
the Article tab.

German and French labels and buttons are longer than English ones: an editor that fitted the
column an English window left (the splitter is remembered between starts) was cut in the other
languages and scrolled sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QWidget,
)
from uihelpers import started

from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.translation import (
    install_translations,
    install_window_language,
    remove_translations,
)
from slidewright.ui.window.main_window import MainWindow

FIELDS = (QLineEdit, QPlainTextEdit, QAbstractButton, QTableWidget)
ENGLISH_COLUMNS = [260, 300, 840]  # an editor column an English writer narrowed to its fields


@pytest.fixture(params=["de", "fr"])
def language(request: pytest.FixtureRequest, settings: Settings) -> Iterator[str]:
    """The window's language, installed before the window is made (as a start with
    LANGUAGE=de or LANGUAGE=fr installs it), removed afterwards."""
    # the process's own language first, as any test's window has it (installed for good, so not
    # this test's): the one installed after it is asked first, and taken out again
    install_window_language(settings)
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translations(app, request.param)
    assert translators, f"no translations installed for {request.param}"
    yield request.param
    remove_translations(app, translators)


def english_layout(settings: Settings) -> None:
    """The splitter as a window left it whose editor column held its English fields."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for _ in ENGLISH_COLUMNS:
        splitter.addWidget(QWidget())
    splitter.resize(sum(ENGLISH_COLUMNS) + 2 * splitter.handleWidth(), 600)
    splitter.setSizes(ENGLISH_COLUMNS)
    settings.set_value("splitter", splitter.saveState())


def cut_fields(area: QScrollArea) -> list[str]:
    """The fields of ``area``'s editor that reach past the column's visible width."""
    viewport = area.viewport()
    cut = []
    for field in area.widget().findChildren(QWidget):
        if not isinstance(field, FIELDS) or not field.isVisibleTo(area.widget()):
            continue
        left = field.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + field.width() > viewport.width():
            name = field.accessibleName() or getattr(field, "text", lambda: "")() or "?"
            cut.append(f"{type(field).__name__} {name!r}: {left}..{left + field.width()}")
    return cut


def whole(window: MainWindow, tab: int, qtbot: Any) -> None:
    tabs = window.parts.editors.tabs
    tabs.setCurrentIndex(tab)
    area = tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    editor = area.widget()
    # laid out: the editor as wide as the column, or as its fields need (then it scrolls)
    qtbot.waitUntil(
        lambda: (
            area.isVisible()
            and editor.width() == max(area.viewport().width(), editor.minimumSizeHint().width())
        )
    )
    assert not area.horizontalScrollBar().isVisible(), (tabs.tabText(tab), window.splitter.sizes())
    assert cut_fields(area) == [], tabs.tabText(tab)


@pytest.mark.parametrize("layout", ["first start", "left by an English window", "dragged narrow"])
def test_every_field_is_whole_without_scrolling_sideways(
    language: str, layout: str, settings: Settings, sample_bundle: Path, qtbot: Any
) -> None:
    if layout != "first start":
        english_layout(settings)
    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), forget_changes)
    qtbot.waitUntil(
        lambda: window.doc is not None and window.parts.editors.slide_editor.isEnabled()
    )
    editor = window.parts.editors.slide_editor
    assert editor.licence_toggle.text() != "Licence and source", "the window is English"
    assert window.size().width() >= 1400  # the 1600×1000 offscreen desktop
    if layout == "dragged narrow":  # the handle pulled to the slide list, as far as it goes
        handle = window.splitter.handle(2)  # between the editor and the preview
        drag = window.splitter.sizes()[0] + handle.width() + 10
        window.splitter.moveSplitter(drag, 2)  # what the handle does as the mouse moves
        assert window.splitter.sizes()[1] > 0, "the editor column collapsed"
    editor.licence_toggle.setChecked(True)
    whole(window, 0, qtbot)
    whole(window, 1, qtbot)
    # the column took the width it needed from its neighbours, not the preview's whole share
    preview_width = window.splitter.sizes()[2]
    assert preview_width >= window.width() // 4, window.splitter.sizes()


def forget_changes(window: MainWindow) -> None:
    """No save prompt when the window closes after the test (opening may tidy the sample)."""
    if window.doc is not None:
        window.doc.undo_stack.setClean()


def test_a_read_more_title_too_long_for_its_column_is_shortened_and_whole_on_hover(
    language: str, settings: Settings, sample_bundle: Path, qtbot: Any
) -> None:
    """The read-more table's five columns share the editor's width: "Bildunterschrift" or
    "Légende de l'image" may not fit. The header then shows the start of the title with an
    ellipsis (it was clipped at both ends: "ildnachwe"), and the whole title on hover."""
    from PySide6.QtGui import QFontMetrics

    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), forget_changes)
    qtbot.waitUntil(lambda: window.doc is not None)
    window.parts.editors.tabs.setCurrentIndex(1)
    table = window.parts.editors.article_editor.items
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.isVisible() and header.sectionSize(0) > 0)
    titles = [table.horizontalHeaderItem(column) for column in range(table.columnCount())]
    assert all(title is not None for title in titles)
    assert titles[0].text() != "Title", "the window is English"
    assert [title.toolTip() for title in titles] == [title.text() for title in titles]
    metrics = QFontMetrics(header.font())
    room = [header.sectionSize(column) - 12 for column in range(table.columnCount())]
    shown = [
        metrics.elidedText(title.text(), header.textElideMode(), width)
        for title, width in zip(titles, room, strict=True)
    ]
    for title, text in zip(titles, shown, strict=True):  # whole, or its start and an ellipsis
        assert text == title.text() or (text.endswith("…") and title.text().startswith(text[:-1]))
    alignment = header.defaultAlignment()
    assert alignment & Qt.AlignmentFlag.AlignLeft, "a shortened title starts at the left edge"


def test_a_long_picture_name_does_not_widen_the_editor_past_its_column(
    language: str, settings: Settings, sample_bundle: Path, qtbot: Any
) -> None:
    """The column is kept as wide as the editor needs, measured at the start; a picture dropped
    later keeps its long file name, which (a plain label asking for its whole text) made the
    editor wider than the column: a horizontal scroll bar and every field cut. The name is now
    shortened in the middle to the room there is, whole on hover."""
    import shutil

    from slidewright.ui.editing.commands import SetSlideField

    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), forget_changes)
    qtbot.waitUntil(
        lambda: window.doc is not None and window.parts.editors.slide_editor.isEnabled()
    )
    handle = window.splitter.handle(2)
    window.splitter.moveSplitter(window.splitter.sizes()[0] + handle.width() + 10, 2)
    doc = window.doc
    assert doc is not None
    name = "images/" + "where-the-fog-lifts-late-over-the-old-harbour-wall-at-dawn" * 2 + ".jpg"
    first = doc.article.slides[0].image
    shutil.copy(sample_bundle / first, sample_bundle / name)
    doc.undo_stack.push(SetSlideField(doc, 0, "image", name, typing=False))
    label = window.parts.editors.slide_editor.image_path
    qtbot.waitUntil(lambda: label.text() == name)
    whole(window, 0, qtbot)
    assert label.toolTip() == name
    assert label.fontMetrics().horizontalAdvance(name) > label.width()  # it was shortened
