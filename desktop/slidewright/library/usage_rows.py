"""The index read back for the rules: one row per slide picture, with its article and picture."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Row:
    article: str
    article_title: str
    article_date: str
    slide: int
    image: str
    file: str
    state: str
    problem: str
    digest: str | None
    credit: str
    license: str
    license_url: str
    licence_end: str
    photo: str | None
    readable: bool
    picture_problem: str
    picture_terms: str
    picture_licence_url: str
    picture_licence_end: str

    @property
    def has_licence(self) -> bool:
        """Something says under which licence the picture is used."""
        return bool(
            self.license or self.license_url or self.licence_end or self.picture_terms
            or self.picture_licence_url or self.picture_licence_end
        )  # fmt: skip


QUERY = """
SELECT a.path, a.title, a.date, u.slide, u.image, u.file, u.state, u.problem, u.digest,
       u.credit, u.license, u.license_url, u.licence_end,
       coalesce(p.photo, p.digest), coalesce(p.readable, 1), coalesce(p.problem, ''),
       coalesce(p.terms, ''), coalesce(p.licence_url, ''), coalesce(p.licence_end, '')
FROM usages u JOIN articles a ON a.id = u.article LEFT JOIN pictures p ON p.digest = u.digest
WHERE a.status = 'ok'
"""


def load_rows(db: sqlite3.Connection, where: str = "", args: tuple[object, ...] = ()) -> list[Row]:
    rows: list[list[Any]] = [list(row) for row in db.execute(QUERY + where, args)]
    for row in rows:
        row[14] = bool(row[14])  # readable
    return [Row(*row) for row in rows]


def unreadable_articles(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT path, problem FROM articles WHERE status != 'ok' ORDER BY path"
    ).fetchall()
