"""Light Markdown highlighting for the body and intro fields: headings, emphasis, links, code.

A document takes one highlighter (a second one's formats would wipe the first's), so spell checking
joins in here: after the Markdown rules, ``spelling`` underlines the misspelled words, told which
rule formatted each span so an underlined bold word stays bold.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


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

RULES: list[tuple[re.Pattern[str], QTextCharFormat]] = [
    (re.compile(r"^#{1,6}\s.*$"), _format("#8a1c15", bold=True)),
    (re.compile(r"^\s*>.*$"), _format("#5f6368", italic=True)),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), _format("#b3261e", bold=True)),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), _format(bold=True)),
    (re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])"), _format(italic=True)),
    (re.compile(r"`[^`]+`"), _format("#1e6fd9", mono=True)),
    (re.compile(r"!?\[[^\][]*\]\([^()]*\)"), _format("#1e6fd9")),
]


Applied = list[tuple[int, int, int]]  # (start, end, index in RULES) of each span formatted


class BlockSpelling(Protocol):
    def underline_block(
        self, highlighter: QSyntaxHighlighter, text: str, applied: Applied | None
    ) -> None: ...


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spelling: BlockSpelling | None = None  # set by ui/editing/spelling.py

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        if len(text) > LONGEST_HIGHLIGHTED:  # not a paragraph a person typed: shown plain
            return
        applied: Applied = []
        for index, (pattern, fmt) in enumerate(RULES):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
                applied.append((match.start(), match.end(), index))
        if self.spelling is not None:
            self.spelling.underline_block(self, text, applied)
