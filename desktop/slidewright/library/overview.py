"""The library as the window lists it: its articles with their problem counts, and one row per
photo (every copy of it) with where it is used, its credit variants and its licence end."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from slidewright.library.rule_helpers import normal_credit
from slidewright.library.rules import LibraryFinding, LibraryRuleId
from slidewright.library.usage_rows import Row
from slidewright.licence_dates import day_of


@dataclass(frozen=True)
class ArticleEntry:
    id: int
    path: str
    title: str
    date: str
    status: str
    slides: int


@dataclass
class PhotoEntry:
    photo: str
    file: str  # one of its files, relative to the library (for the thumbnail)
    usages: list[Row] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # each variant once, as first written
    licence_end: str = ""  # the earliest end recorded for any usage
    expiring: bool = False  # a licence finding (ended, ending within the days asked)
    differs: bool = False  # credited differently in another article
    no_licence: bool = True  # no usage records a licence

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(row.article for row in self.usages))


def articles(db: sqlite3.Connection) -> list[ArticleEntry]:
    return [
        ArticleEntry(*row)
        for row in db.execute(
            "SELECT id, path, title, date, status, slides FROM articles ORDER BY path"
        )
    ]


def search(db: sqlite3.Connection, text: str) -> set[int]:
    """Ids of the articles whose title, path or credits hold every word of ``text`` (as word
    beginnings: "harb tow" finds "Harbour towns"). Words are quoted, so nothing typed is read as
    FTS5 syntax."""
    words = [word.replace('"', '""') for word in text.split()]
    if not words:
        return set()
    query = " ".join(f'"{word}"*' for word in words)
    try:
        return {row[0] for row in db.execute(
            "SELECT rowid FROM article_text WHERE article_text MATCH ?", (query,)
        )}  # fmt: skip
    except sqlite3.OperationalError:
        return set()


def _order(text: str) -> str:
    """A licence end as sortable text: its ISO date when it reads as one, else as written."""
    day = day_of(text)
    return day.isoformat() if day is not None else text


LICENCE_RULES = {LibraryRuleId.LICENSE_EXPIRING, LibraryRuleId.LICENSE_ENDED_BEFORE_ARTICLE}


def photos(rows: list[Row], findings: list[LibraryFinding]) -> list[PhotoEntry]:
    """One entry per photo, most used first."""
    flagged: dict[tuple[str, int | None], set[str]] = {}
    for finding in findings:
        flagged.setdefault((finding.article, finding.slide), set()).add(str(finding.rule))
    entries: dict[str, PhotoEntry] = {}
    for row in sorted(rows, key=lambda r: (r.article, r.slide)):
        if not row.photo:
            continue
        entry = entries.get(row.photo)
        if entry is None:
            entry = entries[row.photo] = PhotoEntry(row.photo, row.file)
        entry.usages.append(row)
        rules = flagged.get((row.article, row.slide), set())
        entry.expiring |= bool(rules & LICENCE_RULES)
        entry.differs |= LibraryRuleId.CREDIT_DIFFERS_ELSEWHERE in rules
        entry.no_licence &= not row.has_licence
        end = row.licence_end or row.picture_licence_end
        if end and (not entry.licence_end or _order(end) < _order(entry.licence_end)):
            entry.licence_end = end
    for entry in entries.values():
        seen: dict[str, str] = {}
        for row in entry.usages:
            if row.credit:
                seen.setdefault(normal_credit(row.credit), row.credit)
        entry.credits = list(seen.values())
    return sorted(entries.values(), key=lambda e: (-len(e.usages), e.file))
