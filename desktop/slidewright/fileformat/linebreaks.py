"""Line breaks a text editor does not show but YAML counts, so that every line a message names is
the line the writer's editor shows.

YAML 1.1 (PyYAML) ends a line at a lone carriage return (CR, old Mac files), at NEL (U+0085)
and at the Unicode line and paragraph separators (U+2028, U+2029), which text pasted from web
pages sometimes carries and which Slidewright itself writes inside a quoted value. An editor
ends lines at LF only: after one of these every line YAML names would be one too far. Marks
carry the character index where they are, so their line is counted again from it, in LF
lines. A text without any of these characters (nearly every article) is not touched.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, SequenceNode

from slidewright.errors import FormatError

HIDDEN_BREAKS = "\r\x85\u2028\u2029"
_NAMES = {
    "\r": "a carriage return (CR) with no line feed after it",
    "\x85": "a next-line character (U+0085)",
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
}


def has_hidden_breaks(text: str) -> bool:
    return any(char in text for char in HIDDEN_BREAKS)


class EditorLines:
    """0-based LF line numbers of character indexes into ``text``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0] + [found.end() for found in re.finditer("\n", text)]

    def line(self, index: int) -> int:
        return bisect.bisect_right(self._starts, index) - 1

    def remap(self, mark: Any) -> Any:
        """``mark`` with its line and column counted again from its index (libyaml's marks are
        read-only: a new one)."""
        if mark is None or getattr(mark, "index", None) is None:
            return mark
        line = self.line(mark.index)
        return Mark(mark.name, mark.index, line, mark.index - self._starts[line], None, 0)

    def remap_tree(self, root: Node) -> None:
        """Every node's marks, without recursion (the nesting is bounded, the habit kept)."""
        pending = [root]
        while pending:
            node = pending.pop()
            node.start_mark = self.remap(node.start_mark)
            node.end_mark = self.remap(node.end_mark)
            if isinstance(node, MappingNode):
                for key, value in node.value:
                    pending += (key, value)
            elif isinstance(node, SequenceNode):
                pending += node.value

    def hidden_break_on(self, line: int) -> str:
        """What hidden break file line ``line`` (0-based, in ``text``) holds, in words; ""."""
        if not 0 <= line < len(self._starts):
            return ""
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        found = [char for char in self.text[self._starts[line] : end] if char in HIDDEN_BREAKS]
        return _NAMES[found[0]] if found else ""


def refuse_lone_cr_lines(file: Any, text: str) -> None:
    """A file whose lines end with CR alone (classic Mac OS) reads as one long line: say so,
    rather than "no front matter". ``text`` has had its CRLF pairs made LF already."""
    first = text.partition("\n")[0]
    if "\r" in first and first.partition("\r")[0].rstrip() == "---":
        raise FormatError(
            file,
            "its lines end with a carriage return (CR) alone, as on classic Mac OS: save it "
            "with LF or CRLF line ends and open it again",
            1,
            1,
        )


def never_closed(file: Any, lines: list[str]) -> FormatError:
    """The front matter has no closing ``---``: when one is hidden behind a lone CR on some
    line ("lang: fr\\r---"), name that line."""
    for number, line in enumerate(lines, start=2):
        if any(part.rstrip() == "---" for part in line.split("\r")[1:]):
            return FormatError(
                file,
                f"the closing --- is on line {number} after a carriage return (CR) with no line "
                "feed, so it does not start a line: save the file with LF or CRLF line ends",
                number,
                line.index("\r") + 1,
            )
    return FormatError(
        file, "the front matter that starts on line 1 is never closed with ---", 1, 1
    )
