"""Closing the window while the preview still waits for a push's answer: the page answers
from inside the view's destructor, and that answer must reach nothing (it emitted ``updated``
on a half-destroyed view: "Unknown return type used in call of meta function", then every
event filter failed during the teardown; a test closing its window mid-push failed that way
about three runs in four)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from slidewright.ui.app import open_window
from slidewright.ui.preview.page import WORLD
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start


def test_a_push_answered_while_the_window_is_deleted_reaches_nothing(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    # the window slidewright shows (not handed to qtbot: this test deletes it itself)
    window = open_window(settings, plan_start(sample_bundle, False, settings))
    if not window.completed:
        with qtbot.waitSignal(window.assembled, timeout=60000):
            pass
    qtbot.waitUntil(lambda: window.preview.ready, timeout=60000)
    assert window.doc is not None
    window.doc.undo_stack.setClean()
    heard: list[str] = []
    window.preview.updated.connect(lambda: heard.append("updated"))
    for _ in range(5):  # pushes whose answers are still to come when the page goes
        window.preview.page().runJavaScript("1", WORLD, window.preview._pushed)
    gone: list[QObject] = []
    window.preview.destroyed.connect(lambda *_: gone.append(window))
    assert window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=10000)
    QApplication.processEvents()
    assert heard == []  # nothing announced after the close (pytest-qt fails on any error)
