"""The index under stress: incremental runs, renamed and deleted articles, kill -9 mid-run, two
writers at once, hostile files, a read-only library, a damaged index."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from libraryfactory import MakeArticle
from slidewright.library import indexer as indexer_module
from slidewright.library.indexer import update_index
from slidewright.library.rules import check_library
from slidewright.library.store import LibraryStore, index_file_for


def counts(library: Path) -> tuple[int, int, int]:
    with LibraryStore(library) as store:
        result = update_index(store)
        usages = store.db.execute("SELECT count(*) FROM usages").fetchone()[0]
        return result.articles, result.pictures, usages


def test_unchanged_articles_are_not_read_again_and_a_changed_one_is(
    library: Path, make_article: MakeArticle
) -> None:
    first = make_article("first", "2026-01-01", [(1, "Staff", {}), (2, "Staff", {})])
    make_article("second", "2026-01-02", [(3, "Staff", {})])
    with LibraryStore(library) as store:
        assert update_index(store).read == 2
        assert update_index(store).read == 0
        index = first / "index.md"
        index.write_text(index.read_text().replace('title: "First"', 'title: "Renamed"'))
        again = update_index(store)
        assert again.read == 1
        title = store.db.execute("SELECT title FROM articles WHERE path='first'").fetchone()[0]
        assert title == "Renamed"
        # a picture touched but not changed: the article is read again, the picture is the same
        picture = first / "images" / "p0.jpg"
        os.utime(picture, ns=(1, 1))
        touched = update_index(store)
        assert (touched.read, touched.pictures) == (1, 3)
        assert update_index(store).read == 0
        # a picture replaced: a new picture, the old one leaves the index
        (first / "images" / "p0.jpg").write_bytes((first / "images" / "p1.jpg").read_bytes())
        replaced = update_index(store)
        assert (replaced.read, replaced.pictures) == (1, 2)


def test_an_article_renamed_or_deleted_between_runs(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("old-name", "2026-01-01", [(1, "Jana/Shutterstock", {})])
    make_article("doomed", "2026-01-02", [(2, "Staff", {})])
    assert counts(library) == (2, 2, 2)
    (library / "old-name").rename(library / "new-name")
    import shutil

    shutil.rmtree(library / "doomed")
    assert counts(library) == (1, 1, 1)
    with LibraryStore(library) as store:
        assert [f.article for f in check_library(store.db)] == ["new-name"]

        def search(query: str) -> list[str]:
            return [
                row[0]
                for row in store.db.execute(
                    "SELECT path FROM articles WHERE id IN "
                    "(SELECT rowid FROM article_text WHERE article_text MATCH ?)",
                    (query,),
                )
            ]

        assert search("path:doomed OR path:old") == []
        assert search("path:new") == ["new-name"]


def _index_then_die(library: str, cache: str) -> None:
    os.environ["XDG_CACHE_HOME"] = cache
    indexer_module.BATCH = 3  # commits every 3 articles, so some are on disk when it dies

    def progress(done: int, _total: int) -> None:
        if done == 8:
            os.kill(os.getpid(), signal.SIGKILL)

    with LibraryStore(Path(library)) as store:
        update_index(store, progress, workers=1)


def test_kill_9_mid_indexing_then_the_next_run_finishes(
    library: Path, make_article: MakeArticle
) -> None:
    for n in range(12):
        make_article(f"article-{n:02d}", "2026-01-01", [(n, "Staff", {})])
    child = multiprocessing.get_context("fork").Process(
        target=_index_then_die, args=(str(library), os.environ["XDG_CACHE_HOME"])
    )
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    with LibraryStore(library) as store:
        kept = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert kept == 6  # two whole batches; the third died with the process
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        result = update_index(store)
        assert (result.read, result.articles, result.pictures) == (6, 12, 12)


def _index(library: str, cache: str, queue: multiprocessing.Queue[tuple[int, int]]) -> None:
    os.environ["XDG_CACHE_HOME"] = cache
    with LibraryStore(Path(library)) as store:
        result = update_index(store, workers=1)
        queue.put((result.articles, result.pictures))


def test_two_writers_at_once_both_finish_with_the_same_index(
    library: Path, make_article: MakeArticle
) -> None:
    for n in range(30):
        make_article(f"article-{n:02d}", "2026-01-01", [(n, "Staff", {}), (n + 100, "Staff", {})])
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[tuple[int, int]] = context.Queue()
    writers = [
        context.Process(target=_index, args=(str(library), os.environ["XDG_CACHE_HOME"], queue))
        for _ in range(2)
    ]
    for writer in writers:
        writer.start()
    results = [queue.get(timeout=120) for _ in writers]
    for writer in writers:
        writer.join(60)
        assert writer.exitcode == 0
    assert results == [(30, 60), (30, 60)]
    assert counts(library) == (30, 60, 60)


def test_hostile_and_unreadable_files_are_findings_not_crashes(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("fine", "2026-01-01", [(1, "Staff", {})])
    broken = make_article("broken-yaml", "2026-01-01", [(2, "Staff", {})])
    (broken / "index.md").write_text("---\ntitle: [unclosed\nslides: {\n---\n")
    deep = library / "deep-yaml"
    deep.mkdir()
    (deep / "index.md").write_text("---\ntitle: x\nextra: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    binary = library / "binary"
    binary.mkdir()
    (binary / "index.md").write_bytes(os.urandom(4096))
    fifo = library / "fifo"
    fifo.mkdir()
    os.mkfifo(fifo / "index.md")
    pictures = make_article(
        "bad-pictures",
        "2026-01-01",
        [(3, "Staff", {}), (4, "Staff", {}), (5, "Staff", {}), (6, "Staff", {})],
    )
    (pictures / "images" / "p0.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (pictures / "images" / "p1.jpg").unlink()
    os.mkfifo(pictures / "images" / "p1.jpg")  # a pipe named like a picture never blocks
    (pictures / "images" / "p2.jpg").unlink()
    (pictures / "images" / "p2.jpg").symlink_to("/etc/passwd")  # leads out of the bundle

    # a PNG header claiming 100,000 x 100,000 pixels (a decompression bomb)
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b""))
    (pictures / "images" / "p3.jpg").write_bytes(bomb + chunk(b"IEND", b""))
    with LibraryStore(library) as store:
        result = update_index(store)
        findings = check_library(store.db)
    assert result.articles == 6
    unreadable = {f.article: f.message for f in findings if f.rule == "article-unreadable"}
    assert set(unreadable) == {"broken-yaml", "deep-yaml", "binary", "fifo"}
    assert "index.md" in unreadable["broken-yaml"] and "line" in unreadable["broken-yaml"]
    pictures_found = {f.slide: f.message for f in findings if f.rule == "picture-unreadable"}
    assert set(pictures_found) == {1, 2, 3, 4}  # 3: a link out of the bundle, as check says
    assert "not an image that opens" in pictures_found[1]
    assert "decompression bomb" in pictures_found[4] or "pixels" in pictures_found[4]


def test_a_read_only_library_is_indexed_elsewhere_and_left_untouched(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("one", "2026-01-01", [(1, "Jana/Shutterstock", {})])
    before = sorted(str(p.relative_to(library)) for p in library.rglob("*"))
    for folder in [library, *[p for p in library.rglob("*") if p.is_dir()]]:
        folder.chmod(0o555)
    try:
        assert counts(library) == (1, 1, 1)
    finally:
        for folder in [library, *[p for p in library.rglob("*") if p.is_dir()]]:
            folder.chmod(0o755)
    assert sorted(str(p.relative_to(library)) for p in library.rglob("*")) == before
    index = index_file_for(library)
    assert index.is_file() and not index.is_relative_to(library)
    assert Path(os.environ["XDG_CACHE_HOME"]) in index.parents


def test_a_damaged_index_is_set_aside_and_built_again(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("one", "2026-01-01", [(1, "Staff", {})])
    assert counts(library) == (1, 1, 1)
    index = index_file_for(library)
    index.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    assert counts(library) == (1, 1, 1)
    assert Path(f"{index}.broken").exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(f"{index}.broken").execute("SELECT * FROM articles").fetchall()
