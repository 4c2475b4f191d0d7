"""An article open in another Slidewright window: the second window says so when it opens it
(ui/session/open_elsewhere.py), and a mark left by a window that has ended says nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from slidewright.ui.session.recovery import key_of
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def other_window() -> Iterator[subprocess.Popen[bytes]]:
    """A live process standing for another Slidewright window."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield process
    process.kill()
    process.wait()


def leave_mark(folder: Path, bundle: Path, pid: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    mark = folder / f"{key_of(bundle)}-0123456789ab.open"
    mark.write_text(json.dumps({"pid": pid, "host": os.uname().nodename, "bundle": str(bundle)}))
    return mark


def notices(window: MainWindow) -> list[str]:
    return [
        box.text() for box in window.findChildren(QMessageBox, "errorMessage") if box.isVisible()
    ]


def test_an_article_open_in_another_window_is_said_to_be(
    window: MainWindow, qtbot: Any, sample_bundle: Path, recovery_folder: Path,
    other_window: subprocess.Popen[bytes],
) -> None:  # fmt: skip
    leave_mark(recovery_folder, sample_bundle, other_window.pid)
    assert window.session.open_path(sample_bundle / "index.md")
    qtbot.waitUntil(lambda: bool(notices(window)))
    [said] = notices(window)
    assert "another Slidewright window" in said and str(other_window.pid) in said
    assert window.doc is not None and window.doc.article.title in said
    # and this window has left its own mark, for the next window to find
    assert len(list(recovery_folder.glob(f"{key_of(sample_bundle)}-*.open"))) == 2


def test_a_mark_left_by_a_window_that_ended_says_nothing_and_goes(
    window: MainWindow, sample_bundle: Path, recovery_folder: Path
) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    stale = leave_mark(recovery_folder, sample_bundle, ended.pid)
    assert window.session.open_path(sample_bundle / "index.md")
    assert notices(window) == []  # (open_path opens a notice before it returns)
    assert not stale.exists()


def test_closing_the_article_takes_this_windows_mark_away(
    window: MainWindow, sample_bundle: Path, recovery_folder: Path
) -> None:
    assert window.session.open_path(sample_bundle / "index.md")
    assert list(recovery_folder.glob("*.open"))
    window.doc.undo_stack.setClean()  # type: ignore[union-attr]
    assert window.session.close_article()
    assert list(recovery_folder.glob("*.open")) == []
