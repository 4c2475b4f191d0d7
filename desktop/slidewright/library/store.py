"""Where a library's index lives and what it holds: one SQLite database per library folder.

The database is kept under ``$XDG_CACHE_HOME/slidewright/library/`` (owner-only), named by a
digest of the library folder's real path, so a library on a read-only disk or a shared drive is
indexed without writing a byte beside the articles. It is an index, never the source of truth:
a file of another schema version, or one SQLite cannot open, is set aside and built again.

WAL lets two windows and an audit read while one of them writes; the busy timeout makes a second
writer wait its turn instead of failing. Every article is written in one transaction with its
slides and pictures, so a run killed at any point leaves whole articles, and the next run indexes
what is missing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from slidewright.cachedirs import NOBODY_ELSE_READS, cache_root, is_private
from slidewright.errors import SlidewrightError

# 2: pictures cut off or not what their names say are unreadable (read again)
# 3: a PNG's IPTC and a GIF's XMP are read (credits/hiddenblocks.py): their credits read again
SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 30_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,      -- the bundle folder, relative to the library, '/'-separated
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',  -- as the front matter says (ISO), '' when unset
    status TEXT NOT NULL DEFAULT 'ok',  -- ok | unreadable
    problem TEXT NOT NULL DEFAULT '',   -- why it is unreadable (file, line, what)
    slides INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL,
    digest TEXT NOT NULL            -- sha256 of index.md, to confirm a change the stat suggests
);
CREATE TABLE IF NOT EXISTS pictures (
    digest TEXT PRIMARY KEY,        -- sha256 of the file's bytes
    dhash INTEGER,                  -- 64-bit difference hash (signed), NULL when not decodable
    photo TEXT,                     -- the digest standing for every copy of the same photo
    width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0, format TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '', creator TEXT NOT NULL DEFAULT '',
    copyright TEXT NOT NULL DEFAULT '', licence_url TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '',
    licence_start TEXT NOT NULL DEFAULT '', licence_end TEXT NOT NULL DEFAULT '',
    readable INTEGER NOT NULL DEFAULT 1, problem TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS usages (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    slide INTEGER NOT NULL,         -- 1-based slide number
    image TEXT NOT NULL,            -- the path as the slide writes it
    file TEXT NOT NULL DEFAULT '',  -- the file, relative to the library ('' when none)
    state TEXT NOT NULL DEFAULT 'ok',   -- ok | none | remote | outside | missing | unreadable
    problem TEXT NOT NULL DEFAULT '',
    digest TEXT,                    -- the picture, when the file was read
    size INTEGER, mtime_ns INTEGER, inode INTEGER,
    credit TEXT NOT NULL DEFAULT '', license TEXT NOT NULL DEFAULT '',
    license_url TEXT NOT NULL DEFAULT '', creator TEXT NOT NULL DEFAULT '',
    licence_start TEXT NOT NULL DEFAULT '', licence_end TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article, slide)
);
CREATE INDEX IF NOT EXISTS usages_digest ON usages(digest);
CREATE INDEX IF NOT EXISTS pictures_photo ON pictures(photo);
CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
    title, path, credits, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def index_folder() -> Path:
    """The owner-only folder holding every library's index (refused when others may read it:
    the index holds titles and credits of unpublished articles)."""
    folder = cache_root() / "library"
    if not is_private(folder, NOBODY_ELSE_READS):
        raise SlidewrightError(
            f"{folder}: the library index folder is not private to you (or cannot be made); "
            "fix its owner or permissions"
        )
    return folder


def index_file_for(library: Path) -> Path:
    """The index file of the library at ``library`` (by its real path)."""
    real = os.path.realpath(library)
    name = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return index_folder() / f"{name}.sqlite"


def connect(file: Path) -> sqlite3.Connection:
    """Open (or make) the index at ``file``: WAL, a busy timeout, foreign keys; the schema made.

    An index that is not SQLite, is damaged, or is of another schema version is moved aside and
    made again (it only ever held what the articles say)."""
    try:
        return _open(file)
    except sqlite3.DatabaseError:
        _set_aside(file)
        return _open(file)


def _open(file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(file, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            connection.close()
            _set_aside(file)
            return _open(file)
        if version == 0:
            connection.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        return connection
    except sqlite3.DatabaseError:
        connection.close()
        raise


def _set_aside(file: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.replace(f"{file}{suffix}", f"{file}{suffix}.broken")
        except FileNotFoundError:
            pass


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error): a writer takes the write lock
    at the start, so two writers queue on the busy timeout instead of failing mid-way."""
    if connection.in_transaction:
        yield connection
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


class LibraryStore:
    """One library's index: the folder it describes and the open database."""

    def __init__(self, root: Path, index_file: Path | None = None) -> None:
        self.root = Path(os.path.realpath(root))
        self.file = index_file or index_file_for(self.root)
        self.db = connect(self.file)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
