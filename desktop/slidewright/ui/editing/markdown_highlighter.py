"""Light Markdown highlighting for the body and intro fields: headings, emphasis, links, code.

A document takes one highlighter (a second one's formats would wipe the first's), so spell checking
joins in here: after the Markdown rules, ``spelling`` underlines the misspelled words, told which
rule formatted each span so an underlined bold word stays bold.
"""

from __future__ import annotations

import re
import weakref
from typing import Protocol

import shiboken6
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)


def _format(
    color: str | None = None, bold: bool = False, italic: bool = False, mono: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(["monospace"])
    return fmt


# Some of these patterns take time growing with the square of a line's length on pathological
# text (45,000 "[" took a second); a writer's paragraph is far shorter than this.
LONGEST_HIGHLIGHTED = 5_000

PATTERNS: list[tuple[re.Pattern[str], dict[str, object]]] = [
    (re.compile(r"^#{1,6}\s.*$"), {"color": "heading", "bold": True}),
    (re.compile(r"^\s*>.*$"), {"color": "quote", "italic": True}),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), {"color": "list", "bold": True}),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), {"bold": True}),
    (re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])"), {"italic": True}),
    (re.compile(r"`[^`]+`"), {"color": "code", "mono": True}),
    (re.compile(r"!?\[[^\][]*\]\([^()]*\)"), {"color": "link"}),
]
# Colours on a light and on a dark editor (the window follows the system's scheme): the dark
# ones keep the same hues, light enough to read on the dark base.
LIGHT = {
    "heading": "#8a1c15",
    "quote": "#5f6368",
    "list": "#b3261e",
    "code": "#1e6fd9",
    "link": "#1e6fd9",
}
DARK = {
    "heading": "#ff8f85",
    "quote": "#a9aeb5",
    "list": "#ff8f85",
    "code": "#8ab4f8",
    "link": "#8ab4f8",
}


def _rules(colors: dict[str, str]) -> list[tuple[re.Pattern[str], QTextCharFormat]]:
    rules = []
    for pattern, style in PATTERNS:
        color = colors.get(str(style.get("color", "")))
        options = {k: bool(v) for k, v in style.items() if k != "color"}
        rules.append((pattern, _format(color, **options)))
    return rules


RULES = _rules(LIGHT)
DARK_RULES = _rules(DARK)
_live: weakref.WeakSet[MarkdownHighlighter] = weakref.WeakSet()


def on_dark_base() -> bool:
    return QGuiApplication.palette().base().color().lightness() < 128


def rehighlight_all() -> None:
    """After the palette changed (light to dark or back): every field takes the new colours."""
    for highlighter in list(_live):
        if shiboken6.isValid(highlighter):  # its field may be gone with a closed window
            highlighter.rehighlight()
        else:
            _live.discard(highlighter)


Applied = list[tuple[int, int, int]]  # (start, end, index in RULES) of each span formatted


class BlockSpelling(Protocol):
    def underline_block(
        self, highlighter: QSyntaxHighlighter, text: str, applied: Applied | None
    ) -> None: ...


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        _live.add(self)
        self.spelling: BlockSpelling | None = None  # set by ui/editing/spelling.py

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        if len(text) > LONGEST_HIGHLIGHTED:  # Markdown's colours off; spelling goes on in pieces
            if self.spelling is not None:
                self.spelling.underline_block(self, text, [])
            return
        applied: Applied = []
        for index, (pattern, fmt) in enumerate(DARK_RULES if on_dark_base() else RULES):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
                applied.append((match.start(), match.end(), index))
        if self.spelling is not None:
            self.spelling.underline_block(self, text, applied)
