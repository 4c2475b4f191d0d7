"""The article's own description of itself in a saved page's schema.org JSON-LD
(``<script type="application/ld+json">``): news sites built on Arc, WordPress SEO plugins and
most CMSs write its author, publication date and section there even when the visible byline is
drawn by a script and was not saved."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from slidewright.importers.htmltree import Element

MAX_JSON = 256 * 1024  # a page's JSON-LD is a few KB; a larger script is not read
MAX_NODES = 2_000  # objects looked at, in case a page nests its graph deep or wide
_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "report",
    "webpage",  # only when no article type is present (see linked_data)
}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class LinkedData:
    author: str = ""
    date: str = ""
    section: str = ""


def _objects(data: object) -> Iterator[dict[str, object]]:
    """Every object in the JSON, breadth first, at most MAX_NODES (no recursion)."""
    queue: list[object] = [data]
    seen = 0
    while queue and seen < MAX_NODES:
        item = queue.pop(0)
        seen += 1
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(item)


def _types(node: dict[str, object]) -> set[str]:
    kind = node.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _names(value: object) -> list[str]:
    people = value if isinstance(value, list) else [value]
    names = []
    for person in people[:4]:
        name = person.get("name") if isinstance(person, dict) else person
        if isinstance(name, str) and 0 < len(name.split()) <= 6:
            names.append(" ".join(name.split()))
    return names


def _first_text(value: object) -> str:
    first = value[0] if isinstance(value, list) and value else value
    return " ".join(first.split()) if isinstance(first, str) and len(first) <= 60 else ""


def linked_data(root: Element) -> LinkedData:
    """Author(s), ISO date and section of the page's article node, or empty fields."""
    found: list[dict[str, object]] = []
    for script in root.iter():
        if script.tag != "script" or "ld+json" not in script.attrs.get("type", "").lower():
            continue
        text = "".join(c for c in script.children if isinstance(c, str))
        if len(text) > MAX_JSON:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        found.extend(n for n in _objects(data) if _types(n) & _ARTICLE_TYPES)
    articles = [n for n in found if _types(n) - {"webpage"}] or found
    if not articles:
        return LinkedData()
    node = articles[0]
    date = node.get("datePublished") or node.get("dateCreated") or ""
    day = date[:10] if isinstance(date, str) and _ISO_DAY.match(date) else ""
    return LinkedData(
        author=" and ".join(_names(node.get("author"))),
        date=day,
        section=_first_text(node.get("articleSection")),
    )
