"""The index read back for the rules: one row per slide picture, with its article and picture."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


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
    has_licence: bool  # something says under which licence the picture is used


QUERY = """
SELECT a.path, a.title, a.date, u.slide, u.image, u.file, u.state, u.problem, u.digest,
       u.credit, u.license, u.license_url, u.licence_end,
       coalesce(p.photo, p.digest), coalesce(p.readable, 1), coalesce(p.problem, ''),
       coalesce(p.terms, ''), coalesce(p.licence_url, ''), coalesce(p.licence_end, ''),
       (u.license != '' OR u.license_url != '' OR u.licence_end != ''
        OR coalesce(p.terms, '') != '' OR coalesce(p.licence_url, '') != ''
        OR coalesce(p.licence_end, '') != '')
FROM usages u JOIN articles a ON a.id = u.article LEFT JOIN pictures p ON p.digest = u.digest
WHERE a.status = 'ok'
"""


# The rows some rule can report on: a picture that cannot be read, a licence end recorded, a
# credit with no licence (a stock photo?), or a photo used more than once. In a library where
# licences are recorded this is a small share of its pictures, and the rules read only these.
RULE_ROWS = """
AND (u.state IN ('unreadable', 'outside', 'missing') OR coalesce(p.readable, 1) = 0
     OR u.licence_end != '' OR coalesce(p.licence_end, '') != ''
     OR (u.credit != '' AND u.license = '' AND u.license_url = ''
         AND coalesce(p.terms, '') = '' AND coalesce(p.licence_url, '') = '')
     OR coalesce(p.photo, p.digest) IN (
         SELECT coalesce(p2.photo, p2.digest) FROM usages u2
         JOIN pictures p2 ON p2.digest = u2.digest GROUP BY 1 HAVING count(*) > 1))
"""


def load_rows(db: sqlite3.Connection, where: str = "", args: tuple[object, ...] = ()) -> list[Row]:
    # SQLite's 0/1 stand for the two flags as they are: 40,000 rows are read on every audit
    return [Row(*row) for row in db.execute(QUERY + where, args)]


def unreadable_articles(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT path, problem FROM articles WHERE status != 'ok' ORDER BY path"
    ).fetchall()
