"""A small element tree built with the standard library's HTML parser (no regular expressions).

The tree is at most ``MAX_DEPTH`` deep: tags nested deeper (a hostile page, or thousands of tags
left open) are read as plain text inside the deepest element, so walking the tree never recurses
without bound and a page of 100,000 nested ``<div>``s imports in linear time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
MAX_DEPTH = 200  # the renderer's limit too; real pages nest a few dozen deep
# A start tag of these closes an open <p> (HTML does the same): pages often leave <p> unclosed,
# and without this each paragraph would nest inside the one before.
CLOSES_P = {
    "p", "div", "section", "article", "aside", "blockquote", "figure", "figcaption", "footer",
    "header", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "main", "nav", "ol", "ul", "pre", "table",
}  # fmt: skip
SKIP = {"script", "style", "noscript", "template", "svg"}
BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "figure",
    "figcaption",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "br",
    "tr",
    "table",
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False)
    # (in site chrome, inside article content): worked out once per element, see htmlchrome
    placement: tuple[bool, bool] | None = field(default=None, repr=False, compare=False)

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order (no recursion)."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(c for c in reversed(element.children) if isinstance(c, Element))

    def find(self, tag: str) -> Element | None:
        return next((e for e in self.iter() if e.tag == tag), None)

    def text(self) -> str:
        parts: list[str] = []
        self._text(parts)
        return " ".join("".join(parts).split())

    def _text(self, parts: list[str]) -> None:
        stack: list[Element | str] = list(reversed(self.children))
        while stack:
            child = stack.pop()
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in SKIP:
                if child.tag in BLOCK:
                    parts.append(" ")
                stack.extend(reversed(child.children))

    def classes(self) -> str:
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}".lower()

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.current = self.root
        self.depth = 0  # of ``current`` below the root
        self.too_deep = 0  # start tags beyond MAX_DEPTH still open (read as text)
        self.flattened = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.too_deep:
            if tag not in VOID:
                self.too_deep += 1
            return
        if tag in CLOSES_P and self.current.tag == "p" and self.current.parent is not None:
            self.current = self.current.parent
            self.depth -= 1
        if tag not in VOID and self.depth >= MAX_DEPTH:
            self.too_deep, self.flattened = 1, True
            return
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.too_deep:
            return
        self.current.children.append(
            Element(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        )

    def handle_endtag(self, tag: str) -> None:
        if self.too_deep:  # closes the innermost of the tags read as text
            if tag not in VOID:
                self.too_deep -= 1
            return
        node: Element | None = self.current
        depth = self.depth
        while node is not None and node.tag != tag:
            node, depth = node.parent, depth - 1
        if node is not None and node.parent is not None:  # close it (and anything left open inside)
            self.current, self.depth = node.parent, depth - 1

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(text: str) -> Element:
    return parse_html_noting_depth(text)[0]


def parse_html_noting_depth(text: str) -> tuple[Element, bool]:
    """The tree, and whether tags nested deeper than MAX_DEPTH were read as text."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root, builder.flattened
