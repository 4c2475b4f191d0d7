"""What each block of a pasted page may be, and how a page is put together.

Every block (a paragraph of copied text) gets a score for each role it could play - from its own
shape (the shape rules of textshape, byline, creditline, barecredit) and from its neighbours - and
the page's structure is a set of allowed moves between roles: title, byline, intro, then slides of
"heading, credit/caption/alt, body", then a read-more block and the site's furniture.

Where a slide's credit sits is a choice the whole page makes once (the page's *layout*): under the
heading (``after``), above it with the image (``before``), closing the slide's text (``end``), with
a line about the picture between heading and credit (``captioned``), or nowhere (``none``). Each
layout is its own set of moves; the decoder reads the page under each and the best total wins.

Weights are natural-log odds set by hand on the training corpus (tests/importers/corpus/), never
on the held-out pages (tests/importers/heldout/).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from slidewright.importers.barecredit import credit_shaped
from slidewright.importers.byline import bare_name, is_byline, is_date_line
from slidewright.importers.common import READ_MORE, ROMAN, SLIDE_NUMBER
from slidewright.importers.creditline import CAPTION_LINE, read_alt_line, read_credit_line
from slidewright.importers.languages import FURNITURE_HEADS, READ_MORE_HEADINGS
from slidewright.importers.sequence import Model
from slidewright.importers.textshape import (
    BULLETS,
    can_head_a_credit,
    heading_shaped,
    long_paragraph,
    question,
    short,
    word_count,
)

KICKER, TITLE, BYLINE, INTRO = "kicker", "title", "byline", "intro"
HEADING, HEADCREDIT, CAPTION, CREDIT, ALT, BODY = (
    "heading",
    "heading+credit",
    "caption",
    "credit",
    "alt text",
    "body",
)
PRECREDIT, ENDCREDIT, PREALT = "credit above", "credit below", "alt text above"
MOREHEAD, MOREITEM, FURNHEAD, FURNITEM = (
    "read-more",
    "read-more item",
    "furniture",
    "furniture item",
)
MORECREDIT = "read-more credit"
HEADS = (HEADING, HEADCREDIT)
LAYOUTS = ("after", "captioned", "before", "end", "none")

MAX_NUMBERED_HEADING = 160  # "1) …" headings run to a long sentence on some pages
_PRICE = re.compile(
    r"^(?:(?:[$£€]|us\$|a\$|c\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|£))"
    r"(?:\s*[-–]\s*[$£€]?\s?\d[\d,.]*)?(?:\s+(?:at|from|on|bei|chez|en|su|da)\s+\S.*)?$",
    re.I,
)
_LABELLED_TEXT = re.compile(r"^[A-Z][\w ]{1,20}:\s+\S.{8,}$")  # "Pull quote: …", "Tip: …"
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)」』）]?$")


@dataclass(frozen=True)
class Shape:
    """What one block looks like, computed once."""

    credit: bool
    bare_credit: bool  # an unlabelled credit by shape only ("ESA/Hubble")
    head_credit: bool  # "Shinkyo Bridge, Nikko | Photo: X": a heading with its credit
    caption_label: bool
    alt: bool
    byline: bool
    heading: bool  # heading_shaped
    can_head: bool
    numbered: bool
    roman: bool
    colon: bool
    question: bool
    long: bool
    short: bool
    sentence: bool
    price: bool
    read_more: bool
    furniture: bool
    bullet: bool
    labelled_text: bool
    title_case: bool  # "Dogwood Stems", "Café Zoë’s Winter Menu"
    bare_style: bool  # a credit with no label ("Reuters/Getty Images")
    listed: bool  # an item of a list: a numbered or bulleted neighbour, or a lead-in line above
    described: bool  # "A wren singing from a gorse bush": a sentence-case description
    words: int


@functools.lru_cache(maxsize=8192)  # pages repeat lines ("Advertisement", "Read more")
def shape_of(block: str) -> Shape:
    credit = read_credit_line(block)
    head_credit = (
        credit is not None
        and credit.label_style == "after-caption"
        and bool(re.search(r"\s[|·•–—]\s", block))
        and short(credit.caption)
        and not _SENTENCE_END.search(credit.caption.rstrip("|·•–— "))
    )
    alt = bool(read_alt_line(block))
    words = word_count(block)
    numbered = (
        bool(SLIDE_NUMBER.match(block))
        and len(block) <= MAX_NUMBERED_HEADING
        and not block.endswith(".")
    )
    return Shape(
        credit=credit is not None and not alt,
        bare_credit=credit is None and credit_shaped(block) is not None,
        head_credit=head_credit,
        caption_label=bool(CAPTION_LINE.match(block)),
        alt=alt,
        byline=is_byline(block),
        heading=heading_shaped(block),
        can_head=can_head_a_credit(block),
        numbered=numbered,
        roman=bool(ROMAN.match(block)),
        colon=block.endswith((":", "：")) and words <= 12,
        question=question(block),
        long=long_paragraph(block),
        short=short(block),
        sentence=bool(_SENTENCE_END.search(block)),
        price=bool(_PRICE.match(block)),
        read_more=bool(
            (READ_MORE.match(block) and heading_shaped(block)) or READ_MORE_HEADINGS.match(block)
        ),
        furniture=block.lower().rstrip(" :›»") in FURNITURE_HEADS,
        bullet=block.startswith(BULLETS),
        labelled_text=bool(_LABELLED_TEXT.match(block)) and credit is None,
        described=_described(block),
        title_case=_title_case(block),
        bare_style=credit is not None and credit.label_style == "bare",
        listed=False,
        words=words,
    )


_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with"}


def _title_case(block: str) -> bool:
    words = [w for w in block.split() if w.lower() not in _SMALL_WORDS]
    return 2 <= len(words) <= 10 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _described(block: str) -> bool:
    words = block.split()
    if len(words) < 5 or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in words[1:] if w[:1].isupper())
    return capitalised * 4 <= len(words) - 1


def _heading_score(s: Shape) -> float | None:
    if s.credit or s.caption_label or s.alt or s.furniture or s.price:
        return None
    score = 0.0
    if s.numbered or s.roman:
        score += 2.5
    elif s.heading:
        score += 1.0
    elif s.colon and s.short:
        score += 0.5  # "Earthrise:" - a heading leading into its slide
    elif s.can_head and s.short:
        score += 0.5  # "Why go?", "Wow!"
    else:
        score -= 4.0
    if s.question:
        score += 0.5
    if s.long and not s.numbered:
        score -= 3.0
    if s.byline:
        score -= 3.0
    if s.bullet or s.labelled_text:
        score -= 3.0
    if s.read_more:
        score -= 1.5
    if s.bare_credit:
        score -= 1.0
    if s.title_case and s.heading:
        score += 0.5
    if s.listed:
        score -= 3.0
    return score


def emissions(blocks: list[str], shapes: list[Shape]) -> list[dict[str, float]]:
    """Each block's score for every role it may take (roles it cannot take are absent)."""
    out: list[dict[str, float]] = []
    n = len(shapes)
    for i, s in enumerate(shapes):
        after = shapes[i + 1] if i + 1 < n else None
        roles: dict[str, float] = {}
        if i == 0:
            roles[TITLE] = 0.0
            if (
                after is not None
                and s.words <= 3
                and not s.sentence
                and not s.credit
                and after.short
                and after.words > s.words
                and not after.credit
                and not after.byline
                and not after.sentence
            ):
                roles[KICKER] = 0.5 if s.words <= 2 else 0.0
        if i == 1:
            roles[TITLE] = 0.0
        if s.byline:
            roles[BYLINE] = 3.0
        elif bare_name(blocks[i]) and after is not None and is_date_line(blocks[i + 1]):
            roles[BYLINE] = 2.0
        if not (s.credit or s.caption_label or s.alt):
            roles[INTRO] = 0.5 if s.long else -0.5 if s.heading else 0.0
        head = _heading_score(s)
        if head is not None:
            roles[HEADING] = head
        if s.head_credit:
            roles[HEADCREDIT] = 3.0
        if s.credit or s.bare_credit:
            weight = 0.5 if not s.credit else 2.0 if s.bare_style else 3.0
            roles[CREDIT] = roles[PRECREDIT] = roles[ENDCREDIT] = roles[MORECREDIT] = weight
        if s.caption_label:
            roles[CAPTION] = 3.0
        elif not (s.credit or s.alt or s.sentence) and s.short:
            roles[CAPTION] = 0.0 if s.described else -0.5
        if s.alt:
            roles[ALT] = roles[PREALT] = 4.0
        if not (s.caption_label or s.furniture):
            body = 1.0 if s.long else 0.0
            if s.listed:
                body += 0.5
            elif s.heading or s.numbered:
                body -= 1.0
            if s.price or s.labelled_text:
                body += 2.0
            if s.credit:
                body -= 1.0 if s.bare_style else 6.0 if s.head_credit else 4.0
            if s.alt:
                body -= 4.0
            roles[BODY] = body
        if s.read_more:
            roles[MOREHEAD] = 3.0
        if not s.long:
            roles[MOREITEM] = 0.0
        elif s.credit:
            roles[MOREITEM] = -1.0
        if s.furniture:
            roles[FURNHEAD] = 4.0
        if not s.long:
            roles[FURNITEM] = 0.0
        out.append(roles)
    return out


def _in_a_list(blocks: list[str], shapes: list[Shape], i: int) -> bool:
    """'1. Flour' under 'The recipe:' or beside '2. Apples': an item of a list in the body."""
    if not (shapes[i].numbered or shapes[i].bullet):
        return False
    before = shapes[i - 1] if i > 0 else None
    after = shapes[i + 1] if i + 1 < len(shapes) else None
    return (
        (before is not None and (before.numbered or before.bullet))
        or (after is not None and (after.numbered or after.bullet))
        or (i > 0 and blocks[i - 1].endswith(":") and not before_is_heading(shapes, i - 1))
    )


def before_is_heading(shapes: list[Shape], i: int) -> bool:
    return shapes[i].numbered or shapes[i].roman


def page_emissions(blocks: list[str]) -> list[dict[str, float]]:
    """Each block's role scores, from its shape and its neighbours'."""
    shapes = [shape_of(b) for b in blocks]
    shapes = [
        replace(s, listed=True) if _in_a_list(blocks, shapes, i) else s
        for i, s in enumerate(shapes)
    ]
    scores = emissions(blocks, shapes)
    # a page whose slides are headed by questions: every question that leads text is one
    leading = [
        i
        for i, s in enumerate(shapes[:-1])
        if s.question and (shapes[i + 1].sentence or shapes[i + 1].credit)
    ]
    if len(leading) >= 2:
        for i in leading:
            if HEADING in scores[i]:
                scores[i][HEADING] += 1.5
    return scores


def model(layout: str) -> Model:
    """The page's structure under one credit layout, as allowed moves with their weights."""
    opening = {
        TITLE: {BYLINE: 0.0, INTRO: 0.0, HEADING: -1.0, HEADCREDIT: -1.0},
        KICKER: {TITLE: 0.0},
        BYLINE: {BYLINE: 0.0, INTRO: 0.0, HEADING: -0.5, HEADCREDIT: -0.5},
        INTRO: {INTRO: 0.0, BYLINE: -1.0, HEADING: 0.0, HEADCREDIT: 0.0},
    }
    slide = {
        HEADING: {BODY: 0.0, ALT: 0.0},
        HEADCREDIT: {BODY: 0.0, ALT: 0.0, CAPTION: -1.0},
        ALT: {BODY: 0.0},
        CAPTION: {BODY: 0.0},
        BODY: {BODY: 0.0, HEADING: 0.0, HEADCREDIT: 0.0, MOREHEAD: 0.0, FURNHEAD: 0.0},
    }
    closing = {  # a related article's picture credit may sit under its title, or the heading
        MOREHEAD: {MOREITEM: 0.0, FURNHEAD: 0.0, MORECREDIT: -1.0},
        MOREITEM: {MOREITEM: 0.0, FURNHEAD: 0.0, MOREHEAD: -1.0, MORECREDIT: 0.0},
        MORECREDIT: {MOREITEM: 0.0, FURNHEAD: 0.0},
        FURNHEAD: {FURNITEM: 0.0, FURNHEAD: 0.0, MOREHEAD: 0.0},
        FURNITEM: {FURNITEM: 0.0, FURNHEAD: 0.0, MOREHEAD: 0.0},
    }
    moves: dict[str, dict[str, float]] = {**opening, **slide, **closing}
    moves = {k: dict(v) for k, v in moves.items()}
    for source in (TITLE, BYLINE, INTRO, BODY):  # the image's alt text above its heading
        moves[source][PREALT] = -0.5
    moves[PREALT] = {HEADING: 0.0, HEADCREDIT: 0.0}
    end = {BODY: 0.0, MOREITEM: 0.0, MORECREDIT: 0.0, MOREHEAD: -2.0, FURNHEAD: 0.0, FURNITEM: 0.0}
    end |= {CREDIT: -1.0, HEADCREDIT: -1.0, ALT: -1.0, CAPTION: -1.0}
    end |= {INTRO: -3.0, BYLINE: -3.0, TITLE: -3.0}  # a page with no slides says so
    if layout in ("after", "captioned"):
        moves[HEADING] |= {CREDIT: 1.0, BODY: -1.5, CAPTION: -1.0 if layout == "after" else 0.0}
        moves[HEADCREDIT][BODY] = 1.0
        moves[CREDIT] = {BODY: 0.0, ALT: 0.0, CAPTION: -0.5, HEADING: -2.5}
        moves[CAPTION] = {BODY: 0.0, CREDIT: 1.0 if layout == "captioned" else -1.0}
        moves[ALT] |= {CREDIT: 0.0}
        moves[BODY][CREDIT] = -3.5  # a labelled credit after the first paragraph
        moves[CREDIT] |= {MOREHEAD: -1.0}
    elif layout == "before":
        for source in (INTRO, BODY, BYLINE, TITLE):
            moves[source][PRECREDIT] = 0.0
        moves[PRECREDIT] = {HEADING: 1.0, CAPTION: -1.0, PREALT: 0.0}
        moves[PREALT][PRECREDIT] = 0.0
        moves[CAPTION] = {HEADING: 0.0, BODY: 0.0}
        moves[BODY] |= {MOREHEAD: -0.5}
        moves[HEADING][BODY] = 0.0
        end[PRECREDIT] = -2.0
    elif layout == "end":
        moves[BODY][ENDCREDIT] = 0.0
        moves[HEADING][BODY] = 0.0
        moves[ENDCREDIT] = {HEADING: 1.0, HEADCREDIT: 1.0, MOREHEAD: 0.0, FURNHEAD: 0.0}
        end[ENDCREDIT] = 0.5
    else:  # "none"
        moves[HEADING][BODY] = 0.0
    for source in (CAPTION, ALT):  # a slide of a picture and its caption, with no text
        extra = {HEADING: -1.0, HEADCREDIT: -1.0, MOREHEAD: -0.5, FURNHEAD: -0.5}
        moves[source] = extra | moves[source]  # the layout's own weight wins
    start = {TITLE: 0.0, KICKER: 0.0}
    return Model(start, moves, end)


PRIOR = {"after": 0.0, "captioned": -1.0, "before": -1.0, "end": -1.0, "none": 0.0}
MODELS = {layout: model(layout) for layout in LAYOUTS}
