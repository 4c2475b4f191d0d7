"""Sanitised HTML -> WordPress block-editor blocks, one per top-level element.

The body HTML comes from the project's one renderer (``render.markdown``), already sanitised and
serialised by html5ever (every element closed), so splitting it at the top level is exact.
Paragraphs, headings and lists become the editor's own blocks; anything else (quotes, code,
tables) a Custom HTML block, which WordPress shows exactly as written.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from html.parser import HTMLParser
from typing import Any

from slidewright.render.markdown import VOID_TAGS


class _TopLevel(HTMLParser):
    """Collects (tag, start, end) offsets of the top-level elements of a fragment."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        self.line_starts += [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.depth = 0
        self.start = 0
        self.tag = ""
        self.parts: list[tuple[str, int, int]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if self.depth == 0:
            self.start, self.tag = self._offset(), tag
            if tag in VOID_TAGS:
                end = self.start + len(self.get_starttag_text() or "")
                self.parts.append((tag, self.start, end))
                return
        if tag not in VOID_TAGS:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if self.depth == 0:
            start = self._offset()
            self.parts.append((tag, start, start + len(self.get_starttag_text() or "")))

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0:
            self.parts.append((self.tag, self.start, self._offset() + len(f"</{tag}>")))


def split_top_level(markup: str) -> list[tuple[str, str]]:
    """(tag, outer HTML) of each top-level element; loose text between them as ("", text)."""
    parser = _TopLevel(markup)
    parser.feed(markup)
    parser.close()
    pieces: list[tuple[str, str]] = []
    at = 0
    for tag, start, end in parser.parts:
        if markup[at:start].strip():
            pieces.append(("", markup[at:start].strip()))
        pieces.append((tag, markup[start:end]))
        at = end
    if markup[at:].strip():
        pieces.append(("", markup[at:].strip()))
    return pieces


_TAG = re.compile(r"<[^>]*>")


def text_direction(markup: str) -> str:
    """"rtl" or "ltr" by the first letter with a direction in ``markup``'s text (the rule
    browsers follow for ``dir="auto"``), "" when it has none (digits, punctuation only)."""
    for char in html.unescape(_TAG.sub("", markup)):
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""


def block(name: str, inner: str, attrs: dict[str, Any] | None = None) -> str:
    """One serialised block: ``<!-- wp:name {attrs} -->inner<!-- /wp:name -->``."""
    opening = f"<!-- wp:{name} {json.dumps(attrs, separators=(',', ':'))} -->" if attrs else ""
    opening = opening or f"<!-- wp:{name} -->"
    return f"{opening}\n{inner}\n<!-- /wp:{name} -->"


def html_blocks(markup: str, page_direction: str = "ltr") -> list[str]:
    """The blocks for a sanitised HTML fragment (a slide body, the intro). A paragraph whose own
    text runs the other way from the page (an Arabic quotation in an English article) gets the
    paragraph block's own ``direction``, as the preview shows it (article.css: each paragraph
    takes its direction from its first letters; WordPress's themes do not)."""
    blocks = []
    for tag, outer in split_top_level(markup):
        if tag == "p":
            own = text_direction(outer)
            if own and own != page_direction and outer.startswith("<p>"):
                outer = f'<p dir="{own}">' + outer[len("<p>") :]
                blocks.append(block("paragraph", outer, {"direction": own}))
                continue
            blocks.append(block("paragraph", outer))
        elif tag in ("h3", "h4", "h5", "h6"):
            blocks.append(block("heading", outer, {"level": int(tag[1])}))
        elif tag in ("ul", "ol"):
            blocks.append(block("list", outer, {"ordered": True} if tag == "ol" else None))
        else:
            blocks.append(block("html", outer))
    return blocks


PAGE_BREAK = block("nextpage", "<!--nextpage-->")
