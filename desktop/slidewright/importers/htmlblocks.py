"""Rendered HTML back to the Markdown it was rendered from: the paragraphs, lists, quotes,
headings and code blocks of a slide's body in a page Slidewright exported (render/markdown.py
made them). Inline content (links, emphasis, code) is the saved-page importer's own reading."""

from __future__ import annotations

from slidewright.importers.html import inline_markdown
from slidewright.importers.htmltree import SKIP, Element

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTAINERS = {"div", "section", "article", "figure", "main", "header", "footer", "aside"}


def blocks_markdown(element: Element) -> str:
    """``element``'s children as Markdown blocks, one blank line apart."""
    blocks: list[str] = []
    loose: list[Element | str] = []  # inline content outside any block (text, <a>, <em>)

    def flush() -> None:
        if loose:
            text = inline_markdown(Element("p", children=list(loose)))
            if text:
                blocks.append(text)
            loose.clear()

    for child in element.children:
        if isinstance(child, str) or child.tag not in _BLOCK_TAGS:
            if not (isinstance(child, Element) and child.tag in SKIP):
                loose.append(child)
            continue
        flush()
        if text := _block(child):
            blocks.append(text)
    flush()
    return "\n\n".join(blocks)


def _block(element: Element) -> str:
    tag = element.tag
    if tag == "p":
        return inline_markdown(element)
    if tag in _HEADINGS:
        return f"{'#' * _HEADINGS[tag]} {inline_markdown(element)}"
    if tag in ("ul", "ol"):
        return _list(element)
    if tag == "blockquote":
        inner = blocks_markdown(element)
        return "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))
    if tag == "pre":
        code = "".join(_raw_text(element)).strip("\n")
        return f"```\n{code}\n```"
    if tag == "hr":
        return "---"
    return blocks_markdown(element)  # a container: its blocks


def _list(element: Element) -> str:
    lines: list[str] = []
    start = element.attrs.get("start", "")
    number = int(start) if start.isdigit() and len(start) < 6 else 1
    for item in (c for c in element.children if isinstance(c, Element) and c.tag == "li"):
        marker = f"{number}." if element.tag == "ol" else "-"
        number += 1
        text = blocks_markdown(item)
        indent = " " * (len(marker) + 1)
        first, *rest = text.split("\n") if text else [""]
        lines.append(f"{marker} {first}".rstrip())
        lines.extend(f"{indent}{line}" if line else "" for line in rest)
    return "\n".join(lines)


def _raw_text(element: Element) -> list[str]:
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            stack.extend(reversed(node.children))
    return parts


_BLOCK_TAGS = {"p", "ul", "ol", "blockquote", "pre", "hr", *_HEADINGS, *_CONTAINERS}
