"""Spelling goes on in a paragraph over 5,000 characters (issue 27: it was silently off there):
the paragraph is checked in pieces, links and code still skipped, words at the pieces' seams whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from spellhelpers import tools, underlined, use_english

from slidewright.ui.editing.markdown_highlighter import LONGEST_HIGHLIGHTED
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow

SENTENCE = "The ferry waited by the old customs house while the market opened early. "


@pytest.fixture
def english_window(
    request: pytest.FixtureRequest, settings: Settings, tmp_path: Path, monkeypatch: Any
) -> MainWindow:
    use_english(settings, tmp_path, monkeypatch)
    window: MainWindow = request.getfixturevalue("sample_window")
    qtbot = request.getfixturevalue("qtbot")
    qtbot.waitUntil(lambda: tools(window).spelling.ready)
    return window


def test_a_paragraph_of_20000_characters_is_spell_checked_to_its_end(
    qtbot: Any, english_window: MainWindow
) -> None:
    body = english_window.slide_editor.body
    body.setFocus()
    repeats = 21_000 // len(SENTENCE)
    paragraph = SENTENCE * (repeats // 2) + "a harbr wall " + SENTENCE * (repeats // 2)
    body.setPlainText(paragraph + "[a quay](https://exmple.org) `pirnt`")
    assert len(body.toPlainText()) > 4 * LONGEST_HIGHLIGHTED
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " recieve")  # typed at the very end of the long paragraph
    assert underlined(body, english_window) == ["harbr", "recieve"]
