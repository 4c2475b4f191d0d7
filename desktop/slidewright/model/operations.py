"""Operations on an article shared by the window, the CLI and the importers.

Each operation changes the article in place and returns what an undo needs to reverse it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from slidewright.model.article import (
    ARTICLE_SPECS,
    ARTICLE_TEXT_FIELDS,
    SLIDE_FLAG_FIELDS,
    SLIDE_TEXT_FIELDS,
    Article,
    Slide,
    normalize_newlines,
)

WORDS_PER_MINUTE = 230
_WORD = re.compile(r"[\w’'-]+")
# What a reader never sees of a Markdown link: its address (and title), an image's source, a
# reference definition's line, an autolink's angle brackets. The words in ``[…]`` stay.
_LETTER = re.compile(r"[^\W_]")  # a word has a letter or digit: not ``__`` or a dash
_LINK_ADDRESS = re.compile(r"(\]\s?)\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_REFERENCE_USE = re.compile(r"(\])\[[^\]\n]*\]")


def add_slide(article: Article, index: int | None = None, slide: Slide | None = None) -> int:
    """Insert ``slide`` (a blank one by default) before ``index`` (at the end by default)."""
    index = len(article.slides) if index is None else max(0, min(index, len(article.slides)))
    article.slides.insert(index, slide if slide is not None else Slide())
    return index


def remove_slides(article: Article, indices: Iterable[int]) -> list[tuple[int, Slide]]:
    """Remove the slides at ``indices``; returns (index, slide) pairs in ascending order."""
    removed = []
    for index in sorted(set(indices), reverse=True):
        removed.append((index, article.slides.pop(index)))
    removed.reverse()
    return removed


def restore_slides(article: Article, removed: list[tuple[int, Slide]]) -> None:
    """Undo :func:`remove_slides`."""
    for index, slide in removed:
        article.slides.insert(index, slide)


def duplicate_slide(article: Article, index: int) -> int:
    """Insert a copy of slide ``index`` right after it; returns the copy's index."""
    return add_slide(article, index + 1, article.slides[index].copy())


def move_order(count: int, indices: Iterable[int], destination: int) -> list[int]:
    """The order (list of old indices) that moves ``indices`` (kept in their order) to stand
    before the slide now at ``destination`` (``count`` means the end)."""
    picked = sorted(set(indices))
    rest = [i for i in range(count) if i not in picked]
    insert_at = sum(1 for i in rest if i < destination)
    return rest[:insert_at] + picked + rest[insert_at:]


def move_slides(article: Article, indices: Iterable[int], destination: int) -> list[int]:
    """Move slides (see :func:`move_order`); returns the order, which :func:`inverse_order` undoes."""
    order = move_order(len(article.slides), indices, destination)
    apply_order(article, order)
    return order


def apply_order(article: Article, order: list[int]) -> None:
    """Rearrange slides so new position ``n`` holds the slide that was at ``order[n]``."""
    article.slides[:] = [article.slides[i] for i in order]


def inverse_order(order: list[int]) -> list[int]:
    inverse = [0] * len(order)
    for new, old in enumerate(order):
        inverse[old] = new
    return inverse


def set_slide_field(article: Article, index: int, name: str, value: Any) -> Any:
    """Set one field of slide ``index``; returns the old value."""
    slide = article.slides[index]
    if name in SLIDE_TEXT_FIELDS:
        value = normalize_newlines(str(value))
    elif name in SLIDE_FLAG_FIELDS:
        value = bool(value)
    else:
        raise KeyError(f"slides have no field {name!r}")
    old = getattr(slide, name)
    setattr(slide, name, value)
    return old


def set_article_field(article: Article, name: str, value: Any) -> Any:
    """Set one article-level field; returns the old value."""
    spec = ARTICLE_SPECS.get(name)
    if spec is None:
        raise KeyError(f"articles have no field {name!r}")
    if name in ARTICLE_TEXT_FIELDS:
        value = normalize_newlines(str(value))
    elif spec.kind == "list":
        value = [str(v) for v in value]
    elif spec.kind == "flag":
        value = bool(value)
    old = getattr(article, name)
    setattr(article, name, value)
    return old


def split_list(text: str) -> list[str]:
    """'Politics, Europe' -> ['Politics', 'Europe'] (the way the article pane edits lists)."""
    return [part.strip() for part in text.split(",") if part.strip()]


@functools.lru_cache(maxsize=16384)
def count_words(text: str) -> int:
    """The words a reader sees: a link counts its words, not its address; Markdown's markers
    (``**``, ``_``, ``[``) are no words. Cached: after an edit only the changed field is counted
    again."""
    if "](" in text or "][" in text or "]:" in text:
        text = _REFERENCE.sub("", text)
        text = _REFERENCE_USE.sub(r"\1", _LINK_ADDRESS.sub(r"\1", text))
    return sum(1 for word in _WORD.findall(text) if _LETTER.search(word))


def article_words(article: Article) -> int:
    """Words a reader reads: title, description, intro, headings, bodies and captions."""
    total = count_words(article.title) + count_words(article.description)
    total += count_words(article.intro)
    return total + sum(slide_words(slide) for slide in article.slides)


def slide_words(slide: Slide) -> int:
    """Words a reader reads on one slide: its heading, body and caption."""
    return count_words(slide.heading) + count_words(slide.body) + count_words(slide.caption)


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0
