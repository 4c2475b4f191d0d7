"""Helpers for the spelling and find-and-replace tests: a window that checks in English, what is
underlined, and a right-click that opens the real context menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from slidewright.spelling import open_dictionary
from slidewright.ui.editing import spelling
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.session.preferences import KEYS
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.editing_tools import EditingTools
from slidewright.ui.window.main_window import MainWindow


def use_english(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Check in en-US with a fresh personal word list; skip where the dictionary is missing.
    (The sample article says ``lang: en-GB``, which wins over the preference: British English.)"""
    for language, package in (("en-US", "hunspell-en-us"), ("en-GB", "hunspell-en-gb")):
        found = open_dictionary(language)
        if not found.available:
            pytest.skip(f"{found.problem} (Debian: libenchant-2-2 and {package})")
    words = tmp_path / "personal-words.txt"
    monkeypatch.setattr(spelling, "personal_words_file", lambda: words)
    settings.set_value(KEYS["spelling_language"], "en-US")
    return words


def underlined(field: TextField | LineField, window: MainWindow) -> list[str]:
    """The words drawn with the spelling underline, as the writer sees them."""
    if isinstance(field, LineField):
        tools(window).spelling.settle()
        text = field.text()
        return [text[s:e] for s, e in tools(window).spelling.lines[field]]
    found = []
    block = field.document().firstBlock()
    while block.isValid():
        for item in block.layout().formats():
            if item.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[item.start : item.start + item.length])
        block = block.next()
    return found


def right_click_word(field: TextField | LineField, word: str) -> QMenu:
    """Right-click in the middle of ``word`` and return the context menu that opened."""
    if isinstance(field, TextField):
        cursor = QTextCursor(field.document())
        cursor.setPosition(field.toPlainText().index(word) + len(word) // 2)
        point = field.cursorRect(cursor).center()
        target = field.viewport()
    else:
        field.setCursorPosition(field.text().index(word) + len(word) // 2)
        point = field.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
        target = field
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(point), target.mapToGlobal(QPoint(point))
    )
    QApplication.sendEvent(target, event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no context menu opened"
    return menu


def choose(menu: QMenu, text: str) -> None:
    action = next((a for a in menu.actions() if a.text() == text), None)
    assert action is not None, f"{text!r} not in {[a.text() for a in menu.actions()]}"
    action.trigger()
    menu.close()


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def tools(window: MainWindow) -> EditingTools:
    """The window's spelling, find-and-replace and preferences (one of its parts)."""
    return window.parts.tools
