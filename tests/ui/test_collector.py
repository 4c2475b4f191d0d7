"""The UI thread's cycle collector (ui/collector.py) leaves the start alone: its first check
comes once the window has had time to be built, then twice a second as before."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from PySide6.QtCore import QObject

from slidewright.ui import collector


def test_the_first_collection_waits_for_the_start(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(collector, "START_GRACE_MS", 300)
    owner = QObject()
    try:
        made = collector.MainThreadCollector(owner)
        assert not gc.isenabled()  # never by whichever thread allocates (a worker, say)
        assert not made.timer.isActive()  # nothing is collected while the window is built
        qtbot.waitUntil(made.timer.isActive, timeout=10000)
        assert made.timer.interval() == collector.CHECK_MS
    finally:
        owner.deleteLater()
        qtbot.wait(1)
