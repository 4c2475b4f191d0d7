"""Reading the text of an ``index.md``: the front matter split from the intro, parsed with bounds,
and every problem a FormatError naming the line the writer's editor shows."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.nodes import Node

from slidewright.errors import FormatError
from slidewright.fileformat import yamlerrors, yamlload
from slidewright.fileformat.linebreaks import (
    EditorLines,
    has_hidden_breaks,
    never_closed,
    refuse_lone_cr_lines,
)
from slidewright.fileformat.validate import Validator
from slidewright.model import Article

INDEX = "index.md"
FRONT_MATTER_LINE = 2  # the file line the YAML starts on (after the opening ---)
_FENCE = re.compile(r"^---[^\S\n]*$", re.MULTILINE)  # a line that is --- and spaces at most


def split_front_matter(file: Path, text: str) -> tuple[str, str]:
    """Split ``---``-fenced YAML from the Markdown intro that follows it."""
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise FormatError(file, "is empty: an article starts with front matter between --- lines")
    refuse_lone_cr_lines(file, text)
    first, _, rest = text.partition("\n")
    if first.rstrip() != "---":
        raise FormatError(
            file, "has no front matter: the first line must be --- (then title:, slides: …)", 1, 1
        )
    fence = _FENCE.search(rest)  # not a list of lines: 19 MB of them took 400 MB
    if fence is None:
        raise never_closed(file, rest.split("\n"))
    front = rest[: fence.start()] or "\n"
    intro = rest[fence.end() + 1 :]
    return front, intro[:-1] if intro.endswith("\n") else intro


def parse_article(text: str, file: Path | None = None) -> Article:
    """Parse the text of an ``index.md``."""
    return parse_article_placed(text, file)[0]


def parse_article_placed(text: str, file: Path | None = None) -> tuple[Article, Node]:
    """The article and its front matter's node tree, which knows the line of every value (what
    ``slidewright check`` names beside each finding: :mod:`slidewright.fileformat.places`)."""
    file = file or Path(INDEX)
    front, intro = split_front_matter(file, text)
    lines = EditorLines(front) if has_hidden_breaks(front) else None
    try:
        node = yamlload.compose(front)
        if node is None:
            raise FormatError(file, "the front matter is empty: it needs at least a title", 2, 1)
        if lines is not None:
            lines.remap_tree(node)
        data = yamlload.construct(node)
    except yamlload.ValueProblem as problem:
        if lines is not None:
            problem.mark = lines.remap(problem.mark)
            if isinstance(problem, yamlload.DuplicateKey):
                problem.first.start_mark = lines.remap(problem.first.start_mark)
        mark = problem.mark
        message = problem.message
        if isinstance(problem, yamlload.DuplicateKey):
            message = message.format(line=problem.first.start_mark.line + 2)
        raise FormatError(
            file,
            message,
            (mark.line + 2) if mark else None,
            (mark.column + 1) if mark else None,
        ) from None
    except yaml.MarkedYAMLError as exc:
        # Made by a call, not held in a local: a raised error held by its own frame is a cycle
        # that keeps the 20 MB front matter alive until the next garbage collection.
        raise _syntax_error(file, front, lines, exc) from None
    except yaml.reader.ReaderError as exc:  # a NUL or another control character
        said = yamlerrors.describe_reader_error(exc, front)
        line = None if said.line is None else said.line + 2
        column = None if said.column is None else said.column + 1
        raise FormatError(file, said.message.format(line=line), line, column) from None
    except yaml.YAMLError as exc:
        raise FormatError(file, f"the front matter is not valid YAML: {exc}") from None
    return Validator(file, node, line_offset=FRONT_MATTER_LINE).article(data, intro), node


def _syntax_error(
    file: Path, front: str, lines: EditorLines | None, exc: yaml.MarkedYAMLError
) -> FormatError:
    """A YAML syntax error as a sentence at the line the writer's editor shows."""
    if lines is not None:
        exc.problem_mark = lines.remap(exc.problem_mark)
        exc.context_mark = lines.remap(exc.context_mark)
        hidden = _hidden_break(file, lines, exc)
        if hidden is not None:
            return hidden
    said = yamlerrors.describe(exc, front, line_offset=2)  # the YAML starts on line 2
    return FormatError(
        file,
        said.message,
        None if said.line is None else said.line + 2,
        None if said.column is None else said.column + 1,
    )


_OWN_SENTENCES = ("quoted scalar", "flow sequence", "flow mapping")  # what describe() says well


def _hidden_break(file: Path, lines: EditorLines, exc: yaml.MarkedYAMLError) -> FormatError | None:
    """The YAML error at a line holding a break only YAML sees (U+2028 in a plain value): that
    break is the mistake, named at the line the editor shows; None when there is none there, or
    when the error is one that break does not cause (an unclosed quote or bracket)."""
    if any(words in (exc.context or "") for words in _OWN_SENTENCES):
        return None
    for mark in (exc.problem_mark, exc.context_mark):
        if mark is not None:
            for line in (mark.line, mark.line - 1):
                what = lines.hidden_break_on(line)
                if what:
                    return FormatError(
                        file,
                        f"line {line + 2} holds {what}, which YAML reads as a line break though "
                        "an editor shows none: remove it, or put the value in double quotes",
                        line + 2,
                    )
    return None
