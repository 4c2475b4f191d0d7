"""Text copied off a slideshow page: breadcrumb, title, intro, slides (heading, credit line, body),
and a closing read-more block. Headings are found by their shape, not by known words."""

from __future__ import annotations

import datetime
import re

from slidewright.importers.common import (
    CREDIT_LINE,
    READ_MORE,
    ImportFailed,
    ImportResult,
    category_from_breadcrumb,
    parse_credit,
    slide_heading,
)
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

NUMBERED = re.compile(r"^\s*\d+\.\s+(?P<item>.*?)\s*$")
INLINE_CRUMBS = re.compile(r"\s+(?:/|›|»|>)\s+")
NOISE = re.compile(
    r"^\s*(?:advertisement|sponsored(?: content)?|share(?: this)?|tweet|pin it|email|print|"
    r"next(?: slide)?|previous(?: slide)?|prev|start slideshow|\d+\s*(?:/|of)\s*\d+)\s*$",
    re.I,
)
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
WRAP_MIN = 50  # a line at least this long that stops mid-sentence was wrapped by an editor


def _blocks(text: str) -> list[str]:
    """Paragraphs. A copied page gives one line per paragraph (with or without blank lines between);
    a hard-wrapped draft gives long lines that stop mid-sentence, which are joined back."""
    units: list[str] = []
    previous = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            previous = ""
            continue
        wrapped = (
            previous
            and len(previous) >= WRAP_MIN
            and not re.search(r"[.!?:;\"”’)\]]$", previous)
            and not CREDIT_LINE.match(previous)
            and not CREDIT_LINE.match(line)
        )
        if wrapped:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        previous = line
    return units


def _short(line: str) -> bool:
    return len(line) <= MAX_HEADING_CHARS and len(line.split()) <= MAX_HEADING_WORDS


def _heading_shaped(block: str) -> bool:
    """Short, and not ending like a sentence."""
    return (
        _short(block)
        and not re.search(r"[.!?,;:…]$|\.\.\.$", block)
        and not CREDIT_LINE.match(block)
    )


def _is_heading(blocks: list[str], i: int) -> bool:
    """A heading is followed by a credit line or by body text. A short question or exclamation
    ('What Happens Next?') counts only when a credit line follows it, the strongest sign."""
    if i + 1 >= len(blocks):
        return False
    block, following = blocks[i], blocks[i + 1]
    if CREDIT_LINE.match(following):
        return _short(block) and not CREDIT_LINE.match(block) and not re.search(r"[.,;:…]$", block)
    return _heading_shaped(block) and not _heading_shaped(following)


BYLINE = re.compile(
    r"^(?:by|written by|words by)\s+(?P<name>[^|·•,]+?)(?:\s*[|·•,]\s*(?P<rest>.*))?$", re.I
)
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted)(?:\s+on)?:?\s*)?(?P<date>.+\d{4}.*)$", re.I
)
DATE_FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d",
    "%B %d %Y",
    "%b %d %Y",
)


def _date(text: str) -> str:
    cleaned = re.sub(r"\s+\d{1,2}:\d{2}.*$", "", text.strip().rstrip("."))
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _byline(blocks: list[str], dropped: list[str]) -> tuple[str, str, list[str]]:
    """'By Noor Haddad', 'Published Nov 20, 2026' right under the title: author and date, not a slide."""
    author = date = ""
    while blocks and _short(blocks[0]):
        by = BYLINE.match(blocks[0])
        when = _date(by.group("rest") or "") if by else ""
        if by:
            author, date = by.group("name").strip(), date or when
        elif (found := DATE_LINE.match(blocks[0])) and _date(found.group("date")):
            if date:
                dropped.append(f'"{blocks[0]}"')  # a second date: "Updated …"
            date = date or _date(found.group("date"))
        else:
            break
        blocks = blocks[1:]
    return author, date, blocks


def _breadcrumb(lines: list[str]) -> tuple[list[str], int]:
    """Numbered breadcrumb items ('1. Home', '2. /', '3. Politics' …) or one 'Home / Politics' line."""
    items, used = [], 0
    for line in lines:
        if not line.strip():
            used += 1
            continue
        match = NUMBERED.match(line)
        if not match:
            break
        items.append(match.group("item"))
        used += 1
    if items:
        return items, used
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if (
        first is not None
        and lines[first].strip().lower().startswith("home")
        and INLINE_CRUMBS.search(lines[first])
    ):
        return INLINE_CRUMBS.split(lines[first].strip()), first + 1
    return [], 0


def parse_text(text: str, name: str = "text") -> ImportResult:
    lines = text.split("\n")
    crumbs, used = _breadcrumb(lines)
    dropped: list[str] = []
    blocks = []
    for block in _blocks("\n".join(lines[used:])):
        if NOISE.match(block):
            dropped.append(f'"{block}"')
        else:
            blocks.append(block)
    if not blocks:
        raise ImportFailed(f"{name}: no title or text found")
    title, rest = blocks[0], blocks[1:]
    author, date, rest = _byline(rest, dropped)
    heads = [i for i in range(len(rest)) if _is_heading(rest, i)]
    intro_end = heads[0] if heads else len(rest)
    article = Article(title=title, author=author, date=date, intro="\n\n".join(rest[:intro_end]))
    article.categories = [c for c in [category_from_breadcrumb(crumbs, title)] if c]
    bounds = [*heads, len(rest)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        heading, body = rest[start], rest[start + 1 : end]
        credit = caption = ""
        if body and CREDIT_LINE.match(body[0]):
            credit, caption = parse_credit(body[0])
            body = body[1:]
        if READ_MORE.match(heading):
            article.read_more = _read_more(heading, credit, caption, body)
            if end != len(rest):
                dropped.extend(f'"{b[:40]}"' for b in rest[end:])
            break
        article.slides.append(
            Slide(
                heading=slide_heading(heading),
                credit=credit,
                caption=caption,
                body="\n\n".join(body) + ("\n" if body else ""),
            )
        )
    if not article.slides:
        raise ImportFailed(
            f"{name}: no slides found (a slide starts with a short heading line followed by a credit line or paragraphs)"
        )
    return ImportResult(article, dropped)


def _read_more(heading: str, credit: str, caption: str, lines: list[str]) -> ReadMore:
    items = [ReadMoreItem(title=line) for line in lines if not CREDIT_LINE.match(line)]
    if credit and not items:
        items = [ReadMoreItem()]
    if credit:
        items[0].credit = credit
        if caption:
            items[0].extra["caption"] = caption
    return ReadMore(heading=heading, items=items)
