"""PyYAML's syntax errors as sentences a writer can act on, at the line where the problem is.

PyYAML reports where its scanner gave up, which is often the line *after* the mistake (an
unclosed ``[`` on line 7 is "did not find expected ',' or ']'" at 8:1), and says it in parser
terms ("found character that cannot start any token" for a tab). This turns the common cases
into a sentence and points at the mark that names the cause: the opening bracket or quote, the
tab itself. Anything not recognised keeps PyYAML's own words, so nothing is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class YamlProblem:
    """A sentence and the 0-based line and column (in the YAML text) it is about."""

    message: str
    line: int | None
    column: int | None


def _at(mark: Any, offset: int) -> str:
    return f"line {mark.line + offset}, column {mark.column + 1}"


def _on(mark: Any, offset: int) -> str:
    return f"on line {mark.line + offset}"


def _char_at(text: str, mark: Any) -> str:
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return ""
    return str(lines[mark.line][mark.column])


def _escape_at(text: str, mark: Any) -> str:
    """The backslash escape the scanner stopped at (``\\q``, ``\\ud800``), as written."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return "here"
    line: str = lines[mark.line]
    begin = line.rfind("\\", 0, mark.column + 1)
    if begin < 0:
        return "here"
    end = begin + 2
    while end < len(line) and end < begin + 10 and line[end] in "0123456789abcdefABCDEF":
        end += 1
    return line[begin:end]


MAX_KEY = 1024  # YAML's longest implicit key (YAML 1.2, 7.4.2); PyYAML stops there


def _key_length(text: str, mark: Any) -> int:
    line = text.split("\n")[mark.line]
    colon = line.find(": ")
    return colon if colon >= 0 else len(line.rstrip().rstrip(":"))


def _long_key(text: str, mark: Any) -> Any:
    """``mark`` when its line is a "key: value" line whose key is longer than YAML reads."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return None
    line = lines[mark.line]
    if (": " in line or line.rstrip().endswith(":")) and _key_length(text, mark) > MAX_KEY:
        return mark
    return None


def describe_reader_error(error: yaml.reader.ReaderError, text: str) -> YamlProblem:
    """A character YAML refuses (a NUL, another control character) and its 0-based place."""
    before = text[: max(0, error.position)]
    line = before.count("\n")
    column = len(before) - (before.rfind("\n") + 1)
    code = (
        error.character
        if isinstance(error.character, int)
        else ord(str(error.character)[:1] or " ")
    )
    return YamlProblem(
        f"a control character (U+{code:04X}) at line {{line}}, column {column + 1}: it cannot be "
        "in an article's text; remove it",
        line,
        column,
    )


def describe(error: yaml.MarkedYAMLError, text: str, line_offset: int) -> YamlProblem:
    """``error`` raised while parsing ``text``, whose first line is file line ``line_offset``."""
    context, problem = error.context or "", error.problem or ""
    start, found = error.context_mark, error.problem_mark

    def located(message: str, mark: Any) -> YamlProblem:
        return YamlProblem(message, mark.line if mark else None, mark.column if mark else None)

    if "tab character" in problem and found is not None:  # "found a tab character that violates"
        return located(
            f"a tab character at {_at(found, line_offset)}: YAML indents with spaces; "
            "replace the tab with spaces",
            found,
        )
    long_key = _long_key(text, start if start is not None else found)
    if long_key is not None:
        return located(
            f"the key on line {long_key.line + line_offset} is {_key_length(text, long_key):,} "
            f"characters long: YAML reads keys of at most {MAX_KEY:,}; shorten it",
            long_key,
        )
    if "cannot start any token" in problem and found is not None:
        char = _char_at(text, found)
        if char == "\t":
            return located(
                f"a tab character at {_at(found, line_offset)}: YAML indents with spaces; "
                "replace the tab with spaces",
                found,
            )
        if char:
            return located(
                f"a value cannot start with {char!r} ({_at(found, line_offset)}); "
                "put the whole value in quotes",
                found,
            )
    closers = {"flow sequence": ("list", "[", "]"), "flow mapping": ("mapping", "{", "}")}
    for kind, (noun, opener, closer) in closers.items():
        if kind in context and start is not None:
            if found is not None and found.line == start.line:
                return located(
                    f"the {noun} that starts with {opener} {_on(start, line_offset)} needs a "
                    f"comma between its items or a {closer} to end it",
                    start,
                )
            return located(
                f"the {noun} opened with {opener} {_on(start, line_offset)} is never closed "
                f"with {closer}",
                start,
            )
    if "escape" in problem and found is not None:
        escape = _escape_at(text, found)
        if "unicode" in problem.casefold():
            return located(
                f"the escape {escape} at {_at(found, line_offset)} names no character (half of "
                "a UTF-16 pair, or a number beyond Unicode): write the character itself, or "
                "\\U and eight hex digits for one beyond \\uFFFF",
                found,
            )
        return located(
            f"the escape {escape} at {_at(found, line_offset)} is not one YAML knows: write "
            "\\\\ for a backslash, or put the text in single quotes",
            found,
        )
    if "quoted scalar" in context and start is not None:
        quote = _char_at(text, start) or "quote"
        return located(
            f"the text opened with {quote} {_on(start, line_offset)} is never closed; "
            f"end it with {quote}",
            start,
        )
    if "mapping values are not allowed" in problem:
        return located(
            "a colon followed by a space starts a new key here; put the whole value in "
            "quotes, or indent the line like the ones around it",
            found,
        )
    if "expected '-' indicator" in problem:
        return located(
            "this line is not indented like the list items around it (each starts with '- ')",
            found,
        )
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        mark = start if start is not None and "expected <block end>" not in problem else found
        return located(
            'this line is not a "key: value" line like the ones around it; check its '
            "indentation, or put the value in quotes",
            mark,
        )
    return located(f"the front matter is not valid YAML: {problem or context}", found or start)
