"""The <img> and <source> elements of an exported page, with their attributes (renditions tests)."""

from __future__ import annotations

from html.parser import HTMLParser


class Images(HTMLParser):
    """The <img> and <source> elements of a page, with their attributes."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.imgs: list[dict[str, str | None]] = []
        self.sources: list[dict[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.imgs.append(dict(attrs))
        elif tag == "source":
            self.sources.append(dict(attrs))
