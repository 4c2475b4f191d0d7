"""Fixtures that drive the real main window offscreen, built as ``slidewright`` builds it: the
start's plan (ui/start_plan.py), ``open_window`` (ui/app.py), step one, then step two once the
preview has painted; each fixture waits for step two by its signal, never for a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from uihelpers import started

from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its crash-recovery copies to itself."""
    from slidewright.ui.session import recovery

    folder = tmp_path / "recovery"
    monkeypatch.setattr(recovery, "recovery_dir", lambda: folder)
    monkeypatch.setattr(recovery, "legacy_recovery_dir", lambda: tmp_path / "old-recovery")
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: Any, settings: Settings) -> Iterator[MainWindow]:
    yield started(qtbot, settings, before_close=_forget_changes)


def _forget_changes(win: MainWindow) -> None:
    """No save prompt while pytest-qt closes the window after a test."""
    if win.doc is not None:
        win.doc.undo_stack.setClean()


@pytest.fixture
def sample_window(settings: Settings, sample_bundle: Path, qtbot: Any) -> MainWindow:
    """``slidewright SAMPLE``: the sample's preview painted, then the rest of the window."""
    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), _forget_changes)
    assert window.doc is not None and window.doc.bundle == sample_bundle
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=60000)
    return window
