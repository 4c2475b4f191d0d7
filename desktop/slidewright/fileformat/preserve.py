"""Keeping what a writer wrote by hand when the app saves over it.

Saving writes one canonical form, which would drop every comment and re-spell values written
another way (``'Credit'`` for ``"Credit"``, ``2026-11-20 10:00`` for a timestamp…). Instead the
canonical text is taken as the skeleton and, from the text being replaced:

- each value the article did not change (same key path, equal once read) keeps its original
  spelling, when it fits on one line in both texts;
- comment lines and blank lines before an entry go back before the same entry;
- a comment after a value on the same line goes back after the same value.

What cannot be put back (a comment inside a flow list, one about a key since deleted) is lost;
:func:`loses_on_save` lists those lines so the window can warn before the first save. The save
reads its result back and falls back to the canonical text if anything here went wrong.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from slidewright.fileformat import yamlload
from slidewright.fileformat.linebreaks import EditorLines, has_hidden_breaks

FENCE = "---\n"
Path_ = tuple[Any, ...]
_COMMENT = re.compile(r"(?:^|(?<=\s))#")


def _split(text: str) -> tuple[str, str] | None:
    """(front matter, rest after the closing fence), or None when ``text`` has no front matter."""
    if not text.startswith(FENCE):
        return None
    end = text.find("\n---\n", len(FENCE) - 1)
    if end < 0:
        return None
    return text[len(FENCE) : end + 1], text[end + 1 :]


def _entries(root: Node) -> dict[Path_, tuple[Node | None, Node]]:
    """Every mapping entry and sequence item by its path: (key node or None, value node)."""
    found: dict[Path_, tuple[Node | None, Node]] = {}
    stack: list[tuple[Path_, Node | None, Node]] = [((), None, root)]
    while stack:
        path, key, node = stack.pop()
        found[path] = (key, node)
        if isinstance(node, MappingNode):
            for k, v in node.value:
                if isinstance(k, ScalarNode):
                    stack.append(((*path, k.value), k, v))
        elif isinstance(node, SequenceNode):
            stack.extend(((*path, i), None, v) for i, v in enumerate(node.value))
    return found


def _start_line(entry: tuple[Node | None, Node]) -> int:
    key, node = entry
    return (key or node).start_mark.line


def _one_line(node: Node) -> bool:
    """A value whose text can move: on one line, not a block scalar."""
    if node.start_mark.line != node.end_mark.line:
        return False
    if isinstance(node, ScalarNode):
        return node.style not in ("|", ">")
    return bool(getattr(node, "flow_style", False))


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (``1`` is not ``true``, nor ``1.0``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _value(node: Node) -> Any:
    try:
        return yamlload.construct(node)
    except (yamlload.ValueProblem, yaml.YAMLError):
        return _Unreadable()


class _Unreadable:
    """Never the same as anything: a value that cannot be read is never carried over."""


def _inside_scalars(entries: dict[Path_, tuple[Node | None, Node]]) -> set[int]:
    """Lines inside multi-line scalars (block text), where a '#' or a blank line is content."""
    lines: set[int] = set()
    for _, node in entries.values():
        if isinstance(node, ScalarNode) and node.end_mark.line > node.start_mark.line:
            last = node.end_mark.line if node.end_mark.column > 0 else node.end_mark.line - 1
            lines.update(range(node.start_mark.line + 1, last + 1))
    return lines


def _trailing_comment(line: str, spans: list[tuple[int, int]]) -> int | None:
    """Where a comment starts on ``line`` (columns of scalars on it in ``spans``), or None."""
    for match in _COMMENT.finditer(line):
        col = match.start()
        if not any(start <= col < end for start, end in spans):
            return col
    return None


def keep_writers_text(old_text: str | None, new_text: str) -> str:
    """``new_text`` (the canonical form) with the writer's spelling, comments and blank lines
    from ``old_text`` put back where the article did not change. Either text may be anything:
    when one cannot be read, ``new_text`` is returned as it is."""
    if not old_text or old_text == new_text:
        return new_text
    old_parts, new_parts = _split(old_text.replace("\r\n", "\n")), _split(new_text)
    if old_parts is None or new_parts is None:
        return new_text
    try:
        old_root = _editor_lines(old_parts[0], yamlload.compose(old_parts[0]))
        new_root = _editor_lines(new_parts[0], yamlload.compose(new_parts[0], bounded=False))
    except (yamlload.ValueProblem, yaml.YAMLError):
        return new_text
    if old_root is None or new_root is None:
        return new_text
    new_front = _in_old_order(old_root, new_parts[0], new_root)
    if new_front != new_parts[0]:
        try:
            new_root = _editor_lines(new_front, yamlload.compose(new_front, bounded=False))
        except (yamlload.ValueProblem, yaml.YAMLError):
            return new_text
        if new_root is None:
            return new_text
    front = _merge(old_parts[0], old_root, new_front, new_root)
    return FENCE + front + new_parts[1]


def _editor_lines(text: str, root: Node | None) -> Node | None:
    """``root`` with its marks on the lines of ``text.split("\\n")``, which is how this module
    counts lines: YAML also breaks lines at U+2028 and the like (linebreaks.py), and the
    emitter writes them inside quotes, so a comment after one was put back on the wrong line
    or dropped."""
    if root is not None and has_hidden_breaks(text):
        EditorLines(text).remap_tree(root)
    return root


def _in_old_order(old_root: Node, new: str, new_root: Node) -> str:
    """The canonical front matter with its top-level keys in the order the writer had them
    (keys the writer did not have follow the key written before them in the canonical order)."""
    if not (isinstance(old_root, MappingNode) and isinstance(new_root, MappingNode)):
        return new
    old_order = {k.value: i for i, (k, _) in enumerate(old_root.value) if isinstance(k, ScalarNode)}
    lines = new.split("\n")
    starts = [k.start_mark.line for k, _ in new_root.value]
    if starts != sorted(starts) or any(k.start_mark.column for k, _ in new_root.value):
        return new
    blocks, anchor = [], -1
    for n, (key, _) in enumerate(new_root.value):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines) - 1
        if key.value in old_order:
            anchor = old_order[key.value]
            rank = (anchor, 0, n)
        else:
            rank = (anchor, 1, n)
        blocks.append((rank, lines[starts[n] : end]))
    ordered = [line for _, block in sorted(blocks) for line in block]
    return "\n".join(lines[: starts[0]] + ordered + lines[len(lines) - 1 :])


def _merge(old: str, old_root: Node, new: str, new_root: Node) -> str:
    old_entries, new_entries = _entries(old_root), _entries(new_root)
    # 1. values spelled as the writer spelled them (one-line values only: line numbers stay)
    splices = []
    for path, (_, new_node) in new_entries.items():
        found = old_entries.get(path)
        if not path or found is None or not (_one_line(new_node) and _one_line(found[1])):
            continue
        old_node = found[1]
        written = old[old_node.start_mark.index : old_node.end_mark.index]
        canonical = new[new_node.start_mark.index : new_node.end_mark.index]
        if written != canonical and _same(_value(old_node), _value(new_node)):
            splices.append((new_node.start_mark.index, new_node.end_mark.index, written))
    canonical_lines = new.split("\n")  # columns of new_entries refer to these
    pieces, position = [], 0
    for start, end, text in sorted(splices):  # one pass: many splices stay linear
        pieces += [new[position:start], text]
        position = end
    new_lines = "".join([*pieces, new[position:]]).split("\n")
    # 2. comments and blank lines: before the entry that follows them, or after a value
    old_lines = old.split("\n")
    inside = _inside_scalars(old_entries)
    line_paths: dict[int, Path_] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for path, entry in sorted(old_entries.items(), key=lambda item: len(item[0])):
        if path:  # the outermost entry starting on a line (the list item, not its first key)
            line_paths.setdefault(_start_line(entry), path)
        for node in (entry[0], entry[1]):
            if isinstance(node, ScalarNode) and node.start_mark.line == node.end_mark.line:
                spans.setdefault(node.start_mark.line, []).append(
                    (node.start_mark.column, node.end_mark.column)
                )
    new_start = {path: _start_line(entry) for path, entry in new_entries.items() if path}
    on_line: dict[int, list[tuple[Path_, Node | None, Node]]] = {}  # entries ending or keyed there
    for path, (key, node) in old_entries.items():
        if path:
            on_line.setdefault(node.end_mark.line, []).append((path, key, node))
            if key is not None and key.start_mark.line != node.end_mark.line:
                on_line.setdefault(key.start_mark.line, []).append((path, key, node))
    before: dict[int, list[str]] = {}  # new line -> comment and blank lines to put above it
    after: dict[int, str] = {}  # new line -> comment to put at its end
    pending: list[str] = []
    for number, line in enumerate(old_lines[:-1] if old_lines[-1] == "" else old_lines):
        if number in inside:
            pending = []
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            pending.append(line)
            continue
        starts = line_paths.get(number)
        if pending and starts is not None and starts in new_start:
            before.setdefault(new_start[starts], []).extend(pending)
        pending = []
        if "#" not in line:
            continue
        col = _trailing_comment(line, spans.get(number, []))
        target = _trailing_target(
            on_line.get(number, []), number, col, new_entries, canonical_lines
        )
        if col is not None and target is not None:
            after[target] = line[len(line[:col].rstrip()) :]
    for number, comment in after.items():
        new_lines[number] += comment
    new_lines = [kept for n, line in enumerate(new_lines) for kept in (*before.get(n, ()), line)]
    if pending and any(p.strip() for p in pending):  # comments after the last entry
        tail = new_lines.pop() if new_lines and new_lines[-1] == "" else None
        new_lines.extend(pending)
        if tail is not None:
            new_lines.append(tail)
    return "\n".join(new_lines)


def _trailing_target(
    candidates: list[tuple[Path_, Node | None, Node]],
    line: int,
    col: int | None,
    new_entries: dict[Path_, tuple[Node | None, Node]],
    new_lines: list[str],
) -> int | None:
    """The new line a comment after a value (or after ``key:``) on old ``line`` belongs on: the
    line where the same value ends, when nothing follows it there."""
    if col is None:
        return None
    best: tuple[int, Path_, bool] | None = None
    for path, key, node in candidates:  # the old entries that end or are keyed on ``line``
        if node.end_mark.line == line and node.end_mark.column <= col and _one_line(node):
            candidate = (node.end_mark.column, path, False)
        elif key is not None and key.start_mark.line == line and node.start_mark.line > line:
            candidate = (key.end_mark.column, path, True)
        else:
            continue
        if best is None or candidate[0] > best[0]:
            best = candidate
    if best is None or best[1] not in new_entries:
        return None
    key, node = new_entries[best[1]]
    if best[2]:
        if key is None or node.start_mark.line == key.start_mark.line:
            return None
        number = key.start_mark.line
        return number if new_lines[number].rstrip().endswith(":") else None
    if not _one_line(node):
        return None
    number = node.end_mark.line
    rest = new_lines[number][node.end_mark.column :] if number < len(new_lines) else "x"
    return number if not rest.strip() else None


def lost_lines(old_text: str, new_text: str, limit: int = 20) -> list[str]:
    """What of ``old_text`` ``new_text`` does not keep, one note each: 'line N: text' for a line
    dropped or rewritten, 'line N moves: text' for one written elsewhere, and one note each for
    a byte-order mark, CRLF line ends and changed indentation (at most ``limit`` line notes)."""
    notes = []
    if old_text.startswith("\ufeff"):
        notes.append("the byte-order mark at the start of the file is dropped")
        old_text = old_text[1:]
    if "\r\n" in old_text:
        notes.append("Windows line ends (CRLF) become Unix line ends (LF)")
        old_text = old_text.replace("\r\n", "\n")
    old_lines, new_lines = old_text.split("\n"), new_text.split("\n")
    # One pass, linear even for thousands of identical lines (difflib is quadratic there): each
    # old line takes the next unused new line with the same text; one found only before the
    # current place has moved, one not found at all is lost.
    places: dict[str, list[int]] = {}
    for index, line in enumerate(new_lines):
        places.setdefault(line.strip(), []).append(index)
    used: dict[str, int] = {}
    lost, reindented, current = [], False, 0
    for number, line in enumerate(old_lines, start=1):
        bare = line.strip()
        if not bare:
            continue
        found, taken = places.get(bare, []), used.get(bare, 0)
        if taken >= len(found):
            lost.append((number, bare, False))
            continue
        used[bare] = taken + 1
        index = found[taken]
        if index < current:
            lost.append((number, bare, True))
            continue
        current = index + 1
        reindented = reindented or new_lines[index] != line
    if reindented:
        notes.append("indentation changes (nested lists are written one way)")
    for number, text, moved in lost[:limit]:
        where = f"line {number}{' moves' if moved else ''}"
        notes.append(f"{where}: {text[:80]}{'…' if len(text) > 80 else ''}")
    if len(lost) > limit:
        notes.append(f"and {len(lost) - limit} more lines")
    return notes
