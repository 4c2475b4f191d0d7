"""What changed between two states of an article: slides added, removed, moved and edited.

Slides carry no identity in the file, so they are paired the way a writer would recognise them:
the same image file first, then the same heading, then (for what is left) the most similar text
at about the same place. A pair whose old positions are out of order is a move.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from slidewright.fileformat.serialize import notes_mapping
from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted, listing
from slidewright.model import ARTICLE_PANE_FIELDS, SLIDE_FIELDS, Article, Slide

Kind = Literal["same", "edited", "added", "removed"]
SIMILAR = 0.5  # how alike two unpaired slides' texts must be to count as one slide edited
# Slides whose picture and heading both changed are recognised by their words, each against
# each: at most this many comparisons (two versions of 100 such slides took 18 s, the History
# dialog frozen, when they were compared letter by letter: now at most about a second); past
# it, they count as added and removed.
MOST_COMPARISONS = 2_000


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
    # A blank slide (New Article's first, or one just added) that the writer filled in is the
    # slide at its place: by words it is like nothing, and History said "1 removed" of it
    for i, slide in enumerate(old):
        if i not in used and i < len(new) and i not in pairs and same_slide(slide, Slide()):
            pairs[i] = i
            used.add(i)
    left = [i for i in range(len(old)) if i not in used]
    words = {i: slide_text(old[i]).split() for i in left}
    budget = MOST_COMPARISONS
    for j, slide in enumerate(new):
        if j in pairs or not left:
            continue
        matcher = difflib.SequenceMatcher(None, b=slide_text(slide).split())
        best, likeness = -1, SIMILAR
        for i in left:
            budget -= 1
            if budget < 0:
                return pairs  # the rest count as added and removed: bounded, never a freeze
            matcher.set_seq1(words[i])
            if matcher.real_quick_ratio() >= likeness and matcher.quick_ratio() >= likeness:
                ratio = matcher.ratio()
                if ratio >= likeness:
                    best, likeness = i, ratio
        if best >= 0:
            pairs[j] = best
            left.remove(best)
    return pairs


def _in_order(olds: list[int]) -> set[int]:
    """The longest run of old positions already in order (those did not move): the longest
    increasing subsequence, by patience sorting (n log n: a 5,000-slide gallery took 2.3 s
    comparing each position with every run before it)."""
    tails: list[int] = []  # tails[k]: index in olds of the smallest tail of a run of k + 1
    before: list[int] = [-1] * len(olds)  # the index before each in its run
    for index, value in enumerate(olds):
        k = _place(olds, tails, value)
        if k:
            before[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
        else:
            tails[k] = index
    run: set[int] = set()
    index = tails[-1] if tails else -1
    while index >= 0:
        run.add(olds[index])
        index = before[index]
    return run


def _place(olds: list[int], tails: list[int], value: int) -> int:
    """Where ``value`` goes among the runs' tails (a binary search over them)."""
    low, high = 0, len(tails)
    while low < high:
        middle = (low + high) // 2
        if olds[tails[middle]] < value:
            low = middle + 1
        else:
            high = middle
    return low


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


# The article's fields as a summary names them ("lang changed"): each its own message, so the
# window says them in its language; a field not listed here is named as it is.
FIELD_NAMES: dict[str, Message] = {
    "title": QT_TRANSLATE_NOOP("HistoryChanges", "title"),
    "description": QT_TRANSLATE_NOOP("HistoryChanges", "description"),
    "categories": QT_TRANSLATE_NOOP("HistoryChanges", "categories"),
    "tags": QT_TRANSLATE_NOOP("HistoryChanges", "tags"),
    "author": QT_TRANSLATE_NOOP("HistoryChanges", "author"),
    "date": QT_TRANSLATE_NOOP("HistoryChanges", "date"),
    "credit_label": QT_TRANSLATE_NOOP("HistoryChanges", "credit label"),
    "lang": QT_TRANSLATE_NOOP("HistoryChanges", "lang"),
    "sponsored": QT_TRANSLATE_NOOP("HistoryChanges", "sponsored"),
    "publish_location": QT_TRANSLATE_NOOP("HistoryChanges", "publish location"),
    "intro": QT_TRANSLATE_NOOP("HistoryChanges", "intro"),
    "read_more": QT_TRANSLATE_NOOP("HistoryChanges", "read more"),
    "notes": QT_TRANSLATE_NOOP("HistoryChanges", "notes"),
}


def field_name(name: str) -> str:
    """How a summary names the field ``name``: its message, or the name with spaces."""
    return FIELD_NAMES.get(name, name.replace("_", " "))


def _first_count(n: int, what: str) -> Message:
    """The first count of a summary names the slides: "2 slides edited"."""
    one, other = {
        "edited": (
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slide edited"),
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slides edited"),
        ),
        "added": (
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slide added"),
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slides added"),
        ),
        "removed": (
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slide removed"),
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slides removed"),
        ),
        "moved": (
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slide moved"),
            QT_TRANSLATE_NOOP("HistoryChanges", "{count} slides moved"),
        ),
    }[what]
    return counted(n, one.format(count=n), other.format(count=n))


def _more_count(n: int, what: str) -> Message:
    """A later count says only the number and what: "1 moved" (a language that agrees the
    word with the number translates the one template for both)."""
    word = {
        "edited": QT_TRANSLATE_NOOP("HistoryChanges", "{count} edited"),
        "added": QT_TRANSLATE_NOOP("HistoryChanges", "{count} added"),
        "removed": QT_TRANSLATE_NOOP("HistoryChanges", "{count} removed"),
        "moved": QT_TRANSLATE_NOOP("HistoryChanges", "{count} moved"),
    }[what]
    return word.format(count=n)


def summary(old: Article | None, new: Article) -> str:
    """What changed, in a line: '2 slides edited, 1 added, 1 moved; title changed'. A
    :class:`Message`: English for every reader but the window, which says it in its language
    (the history keeps its template and values, see :mod:`slidewright.history.store`)."""
    if old is None:
        count = len(new.slides)
        return counted(
            count,
            QT_TRANSLATE_NOOP("HistoryChanges", "First version kept: {count} slide").format(
                count=count
            ),
            QT_TRANSLATE_NOOP("HistoryChanges", "First version kept: {count} slides").format(
                count=count
            ),
        )
    changes = compare_slides(old.slides, new.slides)
    counts = {
        "edited": sum(c.kind == "edited" for c in changes),
        "added": sum(c.kind == "added" for c in changes),
        "removed": sum(c.kind == "removed" for c in changes),
        "moved": sum(c.moved for c in changes),
    }
    parts: list[Message] = []
    for what, n in counts.items():
        if n:
            parts.append(_first_count(n, what) if not parts else _more_count(n, what))
    fields = article_fields_changed(old, new)
    changed = QT_TRANSLATE_NOOP("HistoryChanges", "{fields} changed").format(
        fields=listing([field_name(f) for f in fields])
    )
    if parts and fields:
        return QT_TRANSLATE_NOOP("HistoryChanges", "{slides}; {fields}").format(
            slides=listing(parts), fields=changed
        )
    if parts:
        return listing(parts)
    if fields:
        return changed
    return QT_TRANSLATE_NOOP("HistoryChanges", "No change to the text")
