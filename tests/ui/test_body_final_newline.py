"""A body saved as a YAML block ends with a line end. Ctrl+End and typing must continue its last
paragraph (no empty last line in the editor), and saving writes the file as it was plus the words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from slidewright.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
LAST = "the fog always lifts from the water first."


def test_ctrl_end_then_typing_continues_the_last_paragraph_and_saves_in_the_same_format(
    qtbot: Any, sample_window: MainWindow, sample_bundle: Path
) -> None:
    window = sample_window
    index = sample_bundle / "index.md"
    before = index.read_text(encoding="utf-8")
    assert window.doc is not None and window.doc.article.slides[0].body.endswith(LAST + "\n")
    window.activateWindow()
    qtbot.waitActive(window)
    body = window.slide_editor.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(body, Qt.Key.Key_End, CTRL)
    assert body.textCursor().block().text().endswith(LAST)  # not an empty line after it
    qtbot.keyClicks(body, " Bring a coat.")
    assert window.doc.article.slides[0].body.endswith(LAST + " Bring a coat.\n")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    after = index.read_text(encoding="utf-8")
    assert after == before.replace(LAST, LAST + " Bring a coat.", 1)  # one change, same format
    for _ in range(4):  # typing is undone a word at a time
        qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert window.doc.article.slides[0].body.endswith(LAST + "\n")  # the line end kept
    assert body.toPlainText().endswith(LAST)
