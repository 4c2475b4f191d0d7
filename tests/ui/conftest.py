"""Fixtures that drive the real main window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its crash-recovery copies to itself."""
    from slidewright.ui.session import recovery

    folder = tmp_path / "recovery"
    monkeypatch.setattr(recovery, "recovery_dir", lambda: folder)
    monkeypatch.setattr(recovery, "legacy_recovery_dir", lambda: tmp_path / "old-recovery")
    return folder


@pytest.fixture(autouse=True)
def history_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its version history to itself, never in the user's data folder."""
    from slidewright.ui.session import history_keeper

    folder = tmp_path / "history"
    monkeypatch.setattr(history_keeper, "history_root", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: Any, settings: Settings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win, before_close_func=_forget_changes)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _forget_changes(win: MainWindow) -> None:
    """No save prompt while pytest-qt closes the window after a test."""
    if win.doc is not None:
        win.doc.undo_stack.setClean()


@pytest.fixture
def sample_window(window: MainWindow, sample_bundle: Path, qtbot: Any) -> MainWindow:
    assert window.session.open_path(sample_bundle)
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=15000)
    return window
