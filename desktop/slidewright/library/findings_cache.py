"""The findings of the last audit, kept in the index beside what they were computed from.

Every write to the index moves its ``generation`` on; findings are kept with the generation,
the day and the options they were computed for, and are used again only when all four are the
same. So a second audit of an unchanged library reads its findings instead of running the rules
over 40,000 pictures again; a changed article, a new day or another ``--expiring`` recomputes.
"""

from __future__ import annotations

import datetime
import json
import sqlite3

from slidewright.credits.findings import Severity
from slidewright.i18n import message_data, message_from_data
from slidewright.library.rules import LibraryFinding, LibraryRules, check_library
from slidewright.library.store import transaction


def generation(db: sqlite3.Connection) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return str(row[0]) if row else "0"


def bump_generation(db: sqlite3.Connection) -> None:
    """Call inside the transaction that changes the index."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE "
        "SET value = CAST(value AS INTEGER) + 1"
    )


def library_findings(
    db: sqlite3.Connection,
    rules: LibraryRules,
    today: datetime.date | None = None,
    expiring_days: int = 30,
) -> list[LibraryFinding]:
    """As :func:`check_library`, from the kept findings when nothing they depend on changed."""
    today = today or datetime.date.today()
    key = json.dumps(
        [generation(db), today.isoformat(), expiring_days, sorted(r.id for r in rules.enabled())]
    )
    row = db.execute("SELECT value FROM meta WHERE key = 'findings'").fetchone()
    if row is not None:
        try:
            kept = json.loads(row[0])
            if kept["key"] == key:
                return [
                    LibraryFinding(
                        rule, Severity(severity), article, slide, image, message_from_data(message)
                    )
                    for rule, severity, article, slide, image, message in kept["findings"]
                ]
        except (ValueError, KeyError, TypeError):
            pass  # kept by another version: computed again below
    findings = check_library(db, rules, today, expiring_days)
    value = json.dumps(
        {
            "key": key,
            "findings": [
                [str(f.rule), str(f.severity), f.article, f.slide, f.image, message_data(f.message)]
                for f in findings
            ],
        },
        ensure_ascii=False,
    )
    with transaction(db):
        if generation(db) == json.loads(key)[0]:  # no other writer changed the index meanwhile
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('findings', ?)", (value,))
    return findings
