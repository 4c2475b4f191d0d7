"""The Alt+letter mnemonics a writer can press at once: those of the visible widgets of a window
and its menu bar, so a test can say that no two of them share a letter."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """Each letter with the texts that use it, among what is on screen now."""
    uses: dict[str, list[str]] = defaultdict(list)
    texts = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            uses[letter].append(text)
    return dict(uses)
