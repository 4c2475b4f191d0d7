"""Merging another program's change to the open article with the writer's unsaved edits.

Three versions: ``base`` (the article as last loaded or saved), ``mine`` (the window's, with the
unsaved edits) and ``theirs`` (on disk now). A field only one side changed takes that side's
value; a field both changed to different values is a conflict, named by slide so the prompt can
say which slide both changed. Slides are matched by position: slides added or removed at the end
by one side are taken from it; both sides changing the number of slides is a conflict.
No Qt here: the session turns conflicts into words."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from slidewright.model import Article, Slide

SLIDE_FIELDS = tuple(f.name for f in dataclasses.fields(Slide))
ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name != "slides")


@dataclass
class Merge:
    """The merged article (None when the two sides collide) and where they collide."""

    article: Article | None = None
    slides: list[int] = field(default_factory=list)  # 0-based positions both sides changed
    fields: list[str] = field(default_factory=list)  # article fields both sides changed
    slide_count: bool = False  # both sides added or removed slides


def _pick(base: Any, mine: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value of one field, and whether the two sides collide on it."""
    if mine == base or mine == theirs:
        return theirs, False
    if theirs == base:
        return mine, False
    return mine, True


def _merge_slide(base: Slide, mine: Slide, theirs: Slide) -> tuple[Slide, bool]:
    merged = mine.copy()
    collides = False
    for name in SLIDE_FIELDS:
        value, clash = _pick(getattr(base, name), getattr(mine, name), getattr(theirs, name))
        collides = collides or clash
        setattr(merged, name, copy.deepcopy(value))
    return merged, collides


def _tail(base: list[Slide], mine: list[Slide], theirs: list[Slide], result: Merge) -> list[Slide]:
    """Slides past the shorter list: from the side that added them; a removed slide the
    other side edited is a collision."""
    common = min(len(mine), len(theirs))
    if len(mine) == len(theirs):
        return []
    if len(mine) != len(base) and len(theirs) != len(base):
        result.slide_count = True
        return []
    changer, keeper = (theirs, mine) if len(mine) == len(base) else (mine, theirs)
    if len(changer) > len(base):
        return [s.copy() for s in changer[common:]]
    for n in range(common, len(base)):  # removed by ``changer``: edited by ``keeper``?
        if keeper[n] != base[n]:
            result.slides.append(n)
    return []


def merge(base: Article, mine: Article, theirs: Article) -> Merge:
    """Both sides' changes in one article, or the places they collide."""
    result = Merge()
    slides: list[Slide] = []
    common = min(len(base.slides), len(mine.slides), len(theirs.slides))
    for n in range(common):
        merged, clash = _merge_slide(base.slides[n], mine.slides[n], theirs.slides[n])
        if clash:
            result.slides.append(n)
        slides.append(merged)
    if len(mine.slides) > len(base.slides) and len(theirs.slides) > len(base.slides):
        added = mine.slides[len(base.slides) :]
        if added == theirs.slides[len(base.slides) :]:  # both added the same slides
            slides.extend(s.copy() for s in added)
        else:
            result.slide_count = True
    else:
        slides.extend(_tail(base.slides, mine.slides, theirs.slides, result))
    merged_article = copy.copy(mine)
    for name in ARTICLE_FIELDS:
        value, clash = _pick(getattr(base, name), getattr(mine, name), getattr(theirs, name))
        if clash:
            result.fields.append(name)
        setattr(merged_article, name, copy.deepcopy(value))
    merged_article.slides = slides
    if not (result.slides or result.fields or result.slide_count):
        result.article = merged_article
    return result
