"""A small element tree built with the standard library's HTML parser (no regular expressions).

The tree is at most ``MAX_DEPTH`` deep: tags nested deeper (a hostile page, or thousands of tags
left open) are read as plain text inside the deepest element, so walking the tree never recurses
without bound and a page of 100,000 nested ``<div>``s imports in linear time.

It also holds at most ``MAX_ELEMENTS`` elements, and no start tag is longer than ``MAX_TAG``
characters: under the 10 MB file limit a page of two million ``<br>``s took over a minute and a
gigabyte, one tag with 900,000 attributes nearly as much. Such a page raises ``PageTooLarge``
while it is read, before the memory is spent.
"""

from __future__ import annotations

import re
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
MAX_ELEMENTS = 100_000  # a long saved news page holds a few thousand; a 500-picture gallery 20,000
MAX_TAG = 64 * 1024  # characters in one start tag; a real one with a long srcset is a few thousand


# The standard parser's rule for where a start tag ends (html.parser's "tolerant" one), run here
# over at most MAX_TAG characters: run over a whole hostile tag its backtracking holds memory for
# every attribute.
_START_TAG = re.compile(
    r"""<[a-zA-Z][^\t\n\r\f />\x00]*(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*"""
    r"""(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*)*)?\s*"""
)


class PageTooLarge(ValueError):
    """The page holds more elements, or a longer tag, than any article page does."""


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
        self.elements = 0

    def parse_starttag(self, i: int) -> int:
        """The standard parser's, after checking the tag is not longer than MAX_TAG: it reads
        the whole tag and its attributes before any handler sees them."""
        found = _START_TAG.match(self.rawdata, i, i + MAX_TAG + 1)
        if found is not None and found.end() > i + MAX_TAG:
            raise PageTooLarge(
                f"one HTML tag is longer than {MAX_TAG // 1024} KB (a page's tags are a few "
                "hundred characters); this is not an article page"
            )
        return super().parse_starttag(i)

    def _count(self) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise PageTooLarge(
                f"more than {MAX_ELEMENTS:,} HTML elements (a long article page has a few "
                "thousand); this is not an article page"
            )

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
        self._count()
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.too_deep:
            return
        self._count()
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
    """The tree, and whether tags nested deeper than MAX_DEPTH were read as text; raises
    PageTooLarge for a page beyond MAX_ELEMENTS or MAX_TAG."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root, builder.flattened
