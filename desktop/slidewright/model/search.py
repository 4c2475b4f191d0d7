"""Find and replace across a whole article: every slide, every text field a writer types in.

Pure logic, no Qt, so the window's Find bar is a thin layer over what is tested here. A match is
named by where it is (the slide, or ``None`` for the article's own fields, the field, and the
character offsets inside that field's text), which is what the window needs to show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slidewright.model.article import SLIDE_FIELDS, Article

# The article's own fields a writer types prose in, in the order the Article pane shows them.
ARTICLE_SEARCHED = ("title", "description", "author", "credit_label", "intro")
# A slide's text fields in catalogue order (not the image path, links or check boxes).
SLIDE_SEARCHED = tuple(spec.name for spec in SLIDE_FIELDS if spec.kind in ("text", "markdown"))
LONGEST_QUERY = 1_000  # a pasted page in the Find box is not a search anyone means


@dataclass(frozen=True, order=True)
class Place:
    """A field: ``slide`` -1 for the article's own fields (they come first), then each slide."""

    slide: int
    order: int  # the field's position in its list, so places sort in reading order
    field: str


@dataclass(frozen=True, order=True)
class Match:
    place: Place
    start: int
    end: int

    @property
    def slide(self) -> int | None:
        return None if self.place.slide < 0 else self.place.slide

    @property
    def field(self) -> str:
        return self.place.field


@dataclass(frozen=True)
class Query:
    text: str
    match_case: bool = False
    whole_word: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled search, or None when there is nothing (sensible) to look for."""
        if not self.text or len(self.text) > LONGEST_QUERY:
            return None
        body = re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)


def places(article: Article) -> list[tuple[Place, str]]:
    """Every searched field with its text, in reading order."""
    found = [
        (Place(-1, order, name), getattr(article, name))
        for order, name in enumerate(ARTICLE_SEARCHED)
    ]
    for index, slide in enumerate(article.slides):
        for order, name in enumerate(SLIDE_SEARCHED):
            found.append((Place(index, order, name), getattr(slide, name)))
    return found


def find_all(article: Article, query: Query) -> list[Match]:
    """Every match, in reading order (article fields, then slide by slide, field by field)."""
    pattern = query.pattern()
    if pattern is None:
        return []
    return [
        Match(place, hit.start(), hit.end())
        for place, text in places(article)
        if text
        for hit in pattern.finditer(text)
    ]


def place_of(article: Article, slide: int | None, field: str) -> Place | None:
    """The Place for a field the cursor is in (None for a field that is not searched)."""
    if slide is None and field in ARTICLE_SEARCHED:
        return Place(-1, ARTICLE_SEARCHED.index(field), field)
    if slide is not None and 0 <= slide < len(article.slides) and field in SLIDE_SEARCHED:
        return Place(slide, SLIDE_SEARCHED.index(field), field)
    return None


def next_match(matches: list[Match], after: Match | None, backwards: bool = False) -> Match | None:
    """The match after (or before) ``after``, wrapping around the article; None when none."""
    if not matches:
        return None
    if after is None:
        return matches[-1] if backwards else matches[0]
    if backwards:
        earlier = [m for m in matches if (m.place, m.start) < (after.place, after.start)]
        return earlier[-1] if earlier else matches[-1]
    later = [m for m in matches if (m.place, m.start) > (after.place, after.start)]
    return later[0] if later else matches[0]


def replaced(text: str, query: Query, replacement: str) -> tuple[str, int]:
    """``text`` with every match replaced (the replacement taken literally), and how many."""
    pattern = query.pattern()
    if pattern is None or not text:
        return text, 0
    return pattern.subn(lambda _hit: replacement, text)


def replace_all(article: Article, query: Query, replacement: str) -> dict[Place, str]:
    """The new text of every field that changes; the caller applies them (as one undo step)."""
    changes = {}
    for place, text in places(article):
        new, count = replaced(text, query, replacement)
        if count:
            changes[place] = new
    return changes
