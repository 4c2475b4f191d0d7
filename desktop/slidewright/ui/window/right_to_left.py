"""Keys shown in a right-to-left window (Arabic) keep their left-to-right order.

Qt mirrors the whole window when its language is written right to left (qtbase_ar.qm names the
layout direction), and lays out every text in the direction of the window. A key such as
``Ctrl+,`` or ``Ctrl++`` then loses its order: its final comma or plus is a neutral character at
the end of a right-to-left line, so it is drawn on the far side (",+Ctrl"). Keys that end in a
letter or a digit (``Ctrl+S``, ``Ctrl+1``) are not affected. A left-to-right mark on each side
keeps the key one left-to-right run, as the keyboard's labels read it.

Dates, paths and addresses put into a translated sentence have the same trouble: in an Arabic
sentence "2026-10-01" is three numbers with hyphens between them, which the bidirectional
algorithm lays out right to left ("01-10-2026"). :func:`value_as_written` keeps such a value one
left-to-right run with a mark on each side; the marks are only ever added to text shown in a
right-to-left window, never to what is saved, exported or printed by the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

LRM = "\u200e"  # LEFT-TO-RIGHT MARK: a strong left-to-right character that shows nothing
# A letter written right to left (Hebrew, Arabic and their presentation forms): a value with one
# is the writer's own right-to-left text, which the window's direction already suits.
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_REORDERED = re.compile(r"[\d/\\]")  # numbers and paths: what the algorithm reorders
_DIGITS_AND_HYPHENS = re.compile("\\d+(?:[-\u2010\u2011/.]\\d+)+")  # 2026-01-01, 31.12.2027


def right_to_left() -> bool:
    """Whether the window is laid out right to left (its language is Arabic, say)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def keys_as_typed(keys: str) -> str:
    """``keys`` ("Ctrl+,") to be shown in the window: kept left to right in a right-to-left
    window, as it is otherwise."""
    return f"{LRM}{keys}{LRM}" if keys and right_to_left() else keys


def value_as_written(value: str) -> str:
    """A value put into a translated sentence (a date, a path, an address, a file name) as it
    is written: one left-to-right run in a right-to-left window when it has digits or slashes
    and no right-to-left letters of its own; unchanged in a left-to-right window."""
    if not right_to_left() or not _REORDERED.search(value) or _RIGHT_TO_LEFT_LETTER.search(value):
        return value  # a name in Latin letters ("Reuters") reads as written already
    return f"{LRM}{value}{LRM}"


def dates_as_written(text: str) -> str:
    """``text`` (a translated hint: "مثل: 2026-01-01") with each date in it kept left to right
    in a right-to-left window; unchanged in a left-to-right window."""
    if not right_to_left():
        return text
    return _DIGITS_AND_HYPHENS.sub(lambda found: f"{LRM}{found.group()}{LRM}", text)


def menu_keys_as_typed(bar: QMenuBar) -> None:
    """Show each menu entry's key left to right in a right-to-left window: an entry whose key
    ends in punctuation (``Ctrl+,``, ``Ctrl+\\``, ``Ctrl+-``) gets it written after a tab, which
    Qt shows in place of the shortcut's own text. Nothing changes in a left-to-right window."""
    if not right_to_left():
        return
    for action in _entries(bar.actions()):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and "\t" not in action.text() and not keys[-1].isalnum():
            action.setText(f"{action.text()}\t{keys_as_typed(keys)}")


def _entries(actions: Iterable[QAction]) -> list[QAction]:
    found = []
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += _entries(menu.actions())
        else:
            found.append(action)
    return found


def isolated(text: str) -> str:
    """``text`` (the writer's own: an article's title) set inside a sentence of the window's as
    one run of its own direction, where it has right-to-left letters. An Arabic title put first
    in the window's title made the whole line right to left: "new-article — Slidewright —
    *جسور المدينة" instead of the title, the folder and the app's name in that order."""
    return f"\u2068{text}\u2069" if _RIGHT_TO_LEFT_LETTER.search(text) else text
