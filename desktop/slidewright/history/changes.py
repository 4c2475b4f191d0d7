"""What changed between two states of an article: slides added, removed, moved and edited.

Slides carry no identity in the file, so they are paired the way a writer would recognise them:
the same image file first, then the same heading, then (for what is left) the most similar text
at about the same place. A pair whose old positions are out of order is a move.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from slidewright.fileformat.serialize import notes_mapping
from slidewright.model import ARTICLE_PANE_FIELDS, SLIDE_FIELDS, Article, Slide

Kind = Literal["same", "edited", "added", "removed"]
SIMILAR = 0.5  # how alike two unpaired slides' texts must be to count as one slide edited


@dataclass(frozen=True)
class SlideChange:
    kind: Kind
    old: int | None  # position in the older article
    new: int | None  # position in the newer article
    moved: bool = False


def slide_text(slide: Slide) -> str:
    return "\n".join(str(getattr(slide, spec.name)) for spec in SLIDE_FIELDS)


def same_slide(a: Slide, b: Slide) -> bool:
    return all(getattr(a, s.name) == getattr(b, s.name) for s in SLIDE_FIELDS) and (
        notes_mapping(a.notes) == notes_mapping(b.notes)
    )


def _pair(old: list[Slide], new: list[Slide]) -> dict[int, int]:
    """new position -> old position for the slides recognised in both."""
    pairs: dict[int, int] = {}
    used: set[int] = set()

    def by_image(slide: Slide) -> str:
        return slide.image

    def by_heading(slide: Slide) -> str:
        return slide.heading.strip()

    for key in (by_image, by_heading):
        where: dict[str, list[int]] = {}
        for i, slide in enumerate(old):
            if i not in used and key(slide):
                where.setdefault(key(slide), []).append(i)
        for j, slide in enumerate(new):
            if j in pairs or not key(slide) or not where.get(key(slide)):
                continue
            i = where[key(slide)].pop(0)
            pairs[j] = i
            used.add(i)
    left = [i for i in range(len(old)) if i not in used]
    for j, slide in enumerate(new):
        if j in pairs or not left:
            continue
        text = slide_text(slide)
        best = max(
            left, key=lambda i: difflib.SequenceMatcher(None, slide_text(old[i]), text).ratio()
        )
        if difflib.SequenceMatcher(None, slide_text(old[best]), text).ratio() >= SIMILAR:
            pairs[j] = best
            left.remove(best)
    return pairs


def _in_order(olds: list[int]) -> set[int]:
    """The longest run of old positions already in order (those did not move)."""
    if not olds:
        return set()
    best: list[list[int]] = []
    size: Callable[[list[int]], int] = len
    for value in olds:  # O(n^2): articles have hundreds of slides at most
        candidates = [run for run in best if run[-1] < value]
        longest = max(candidates, key=size) if candidates else []
        best.append([*longest, value])
    longest_run: list[int] = max(best, key=size)
    return set(longest_run)


def compare_slides(old: list[Slide], new: list[Slide]) -> list[SlideChange]:
    """The newer article's slides in order, each paired with its older self (or added), then the
    slides removed, at their old positions."""
    pairs = _pair(old, new)
    steady = _in_order([pairs[j] for j in sorted(pairs)])
    changes = []
    for j, slide in enumerate(new):
        i = pairs.get(j)
        if i is None:
            changes.append(SlideChange("added", None, j))
        else:
            kind: Kind = "same" if same_slide(old[i], slide) else "edited"
            changes.append(SlideChange(kind, i, j, moved=i not in steady))
    paired = set(pairs.values())
    changes += [SlideChange("removed", i, None) for i in range(len(old)) if i not in paired]
    return changes


def article_fields_changed(old: Article, new: Article) -> list[str]:
    names = [n for n in ARTICLE_PANE_FIELDS if getattr(old, n) != getattr(new, n)]
    if notes_mapping(old.notes) != notes_mapping(new.notes):
        names.append("notes")
    return names


def _count(n: int, what: str) -> str:
    return f"{n} slide{'' if n == 1 else 's'} {what}"


def summary(old: Article | None, new: Article) -> str:
    """What changed, in a line: '2 slides edited, 1 added, 1 moved; title changed'."""
    if old is None:
        count = len(new.slides)
        return f"First version kept: {count} slide{'' if count == 1 else 's'}"
    changes = compare_slides(old.slides, new.slides)
    counts = {
        "edited": sum(c.kind == "edited" for c in changes),
        "added": sum(c.kind == "added" for c in changes),
        "removed": sum(c.kind == "removed" for c in changes),
        "moved": sum(c.moved for c in changes),
    }
    parts: list[str] = []
    for what, n in counts.items():
        if n:
            parts.append(_count(n, what) if not parts else f"{n} {what}")
    fields = article_fields_changed(old, new)
    text = ", ".join(parts)
    if fields:
        text += ("; " if text else "") + ", ".join(f.replace("_", " ") for f in fields) + " changed"
    return text or "No change to the text"
