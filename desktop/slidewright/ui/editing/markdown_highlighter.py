"""Light Markdown highlighting for the body and intro fields: headings, emphasis, links, code."""

from __future__ import annotations

import re

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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        if len(text) > LONGEST_HIGHLIGHTED:  # not a paragraph a person typed: shown plain
            return
        for pattern, fmt in RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
