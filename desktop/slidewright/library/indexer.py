"""Bringing a library's index up to date with its folder: stat everything, read what changed.

An article is read again when its ``index.md`` or one of its pictures has another size,
modification time or inode than the index remembers (a digest then confirms a real change of a
picture before it is decoded again). Articles gone from the folder leave the index, with their
usages; pictures no article uses any more go too. Reading runs in worker processes when there
is much to read (the pictures' digests, hashes and metadata are the cost), inline otherwise.
Results are written a batch of articles per transaction: a run killed at any moment leaves whole
articles behind, and the next run reads the rest.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from slidewright.library.findings_cache import bump_generation
from slidewright.library.photos import regroup_photos
from slidewright.library.reading import ArticleRead, Known, read_article
from slidewright.library.scan import FileStat, scan
from slidewright.library.store import LibraryStore, transaction

PARALLEL_FROM = 48  # articles to read before worker processes pay for their start
BATCH = 100  # articles written per transaction

Progress = Callable[[int, int], None]  # (articles read so far, articles to read)


@dataclass
class IndexResult:
    articles: int = 0
    pictures: int = 0
    read: int = 0  # articles read this run
    removed: int = 0  # articles gone from the folder
    seconds: float = 0.0
    problems: list[tuple[str, str]] = field(
        default_factory=list
    )  # folders that could not be listed


def _known(db: sqlite3.Connection) -> tuple[dict[str, tuple[int, FileStat]], dict[int, Known]]:
    articles = {
        path: (ident, FileStat(size, mtime, inode))
        for ident, path, size, mtime, inode in db.execute(
            "SELECT id, path, size, mtime_ns, inode FROM articles"
        )
    }
    files: dict[int, Known] = {}
    for article, image, size, mtime, inode, digest in db.execute(
        "SELECT article, image, size, mtime_ns, inode, digest FROM usages"
        " WHERE digest IS NOT NULL OR state IN ('missing', 'unreadable')"
    ):
        if digest is None:  # not there (or not readable) last time: looked for again
            size, mtime, inode, digest = -1, -1, -1, ""
        files.setdefault(article, {})[image] = (size, mtime, inode, digest)
    return articles, files


def _unchanged(root: str, rel: str, files: Known) -> bool:
    """Every picture file of the article is as the index has it (one stat each)."""
    bundle = root if rel == "." else f"{root}/{rel}"
    for image, (size, mtime, inode, _digest) in files.items():
        try:
            info = os.stat(bundle + "/" + image.replace("\\", "/"))
        except (OSError, ValueError):
            if size == -1:
                continue  # still not there
            return False
        if (info.st_size, info.st_mtime_ns, info.st_ino) != (size, mtime, inode):
            return False
    return True


def update_index(
    store: LibraryStore, progress: Progress | None = None, workers: int | None = None
) -> IndexResult:
    """Make ``store``'s index describe its folder as it is now."""
    started = time.perf_counter()
    root = str(store.root)
    db = store.db
    indexed, files = _known(db)
    found = scan(store.root, indexed.keys())
    gone = [ident for path, (ident, _stat) in indexed.items() if path not in found.articles]
    todo: list[tuple[str, Known]] = []
    for rel, now in found.articles.items():
        before = indexed.get(rel)
        if before is not None and before[1] == now and now.size >= 0:
            ident = before[0]
            if _unchanged(root, rel, files.get(ident, {})):
                continue
            todo.append((rel, files.get(ident, {})))
        else:
            todo.append((rel, files.get(before[0], {}) if before else {}))
    result = IndexResult(read=len(todo), removed=len(gone), problems=found.problems)
    if gone:
        with transaction(db):
            db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in gone])
            db.executemany("DELETE FROM article_text WHERE rowid = ?", [(i,) for i in gone])
            bump_generation(db)
    done = added = 0
    batch: list[ArticleRead] = []
    for read in _read_all(root, todo, workers):
        batch.append(read)
        done += 1
        if len(batch) >= BATCH:
            added += _write(db, batch)
            batch = []
        if progress is not None:
            progress(done, len(todo))
    if batch:
        added += _write(db, batch)
    if todo or gone:
        with transaction(db):
            dropped = db.execute(
                "DELETE FROM pictures WHERE digest NOT IN "
                "(SELECT digest FROM usages WHERE digest IS NOT NULL)"
            ).rowcount
            ungrouped = db.execute("SELECT 1 FROM pictures WHERE photo IS NULL LIMIT 1")
            if added or dropped or ungrouped.fetchone():  # the photos can only change then
                regroup_photos(db)
    result.articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    result.pictures = db.execute("SELECT count(*) FROM pictures").fetchone()[0]
    result.seconds = time.perf_counter() - started
    return result


def _read_all(
    root: str, todo: list[tuple[str, Known]], workers: int | None
) -> Iterator[ArticleRead]:
    count = workers if workers is not None else min(len(os.sched_getaffinity(0)), 8)
    if len(todo) < PARALLEL_FROM or count <= 1:
        for rel, known in todo:
            yield read_article(root, rel, known)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the window calls this from a thread of a Qt process
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context)
    try:
        yield from pool.map(
            read_article,
            *zip(*((root, rel, known) for rel, known in todo), strict=True),
            chunksize=16,
        )
    finally:  # stopped early (the window closed, Ctrl+C): drop the work not yet started
        pool.shutdown(wait=True, cancel_futures=True)


def _write(db: sqlite3.Connection, batch: Iterable[ArticleRead]) -> int:
    """Write the articles read; returns how many pictures were new to the index."""
    added = 0
    with transaction(db):
        bump_generation(db)
        for read in batch:
            row = db.execute("SELECT id FROM articles WHERE path = ?", (read.path,)).fetchone()
            values = (
                read.title, read.date, read.status, read.problem, read.slides,
                read.stat.size, read.stat.mtime_ns, read.stat.inode, read.digest,
            )  # fmt: skip
            if row is None:
                ident = db.execute(
                    "INSERT INTO articles (title, date, status, problem, slides, size, mtime_ns,"
                    " inode, digest, path) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*values, read.path),
                ).lastrowid
            else:
                ident = row[0]
                db.execute(
                    "UPDATE articles SET title=?, date=?, status=?, problem=?, slides=?, size=?,"
                    " mtime_ns=?, inode=?, digest=? WHERE id=?",
                    (*values, ident),
                )
                db.execute("DELETE FROM usages WHERE article = ?", (ident,))
                db.execute("DELETE FROM article_text WHERE rowid = ?", (ident,))
            db.execute(
                "INSERT INTO article_text (rowid, title, path, credits) VALUES (?,?,?,?)",
                (ident, read.title, read.path, read.credits),
            )
            # a digest names its content: a picture already indexed is the same picture
            added += db.executemany(
                "INSERT OR IGNORE INTO pictures (digest, dhash, width, height, bytes, format,"
                " credit, creator, copyright, licence_url, terms, licence_start, licence_end,"
                " readable, problem) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        p.digest,
                        p.dhash,
                        p.width,
                        p.height,
                        p.bytes,
                        p.format,
                        p.credit,
                        p.creator,
                        p.copyright,
                        p.licence_url,
                        p.terms,
                        p.licence_start,
                        p.licence_end,
                        int(p.readable),
                        p.problem,
                    )  # fmt: skip
                    for p in read.pictures
                ],
            ).rowcount
            db.executemany(
                "INSERT OR REPLACE INTO usages (article, slide, image, file, state, problem,"
                " digest, size, mtime_ns, inode, credit, license, license_url, creator,"
                " licence_start, licence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        ident,
                        u.slide,
                        u.image,
                        u.file,
                        u.state,
                        u.problem,
                        u.digest,
                        u.stat.size if u.stat else None,
                        u.stat.mtime_ns if u.stat else None,
                        u.stat.inode if u.stat else None,
                        u.credit,
                        u.license,
                        u.license_url,
                        u.creator,
                        u.licence_start,
                        u.licence_end,
                    )  # fmt: skip
                    for u in read.usages
                ],
            )
    return added
