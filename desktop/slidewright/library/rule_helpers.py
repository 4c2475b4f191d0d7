"""What the library rules (rules.py) share: a use's place, credits compared across
articles, photos grouped by content, and the sentences that quote other uses ("'Getty Images' in
harbour-towns (slide 3); and 2 more") — built as translatable messages in the rules' context."""

from __future__ import annotations

from collections.abc import Iterable

from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted, listing
from slidewright.library.usage_rows import Row


def where_used(row: Row) -> Message:
    where = QT_TRANSLATE_NOOP("LibraryRules", "{article} (slide {slide})")
    return where.format(article=row.article, slide=row.slide)


def normal_credit(credit: str) -> str:
    """A credit as compared across articles: case, spaces, ©, a label and a final period aside."""
    text = credit.casefold().replace("©", " ").replace("(c)", " ")
    for label in ("photo:", "credit:", "photograph:", "image:"):
        text = text.removeprefix(label)
    text = " ".join(text.replace(" /", "/").replace("/ ", "/").split())
    return text.rstrip(". ")


def by_photo(rows: Iterable[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row.photo:
            groups.setdefault(row.photo, []).append(row)
    return {photo: group for photo, group in groups.items() if len(group) > 1}


def and_more(parts: list[Message], more: int) -> Message:
    """'a; b' or, with more left out, 'a; b; and 3 more'."""
    shown = listing(parts, "; ")
    if more <= 0:
        return shown
    return counted(  # one or more: "1 more" is its own text, as French says "1 autre"
        more,
        QT_TRANSLATE_NOOP("LibraryRules", "{shown}; and 1 more"),
        QT_TRANSLATE_NOOP("LibraryRules", "{shown}; and {more} more"),
    ).format(shown=shown, more=more)


def quoted_uses(others: list[Row], limit: int = 2) -> Message:
    quoted = QT_TRANSLATE_NOOP("LibraryRules", "'{credit}' in {where}")
    parts = [quoted.format(credit=row.credit, where=where_used(row)) for row in others[:limit]]
    return and_more(parts, len(others) - limit)
