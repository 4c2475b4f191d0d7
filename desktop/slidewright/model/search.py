"""Find and replace across a whole article: every text the article publishes.

Pure logic, no Qt, so the window's Find bar is a thin layer over what is tested here. A match is
named by where it is (the slide, or ``None`` for the article's own fields, the field, and the
character offsets inside that field's text), which is what the window needs to show it.

A search matches what the reader sees: in Markdown the words of a link are searched, never its
address (``[text](url)``, ``![alt](src)``, ``<https://…>``, an HTML tag's attributes), so that a
Replace All can never break a link. Tags and categories are searched one entry at a time (shown
as the pane shows them, ``a, b, c``), and the read-more block's heading, titles and credits too.
"""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass
from typing import Any

from slidewright.model.article import SLIDE_FIELDS, Article, ReadMore
from slidewright.model.operations import split_list

# The Article tab's fields a writer types prose in, in the order the tab shows them; the
# read-more block (heading, then each link's title and credit) comes after them.
ARTICLE_SEARCHED = (
    "title",
    "description",
    "categories",
    "tags",
    "author",
    "credit_label",
    "intro",
)
LIST_FIELDS = ("categories", "tags")
LIST_SEPARATOR = ", "  # how the article pane shows a list, so offsets are the field's
READ_MORE_HEADING = "read_more_heading"
# a link's title, its credit, its caption (the item's attribute after the prefix)
READ_MORE_ITEM_FIELDS = ("read_more_title", "read_more_credit", "read_more_caption")
# A slide's text fields in catalogue order (not the image path, links or check boxes).
SLIDE_SEARCHED = tuple(
    spec.name for spec in SLIDE_FIELDS if spec.kind in ("text", "inline", "markdown")
)
MARKDOWN_FIELDS = frozenset(  # a caption's inline Markdown too: its link words, not its address
    {"intro", "read_more_caption"}
    | {spec.name for spec in SLIDE_FIELDS if spec.kind in ("markdown", "inline")}
)
LONGEST_QUERY = 1_000  # a pasted page in the Find box is not a search anyone means

# What a reader never sees as text. In Markdown: a link's or image's address and title, a
# reference definition, a reference label, an autolink, an HTML tag or comment; anywhere: a bare
# web address (it is linked, so changing it breaks the link).
_MARKDOWN_HIDDEN = re.compile(
    r"(?<=\])\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
    r"|(?<=\])\[[^\]\n]*\]"
    r"|^ {0,3}\[[^\]\n]+\]:[^\n]*"
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>"
    r"|<[^<>\s@]+@[^<>\s]+>"
    r"|<!--.*?-->"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
    re.MULTILINE | re.DOTALL,
)
_BARE_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\[\]()]+", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Place:
    """A field: ``slide`` -1 for the article's own fields (they come first), then each slide."""

    slide: int
    order: int  # the field's position in its list, so places sort in reading order
    field: str
    item: int = -1  # which read-more link, for a link's title or credit

    @property
    def markdown(self) -> bool:
        return self.field in MARKDOWN_FIELDS


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


def _read_more_places(read_more: ReadMore | None) -> list[tuple[Place, str]]:
    if read_more is None:
        return []
    base = len(ARTICLE_SEARCHED)
    found = [(Place(-1, base, READ_MORE_HEADING), read_more.heading)]
    for index, item in enumerate(read_more.items):
        for offset, name in enumerate(READ_MORE_ITEM_FIELDS):
            text = getattr(item, name.removeprefix("read_more_"))
            order = base + 1 + len(READ_MORE_ITEM_FIELDS) * index + offset
            found.append((Place(-1, order, name, index), text))
    return found


def places(article: Article) -> list[tuple[Place, str]]:
    """Every searched field with its text, in reading order."""
    found = [
        (Place(-1, order, name), text_of(article, name))
        for order, name in enumerate(ARTICLE_SEARCHED)
    ]
    found += _read_more_places(article.read_more)
    for index, slide in enumerate(article.slides):
        for order, name in enumerate(SLIDE_SEARCHED):
            found.append((Place(index, order, name), getattr(slide, name)))
    return found


def text_of(article: Article, name: str) -> str:
    value = getattr(article, name)
    return LIST_SEPARATOR.join(value) if name in LIST_FIELDS else str(value)


def text_at(article: Article, place: Place) -> str:
    """The text a Place names (as the editor shows it), "" when it is gone."""
    return next((text for p, text in places(article) if p == place), "")


def hidden_spans(text: str, markdown: bool, list_field: bool = False) -> list[tuple[int, int]]:
    """The stretches of ``text`` a reader does not see as words, merged and in order."""
    spans = [m.span() for m in _BARE_ADDRESS.finditer(text)]
    if markdown:
        spans += [m.span() for m in _MARKDOWN_HIDDEN.finditer(text)]
    if list_field:  # a match never runs from one tag into the next
        spans += [m.span() for m in re.finditer(re.escape(LIST_SEPARATOR), text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _visible(hits: list[re.Match[str]], hidden: list[tuple[int, int]]) -> list[re.Match[str]]:
    if not hidden:
        return hits
    starts = [start for start, _ in hidden]
    kept = []
    for hit in hits:
        before = bisect.bisect_left(starts, hit.end()) - 1  # the last span starting before its end
        if before < 0 or hidden[before][1] <= hit.start():
            kept.append(hit)
    return kept


def _hits(pattern: re.Pattern[str], text: str, place: Place) -> list[re.Match[str]]:
    hidden = hidden_spans(text, place.markdown, place.field in LIST_FIELDS)
    return _visible(list(pattern.finditer(text)), hidden)


def find_all(article: Article, query: Query) -> list[Match]:
    """Every match, in reading order (article fields, then slide by slide, field by field)."""
    pattern = query.pattern()
    if pattern is None:
        return []
    return [
        Match(place, hit.start(), hit.end())
        for place, text in places(article)
        if text
        for hit in _hits(pattern, text, place)
    ]


def place_of(article: Article, slide: int | None, field: str) -> Place | None:
    """The Place for a field the cursor is in (None for a field that is not searched)."""
    if slide is None and field in ARTICLE_SEARCHED:
        return Place(-1, ARTICLE_SEARCHED.index(field), field)
    if slide is None and field == READ_MORE_HEADING:
        return Place(-1, len(ARTICLE_SEARCHED), field)
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


def keep_case(found: str, replacement: str) -> str:
    """The replacement in the case of the text it replaces: ALL CAPS stays all caps, a
    Capitalised word (a title, a sentence's start) stays capitalised."""
    letters = [c for c in found if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def replaced(
    text: str, query: Query, replacement: str, place: Place | None = None
) -> tuple[str, int]:
    """``text`` with every visible match replaced (the replacement taken literally, in the
    match's case unless Match case is on), and how many."""
    pattern = query.pattern()
    if pattern is None or not text:
        return text, 0
    hits = _hits(pattern, text, place or Place(0, 0, "body"))
    pieces, last = [], 0
    for hit in hits:
        new = replacement if query.match_case else keep_case(hit.group(), replacement)
        pieces += [text[last : hit.start()], new]
        last = hit.end()
    pieces.append(text[last:])
    return "".join(pieces), len(hits)


def replace_all(article: Article, query: Query, replacement: str) -> dict[Place, str]:
    """The new text of every field that changes; the caller applies them (as one undo step)."""
    changes = {}
    for place, text in places(article):
        new, count = replaced(text, query, replacement, place)
        if count:
            changes[place] = new
    return changes


def field_values(article: Article, changes: dict[Place, str]) -> dict[tuple[int | None, str], Any]:
    """The new value of each article or slide field the changed texts belong to: a tag list from
    its shown text, the read-more block with its heading, titles or credits changed."""
    values: dict[tuple[int | None, str], Any] = {}
    for place, new in sorted(changes.items()):
        if place.slide >= 0:
            values[(place.slide, place.field)] = new
        elif place.field in LIST_FIELDS:
            values[(None, place.field)] = split_list(new)
        elif place.field == READ_MORE_HEADING or place.field in READ_MORE_ITEM_FIELDS:
            block = values.get((None, "read_more")) or copy.deepcopy(article.read_more)
            if block is None:
                continue
            if place.field == READ_MORE_HEADING:
                block.heading = new
            elif 0 <= place.item < len(block.items):
                setattr(block.items[place.item], place.field.removeprefix("read_more_"), new)
            values[(None, "read_more")] = block
        else:
            values[(None, place.field)] = new
    return values
