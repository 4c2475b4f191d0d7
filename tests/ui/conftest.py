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


@pytest.fixture(autouse=True, scope="session")
def pages_go_before_their_profile(qapp: Any) -> Iterator[None]:
    """At the end of the session, delete the windows the tests left (pytest-qt closes them but
    Python may hold them until exit): a WebEngine page still alive when Qt releases its profile
    at exit ("Release of profile requested but WebEnginePage still not deleted") can crash the
    interpreter's exit after every test has passed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in qapp.topLevelWidgets():
        widget.deleteLater()  # (no close: nothing asks to save now)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


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


@pytest.fixture(autouse=True)
def typing_clock_stands_still(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys typed by one ``keyClicks`` are one burst however busy the machine is: a writer's
    pause (typing_steps.PAUSE_S) ends an undo step, and a loaded machine once took longer than
    that between two synthetic keys, splitting "a word is one step" into several. Tests of the
    pause itself move a fake clock of their own (test_undo_steps.py)."""
    from slidewright.ui.editing import typing_steps

    monkeypatch.setattr(typing_steps, "clock", lambda: 1000.0)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: Any, settings: Settings) -> Iterator[MainWindow]:
    yield started(qtbot, settings, before_close=_forget_changes)


def _forget_changes(win: MainWindow) -> None:
    """No save prompt while pytest-qt closes the window after a test (nor the question about
    typed text the article cannot hold, such as a Date that is no date)."""
    if win.doc is not None:
        win.doc.undo_stack.setClean()
        win.session.unread.clear()


@pytest.fixture
def sample_window(settings: Settings, sample_bundle: Path, qtbot: Any) -> MainWindow:
    """``slidewright SAMPLE``: the sample's preview painted, then the rest of the window."""
    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), _forget_changes)
    assert window.doc is not None and window.doc.bundle == sample_bundle
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=60000)
    return window
