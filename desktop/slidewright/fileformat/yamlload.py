"""Reading front matter: bounded work, YAML 1.2 meanings, and every bad value a located problem.

PyYAML's safe loader follows YAML 1.1, which surprises writers: ``publish_time: 12:30`` becomes
750 (sexagesimal), ``country: no`` becomes false, and a timestamp becomes a ``datetime`` that is
written back in another spelling. Hugo and Jekyll's readers follow YAML 1.2, so this loader does
too: only ``true``/``false`` are booleans, ``null``/``~``/nothing is null, decimal/``0o``/``0x``
integers and 1.2 floats are numbers, and everything else (dates included) stays text as written.

It also refuses what would make loading or saving unbounded: anchors and aliases (a 420-byte
alias bomb expands to gigabytes), nesting deeper than :data:`MAX_DEPTH` (saving recurses),
more than :data:`MAX_NODES` values, integers longer than :data:`MAX_INT_DIGITS` digits, and any
tag beyond the core ones. Each refusal is a :class:`ValueProblem` carrying the node or mark where
it happened, which the bundle reader turns into a FormatError with file, line and column.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode

from slidewright.model.dates import DateError, check_timestamp_text

try:  # the C parser is 5-10x faster; fall back to pure Python when libyaml is absent
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_DEPTH = 64  # an article is ~4 levels deep; site keys rarely reach 10
MAX_NODES = 100_000  # a 1,000-slide article has ~16,000
MAX_INT_DIGITS = 300

TAG = "tag:yaml.org,2002:"
_NULLS = ("", "~", "null", "Null", "NULL")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)


class ValueProblem(Exception):
    """A front matter value Slidewright refuses, and where it is."""

    def __init__(self, message: str, mark: Any) -> None:  # a yaml Mark (Python or C), or None
        super().__init__(message)
        self.message = message
        self.mark = mark


class DuplicateKey(ValueProblem):
    """Two keys that would become one: the first value would be silently lost."""

    def __init__(self, first: Node, second: Node) -> None:
        if first.value == second.value:
            message = f"{second.value!r} is given twice (also on line {{line}}); keep one so no text is lost"
        else:
            message = (
                f"{second.value!r} is the same key as {first.value!r} on line {{line}}; "
                "keep one so no text is lost"
            )
        super().__init__(message, second.start_mark)
        self.key = second.value
        self.first = first
        self.second = second


class FrontMatterLoader(_BaseLoader):
    """YAML 1.2 core schema resolution; only the core tags construct."""

    yaml_implicit_resolvers = {}  # filled below, YAML 1.2 core
    yaml_constructors = {}  # only the core tags (below)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueProblem, yaml.YAMLError):
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            raise ValueProblem(f"this value cannot be read ({error})", node.start_mark) from None

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        """Like PyYAML's, but two keys that are equal once built (``1`` and ``1.0``, ``true`` and
        ``True``) are an error rather than a silent overwrite; ``<<`` is an ordinary key."""
        if not isinstance(node, MappingNode):
            raise ConstructorError(
                None, None, f"expected a mapping, found {type(node).__name__}", node.start_mark
            )
        mapping: dict[Any, Any] = {}
        first: dict[Any, Node] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                seen = key in first
            except TypeError:
                raise ValueProblem(
                    "a key must be text or a number, not a list or mapping", key_node.start_mark
                ) from None
            if seen:
                raise DuplicateKey(first[key], key_node)
            first[key] = key_node
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _resolver(tag: str, pattern: str, first: str) -> None:
    FrontMatterLoader.add_implicit_resolver(TAG + tag, re.compile(f"^(?:{pattern})$"), list(first))


_resolver("null", r"~|null|Null|NULL|", "~nN")
FrontMatterLoader.yaml_implicit_resolvers.setdefault("", []).append(
    (TAG + "null", re.compile("^$"))
)
_resolver("bool", r"true|True|TRUE|false|False|FALSE", "tTfF")
_resolver("int", _INT.pattern, "-+0123456789")
_resolver("float", _FLOAT.pattern, "-+.0123456789")


def _scalar(loader: FrontMatterLoader, node: Node) -> str:
    if not isinstance(node, ScalarNode):
        raise ValueProblem(
            f"{node.tag.replace(TAG, '!!')} needs a single value here", node.start_mark
        )
    return str(node.value)


def _null(loader: FrontMatterLoader, node: Node) -> None:
    if _scalar(loader, node) not in _NULLS:
        raise ValueProblem(f"!!null cannot hold {node.value!r}", node.start_mark)
    return None


def _bool(loader: FrontMatterLoader, node: Node) -> bool:
    text = _scalar(loader, node)
    if text not in _BOOLS:
        raise ValueProblem(f"{text!r} is not true or false", node.start_mark)
    return _BOOLS[text]


def _int(loader: FrontMatterLoader, node: Node) -> int:
    text = _scalar(loader, node)
    if not _INT.fullmatch(text):
        raise ValueProblem(f"{text[:40]!r} is not a whole number", node.start_mark)
    digits = len(text.lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        raise ValueProblem(
            f"a number {digits:,} digits long is not something an article needs; "
            "put it in quotes if it is text",
            node.start_mark,
        )
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _float(loader: FrontMatterLoader, node: Node) -> float:
    text = _scalar(loader, node)
    if not _FLOAT.fullmatch(text) or len(text) > MAX_INT_DIGITS:
        raise ValueProblem(f"{text[:40]!r} is not a number", node.start_mark)
    if text.lower().lstrip("+-") == ".inf":
        return -math.inf if text.startswith("-") else math.inf
    if text.lower() == ".nan":
        return math.nan
    return float(text)


def _timestamp(loader: FrontMatterLoader, node: Node) -> str:
    """An explicit ``!!timestamp``: checked to be a real date, then kept as the text written."""
    text = _scalar(loader, node)
    try:
        check_timestamp_text(text)
    except DateError as error:
        raise ValueProblem(str(error), node.start_mark) from None
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _str(loader: FrontMatterLoader, node: Node) -> str:
    """Text, refusing lone surrogates (``"\\ud800"``): they cannot be saved as UTF-8."""
    text = _scalar(loader, node)
    if _SURROGATE.search(text):
        raise ValueProblem(
            "this text holds an escape (\\ud800-\\udfff) that is not a character; remove it",
            node.start_mark,
        )
    return text


def _unknown(loader: FrontMatterLoader, node: Node) -> Any:
    tag = node.tag.replace(TAG, "!!")
    raise ValueProblem(
        f"the tag {tag} is not allowed in an article's front matter; remove it", node.start_mark
    )


for _tag, _constructor in (
    ("null", _null),
    ("bool", _bool),
    ("int", _int),
    ("float", _float),
    ("timestamp", _timestamp),
    ("str", _str),
    ("seq", yaml.constructor.SafeConstructor.construct_yaml_seq),
    ("map", yaml.constructor.SafeConstructor.construct_yaml_map),
):
    FrontMatterLoader.add_constructor(TAG + _tag, _constructor)
FrontMatterLoader.add_constructor(None, _unknown)


def check_bounds(text: str) -> None:
    """Walk the parse events (linear, constant memory) before anything is built: refuse anchors,
    aliases, nesting beyond :data:`MAX_DEPTH` and more than :data:`MAX_NODES` values."""
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ValueProblem(
                "anchors (&name) and aliases (*name) are not used in articles; "
                "write the value out in full",
                event.start_mark,
            )
        if isinstance(event, yaml.ScalarEvent):
            nodes += 1
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            depth += 1
            if depth > MAX_DEPTH:
                raise ValueProblem(
                    f"values are nested more than {MAX_DEPTH} levels deep here", event.start_mark
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if nodes > MAX_NODES:
            raise ValueProblem(
                f"the front matter holds more than {MAX_NODES:,} values", event.start_mark
            )


def compose(text: str, bounded: bool = True) -> Node | None:
    """Check the bounds, then parse YAML text into a node tree (yaml.YAMLError on bad syntax).
    ``bounded=False`` skips the check, for text Slidewright has just written itself."""
    if bounded:
        check_bounds(text)
    loader = FrontMatterLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct(node: Node) -> Any:
    """Build Python data from a composed node tree (ValueProblem for a value refused)."""
    loader = FrontMatterLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load(text: str) -> Any:
    """Compose and construct in one go (for importers reading someone's front matter)."""
    node = compose(text)
    return None if node is None else construct(node)
