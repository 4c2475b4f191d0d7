"""The article's life in one window: close, reopen, open recent, the sample — in any order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from uihelpers import run_js

from slidewright.ui.session import sample as session
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def sample_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "Documents" / "Slidewright" / "harbour-towns"
    monkeypatch.setattr(session, "sample_copy_location", lambda: target)
    return target


def _preview_title(qtbot: Any, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    return run_js(qtbot, window, "document.querySelector('h1').textContent")


def test_after_close_the_recent_menu_and_the_sample_still_open(
    qtbot: Any, sample_window: MainWindow, sample_home: Path, capfd: pytest.CaptureFixture
) -> None:
    first = sample_window.doc.bundle
    title = sample_window.doc.article.title
    sample_window.actions_by_name["close"].trigger()
    assert sample_window.doc is None
    assert sample_window.stack.currentWidget() is sample_window.welcome

    recent = sample_window.actions_by_name["recent"].menu()
    recent.aboutToShow.emit()
    entry = next(a for a in recent.actions() if a.text() == f"{title} — {first.name}")
    entry.trigger()
    assert sample_window.doc is not None and sample_window.doc.bundle == first
    assert _preview_title(qtbot, sample_window) == title

    sample_window.actions_by_name["close"].trigger()
    sample_window.actions_by_name["sample"].trigger()
    assert sample_window.doc is not None and sample_window.doc.bundle == sample_home
    assert _preview_title(qtbot, sample_window) == title
    typed = sample_window.slide_editor.fields["heading"]
    typed.end(False)
    qtbot.keyClicks(typed, "!")
    qtbot.waitUntil(
        lambda: run_js(
            qtbot, sample_window, "document.querySelector('#slide-1 h2').textContent"
        ).endswith("!"),
        timeout=5000,
    )
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_the_welcome_buttons_open_after_a_close(
    qtbot: Any, sample_window: MainWindow, sample_home: Path
) -> None:
    sample_window.session.close_article()
    sample_window.welcome.sampleRequested.emit()
    assert sample_window.doc is not None
    assert sample_window.slide_list.model().rowCount() == len(sample_window.doc.article.slides)
    assert sample_window.actions_by_name["save"].isEnabled()
