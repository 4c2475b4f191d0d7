"""A first open's page is loaded before its article is read (Preview.expect_page): the request
for it waits until the page is rendered, is then answered once, and a page that will never come
(the article could not be opened) does not leave the preview waiting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from uihelpers import run_js

from slidewright.fileformat import load_article
from slidewright.ui.window.main_window import MainWindow


def waiting_requests(window: MainWindow) -> int:
    source = window.preview.source
    return len(source.waiting) if source is not None else 0


def test_the_expected_page_is_answered_once_the_article_is_rendered(
    qtbot: Any, window: MainWindow, sample_bundle: Path
) -> None:
    loads: list[bool] = []
    window.preview.loadFinished.connect(loads.append)
    window.preview.expect_page(sample_bundle)
    qtbot.waitUntil(lambda: waiting_requests(window) == 1)  # asked for, not answered yet
    assert loads == []
    assert window.session.open_path(sample_bundle)
    qtbot.waitUntil(lambda: window.preview.ready)
    assert loads == [True]  # that load, answered: no second one
    assert run_js(qtbot, window, "document.title") == load_article(sample_bundle).title


def test_an_expected_page_that_never_comes_ends_its_load(
    qtbot: Any, window: MainWindow, sample_bundle: Path
) -> None:
    loads: list[bool] = []
    window.preview.loadFinished.connect(loads.append)
    window.preview.expect_page(sample_bundle)
    qtbot.waitUntil(lambda: waiting_requests(window) == 1)
    window.preview.set_document(None)  # the article could not be opened
    qtbot.waitUntil(lambda: loads == [False])
    assert waiting_requests(window) == 0
