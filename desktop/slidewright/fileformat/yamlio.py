"""YAML in and out: the C loader/dumper when PyYAML has them, safe types only.

Loading keeps the node tree so that a field error can name its line; saving emits one canonical
form (block style, literal blocks for multi-line text, quotes only where YAML would misread).
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # the C implementations are 5-10x faster; fall back to pure Python when libyaml is absent
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class DuplicateKey(Exception):
    def __init__(self, key: str, first: Node, second: Node) -> None:
        super().__init__(key)
        self.key = key
        self.first = first
        self.second = second


def compose(text: str) -> Node | None:
    """Parse YAML text into a node tree (raises yaml.YAMLError with a mark on bad syntax)."""
    loader = _BaseLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def check_duplicate_keys(node: Node) -> None:
    """PyYAML silently keeps the last of two equal keys; a writer would lose the first value."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, MappingNode):
            seen: dict[str, Node] = {}
            for key, value in current.value:
                if isinstance(key, ScalarNode):
                    if key.value in seen:
                        raise DuplicateKey(key.value, seen[key.value], key)
                    seen[key.value] = key
                stack.append(value)
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)


def construct(node: Node) -> Any:
    """Build Python data from a node tree with the safe constructor."""
    loader = _BaseLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


class _Flow(list):
    """A list written in flow style: ``categories: [Politics, Europe]``."""


class CanonicalDumper(_BaseDumper):  # type: ignore[misc, valid-type]
    pass


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_flow(dumper: yaml.SafeDumper, items: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(items), flow_style=True)


class DateText(str):
    """Date text written unquoted so Hugo and Jekyll read it as a date."""


def _represent_date_text(dumper: yaml.SafeDumper, text: DateText) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(text))


CanonicalDumper.add_representer(str, _represent_str)
CanonicalDumper.add_representer(_Flow, _represent_flow)
CanonicalDumper.add_representer(DateText, _represent_date_text)


def flow(items: list[Any]) -> list[Any]:
    return _Flow(items)


def dump(data: dict[str, Any]) -> str:
    text = yaml.dump(
        data,
        Dumper=CanonicalDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
    # After a keep-chomped block (``|+``) PyYAML closes the document with "...": the
    # front matter's closing --- already does that.
    return text[:-4] if text.endswith("\n...\n") else text


def date_to_text(value: Any) -> str | None:
    """A YAML date or timestamp as ISO text; None when ``value`` is not one."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return None
