"""YAML out (reading is :mod:`slidewright.fileformat.yamlload`): the C dumper when PyYAML has
it, safe types only, one canonical form (block style, literal blocks for multi-line text, quotes
wherever a YAML 1.1 or 1.2 reader could misread plain text).
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from slidewright.fileformat.yamlload import FrontMatterLoader

try:  # the C implementation is 5-10x faster; fall back to pure Python when libyaml is absent
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]

STR = "tag:yaml.org,2002:str"


class _Core12Resolver(yaml.resolver.BaseResolver):
    """How Slidewright (and Hugo, Jekyll) read a plain scalar: the YAML 1.2 core schema."""

    yaml_implicit_resolvers = FrontMatterLoader.yaml_implicit_resolvers


_CORE12 = _Core12Resolver()
_CORE12_FIRST = _Core12Resolver.yaml_implicit_resolvers  # first character -> resolvers


class _Flow(list[Any]):
    """A list written in flow style: ``categories: [Politics, Europe]``."""


class CanonicalDumper(_BaseDumper):
    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        """Text is written plain only when YAML 1.1 readers *and* 1.2 readers see text: ``no``
        and ``12:30`` (1.1) and ``0o17`` and ``1e5`` (1.2) are quoted."""
        tag = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        if tag == STR and implicit[0] and kind is ScalarNode and _CORE12_FIRST.get(value[:1]):
            return str(_CORE12.resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
        return tag


def _represent_str(dumper: Any, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)
    return node


def _represent_flow(dumper: Any, items: _Flow) -> yaml.SequenceNode:
    node: yaml.SequenceNode = dumper.represent_sequence(
        "tag:yaml.org,2002:seq", list(items), flow_style=True
    )
    return node


class DateText(str):
    """Date text written unquoted so Hugo and Jekyll read it as a date."""


def _represent_date_text(dumper: Any, text: DateText) -> yaml.ScalarNode:
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(text))
    return node


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
