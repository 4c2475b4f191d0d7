"""A published SVG's CSS rebuilt from what draws: its ``<style>``, ``style="…"`` and the
presentation attributes (``fill="…"``), which are the same properties.

CSS carries words a drawing never shows: custom properties (``--owner: "Jane Doe, 12 Rue X"``),
``content: "…"``, comments, ``@font-face`` and ``url(…)`` that fetch (a tracker, a local file),
``@import`` and at-rules a browser skips. Rather than look for those, this keeps only what it
knows: rules whose selectors are SVG elements, classes, ids and a few structural pseudo-classes,
``@media`` with a plain query, and declarations of a drawing property (``svgcsswords.py``) whose
value is made only of numbers, ``#colours``, ``url(#id)`` and CSS's own words. Everything kept is
written anew from those pieces, never copied, so what the reading got wrong can only drop more.
A sheet with an escape (``\\72``, which can spell any word) is dropped whole.

Time and memory stay bounded: a sheet or ``style`` is read in one pass by regular expressions
with no backtracking; one longer than a drawing ever has (``MAX_CSS_CHARS``) or nesting blocks
deeper than CSS ever needs (``MAX_NESTING``) is refused (``CssRefused``), never parsed."""

from __future__ import annotations

import re

from slidewright.errors import SlidewrightError
from slidewright.fileformat.svgattributes import DRAWING_ELEMENTS
from slidewright.fileformat.svgcsswords import (
    FONTS,
    FUNCTIONS,
    GENERIC_FAMILIES,
    KEYWORDS,
    MEDIA_FEATURES,
    MEDIA_WORDS,
    PROPERTIES,
    UNITS,
)

MAX_CSS_CHARS = 256 * 1024  # Illustrator's longest class sheets are tens of KB
MAX_NESTING = 8  # @media { rect { } } is two deep; nesting CSS a few more

_PIECES = re.compile(  # strings and comments whole, so a brace inside either is not structure
    r"\"[^\"\n]*(?:\"|$)|'[^'\n]*(?:'|$)|/\*.*?(?:\*/|\Z)|[{};]|[^\"'{};/]+|/", re.S | re.M
)
_VALUE = re.compile(
    r"""(?P<space>\s+)|(?P<punct>[,/()*+]|-(?=\s))
    |(?P<hash>\#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})(?![\w-]))
    |(?P<url>url\(\s*(?P<q>['"]?)\#(?P<target>[^\s#()'",;{}>\\]+)(?P=q)\s*\))
    |(?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?P<unit>%|[a-zA-Z]+)?)
    |(?P<function>-?[a-zA-Z][\w-]*)\(
    |(?P<word>-?[a-zA-Z_][\w-]*)
    |(?P<string>"[^"]*"|'[^']*')""",
    re.X | re.A,
)
_SELECTOR = re.compile(
    r"""(?P<combinator>\s*[>+~]\s*|\s*,\s*|\s+)|(?P<star>\*)|(?P<type>[A-Za-z][A-Za-z0-9]*)
    |(?P<name>[.\#](?:[A-Za-z_-]|[^\x00-\x7f])(?:[\w-]|[^\x00-\x7f])*)
    |:(?P<pseudo>[a-z-]+)(?:\(\s*(?:[0-9n+\s-]+|odd|even)\s*\))?""",
    re.X | re.A,
)
_PSEUDO = frozenset(
    """root first-child last-child only-child nth-child nth-last-child first-of-type
    last-of-type only-of-type nth-of-type nth-last-of-type hover""".split()
)
_MEDIA = re.compile(
    r"(?P<space>\s+|,)|\(\s*(?P<feature>[a-z-]+)\s*(?::\s*(?P<value>[\w.%-]+)\s*)?\)"
    r"|(?P<word>[a-z-]+)",
    re.A,
)
_AT_RULE = re.compile(r"@([A-Za-z-]+)(.*)", re.S)
_IMPORTANT = re.compile(r"!\s*important\s*$", re.I)


class CssRefused(SlidewrightError):
    """A stylesheet too large or too deeply nested to read; the message says which."""


class Names:
    """Neutral names (``i1``, ``c1``, ``r1``) for one drawing's ids, classes and filter results:
    what an author typed in a layers panel (``janes-flat``) is not published, and every
    reference still finds its element (one that found none still finds none)."""

    def __init__(self) -> None:
        self._given: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def __call__(self, kind: str, name: str) -> str:
        """The neutral name for ``name``, a ``kind`` (``i``: id, ``c``: class, ``r``: result)."""
        given = self._given.get((kind, name))
        if given is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            given = self._given[(kind, name)] = f"{kind}{self._counts[kind]}"
        return given


def _pieces(css: str) -> list[str]:
    """``css`` cut into strings, braces, semicolons and the text between (comments as a space,
    as a CSS reader takes them); raises CssRefused for a sheet nobody draws with."""
    if len(css) > MAX_CSS_CHARS:
        raise CssRefused(f"its CSS is {len(css) // 1024:,} KB (a drawing needs a few)")
    pieces = [" " if p.startswith("/*") else p for p in _PIECES.findall(css)]
    depth = 0
    for piece in pieces:
        depth += (piece == "{") - (piece == "}" and depth > 0)
        if depth > MAX_NESTING:
            raise CssRefused(f"its CSS nests blocks more than {MAX_NESTING} deep")
    return pieces


def _items(pieces: list[str], start: int, end: int) -> list[tuple[str, tuple[int, int] | None]]:
    """The statements between ``start`` and ``end``: each prelude with its block's bounds, or
    None for one ended by ``;`` (a declaration, ``@import``) or by the end."""
    items: list[tuple[str, tuple[int, int] | None]] = []
    prelude: list[str] = []
    i = start
    while i < end:
        piece = pieces[i]
        if piece == "{":
            depth, j = 1, i + 1
            while j < end and depth:
                depth += (pieces[j] == "{") - (pieces[j] == "}")
                j += 1
            items.append(("".join(prelude), (i + 1, j - 1 if not depth else j)))
            prelude, i = [], j
            continue
        if piece in (";", "}"):
            if piece == ";":
                items.append(("".join(prelude), None))
            prelude = []
        else:
            prelude.append(piece)
        i += 1
    if "".join(prelude).strip():
        items.append(("".join(prelude), None))
    return items


def clean_stylesheet(css: str, names: Names) -> str:
    """The rules of ``css`` that draw, written anew ('' when none does)."""
    if "\\" in css:
        return ""
    pieces = _pieces(css)
    rules: list[str] = []
    for prelude, block in _items(pieces, 0, len(pieces)):
        if block is None:
            continue  # @import, @charset, @namespace, or words outside any rule
        if not prelude.lstrip().startswith("@"):
            rules.append(_rule(pieces, prelude, block, names))
            continue
        at = _AT_RULE.match(prelude.strip())
        media = clean_media(at.group(2)) if at and at.group(1).lower() == "media" else None
        if media is not None:
            inner = [_rule(pieces, p, b, names) for p, b in _items(pieces, *block) if b]
            if any(inner):
                rules.append(f"@media {media} {{\n" + "\n".join(r for r in inner if r) + "\n}")
    return "\n".join(rule for rule in rules if rule)


def _rule(pieces: list[str], prelude: str, block: tuple[int, int], names: Names) -> str:
    selector = clean_selector(prelude, names)
    if selector is None:
        return ""
    kept = [_declaration(text, names) for text, inner in _items(pieces, *block) if not inner]
    declarations = "; ".join(d for d in kept if d)
    return f"{selector} {{ {declarations} }}" if declarations else ""


def clean_declarations(css: str, names: Names) -> str:
    """A ``style="…"`` attribute's declarations that draw ('' when none does)."""
    if "\\" in css:
        return ""
    pieces = _pieces(css)
    kept = [
        _declaration(text, names) for text, block in _items(pieces, 0, len(pieces)) if not block
    ]
    return "; ".join(d for d in kept if d)


def _declaration(text: str, names: Names) -> str | None:
    name, colon, value = text.partition(":")
    name = name.strip().lower()
    if not colon or name not in PROPERTIES:
        return None
    important = _IMPORTANT.search(value)
    if important:
        value = value[: important.start()]
    kept = clean_value(name, value, names)
    if kept is None and name == "font-family" and value.strip():
        kept = "initial"  # only families nobody may have: the reader's default, as before
    return f"{name}: {kept}{' !important' if important else ''}" if kept else None


def clean_value(name: str, value: str, names: Names) -> str | None:
    """``value`` of property (or presentation attribute) ``name`` if every word of it is CSS's,
    spaces made single and ``url(#id)`` named by ``names``; None when anything else is in it. A
    font family list keeps the families every reader may have."""
    value = " ".join(value.split())
    if name == "font-family":
        families = [f.strip() for f in value.split(",")]
        known = [f for f in families if _is_font(f) or f.lower() in GENERIC_FAMILIES]
        return ", ".join(known) or None
    kept: list[str] = []
    at = 0
    while at < len(value):
        token = _VALUE.match(value, at)
        if token is None or not _is_drawing_word(token, name):
            return None
        target = token.group("target")
        kept.append(f"url(#{names('i', target)})" if target else token.group())
        at = token.end()
    return "".join(kept) or None


def _is_drawing_word(token: re.Match[str], name: str) -> bool:
    kind = token.lastgroup
    if kind in ("space", "punct", "hash", "url"):
        return True
    if kind == "number":
        unit = token.group("unit")
        return unit is None or unit.lower() in UNITS
    if kind == "function":
        return token.group("function").lower() in FUNCTIONS - {"url"}
    if kind == "word":
        word = token.group("word")
        return word.lower() in KEYWORDS or (name == "font" and _is_font(word))
    return kind == "string" and name == "font" and _is_font(token.group())


def _is_font(family: str) -> bool:
    """A family every system may have (quoted or not), never a name someone made up."""
    if len(family) > 1 and family[0] in "\"'" and family[-1] == family[0]:
        family = family[1:-1]
    return " ".join(family.split()).casefold() in FONTS


def clean_selector(selector: str, names: Names) -> str | None:
    """``selector`` if it names only SVG elements, classes and ids (with structural
    pseudo-classes and combinators), spaces made single and classes and ids named by
    ``names``; else None."""
    selector = " ".join(selector.split())
    kept: list[str] = []
    at = 0
    while at < len(selector):
        token = _SELECTOR.match(selector, at)
        if token is None:
            return None
        kind = token.lastgroup
        if kind == "type" and token.group("type") not in DRAWING_ELEMENTS:
            return None
        if kind == "pseudo" and token.group("pseudo") not in _PSEUDO:
            return None  # ::before/::after (content), :not(…) and the like draw nothing here
        text = token.group()
        if kind == "name":
            text = text[0] + names("i" if text[0] == "#" else "c", text[1:])
        kept.append(text)
        at = token.end()
    return "".join(kept) or None


def clean_media(query: str) -> str | None:
    """A media query of plain media types and features (``screen and (prefers-color-scheme:
    dark)``), spaces made single; else None."""
    query = " ".join(query.split())
    at = 0
    while at < len(query):
        token = _MEDIA.match(query, at)
        if token is None:
            return None
        kind, value = token.lastgroup, token.group("value")
        if kind == "word" and token.group("word") not in MEDIA_WORDS:
            return None
        if kind == "feature" or value is not None:
            if token.group("feature") not in MEDIA_FEATURES:
                return None
            if value is not None and value not in MEDIA_WORDS and not _is_length(value):
                return None
        at = token.end()
    return query or None


def _is_length(value: str) -> bool:
    token = _VALUE.fullmatch(value)
    return token is not None and token.lastgroup == "number" and _is_drawing_word(token, "")
