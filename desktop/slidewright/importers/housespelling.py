"""The house spelling of picture agencies, offered once for a whole imported article.

A page copied from a CMS spells agencies its own way ("DepositPhotos" on eleven slides). The
credit checker would flag each slide; an import instead offers one change for the lot, which the
CLI applies with ``--fix-agencies`` and the window as one undo step.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from slidewright.credits.agencies import agencies_in, house_spelling
from slidewright.importers.note_text import respelled
from slidewright.model import Article


@dataclass(frozen=True)
class CreditSpelling:
    """One credit to respell: on slide ``slide`` (0-based), or read-more item ``item``."""

    slide: int | None
    item: int | None
    old: str
    new: str


def agency_respellings(article: Article) -> list[CreditSpelling]:
    """Every credit in ``article`` that names an agency other than the house way."""
    changes = []
    for n, slide in enumerate(article.slides):
        new = house_spelling(slide.credit)
        if new != slide.credit:
            changes.append(CreditSpelling(n, None, slide.credit, new))
    if article.read_more is not None:
        for n, item in enumerate(article.read_more.items):
            new = house_spelling(item.credit)
            if new != item.credit:
                changes.append(CreditSpelling(None, n, item.credit, new))
    return changes


def describe_respellings(changes: list[CreditSpelling]) -> list[str]:
    """'DepositPhotos → Depositphotos (11 credits)', one line per spelling."""
    counts: Counter[tuple[str, str]] = Counter()
    for change in changes:
        for agency, match in agencies_in(change.old):
            if match.group(0) != agency.name:
                counts[(match.group(0), agency.name)] += 1
    return [respelled(old, new, count) for (old, new), count in counts.items()]


def apply_respellings(article: Article, changes: list[CreditSpelling]) -> None:
    """Write the house spellings into ``article`` (the caller decides whether to)."""
    for change in changes:
        if change.slide is not None:
            article.slides[change.slide].credit = change.new
        elif change.item is not None and article.read_more is not None:
            article.read_more.items[change.item].credit = change.new
