"""What a reader sees or hears of a page, and which of the page's own English words are in it
(issue 31): the text outside scripts and styles, and the attributes read aloud or shown
(aria-label, aria-valuetext, alt, title, and the data- words slideshow.js writes)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from slidewright.render.messages import catalogue

SPOKEN = {"aria-label", "aria-valuetext", "alt", "title", "data-sw-end", "data-sw-slide-of"}
_FIELD = re.compile(r"\{[a-z_]+\}")


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.extend(v for k, v in attrs if k in SPOKEN and v)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def page_words(html: str) -> str:
    parser = _Words()
    parser.feed(html)
    return "\n".join(parser.parts)


def _phrases(lang: str) -> set[str]:
    return {
        part.strip().casefold()
        for text in catalogue(lang).values()
        for part in _FIELD.split(text)
        if part.strip()
    }


def english_words(html: str, lang: str) -> list[str]:
    """The English catalogue's phrases (each text cut at its {fields}) that a page in ``lang``
    shows, leaving out those its own catalogue writes the same ("source" in French)."""
    own = _phrases(lang)
    text = page_words(html)
    found = []
    for phrase in sorted(_phrases("en") - own):
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE):
            found.append(phrase)
    return found
