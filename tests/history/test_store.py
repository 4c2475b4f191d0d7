"""The version store: compact (images once), survives Save As, bounded, and says what changed."""

from __future__ import annotations

import copy
from pathlib import Path

from slidewright.fileformat.bundle import format_article, load_article, parse_article
from slidewright.history import HistoryStore, summary
from slidewright.history.diffview import compare_html, word_diff


def summarise(old: str | None, new: str) -> str:
    return summary(None if old is None else parse_article(old), parse_article(new))


def record(store: HistoryStore, bundle: Path, article: object, reason: str = "Saved") -> object:
    text = format_article(article, notes=True)  # type: ignore[arg-type]
    images = [s.image for s in article.slides if s.image]  # type: ignore[attr-defined]
    return store.record(bundle, text, images, reason, summarise)


def test_versions_share_unchanged_images_and_follow_save_as(
    tmp_path: Path, sample_bundle: Path
) -> None:
    store = HistoryStore(tmp_path / "history")
    article = load_article(sample_bundle)
    first = record(store, sample_bundle, article)
    size_one = store.size(sample_bundle)
    assert record(store, sample_bundle, article) is None  # nothing changed: no new version
    article.slides[0].body += " A new sentence."
    second = record(store, sample_bundle, article)
    assert second is not None and "1 slide edited" in second.summary  # type: ignore[attr-defined]
    images = sum(f.stat().st_size for f in sample_bundle.glob("images/*"))
    # the second version costs its compressed text, not another copy of the pictures
    assert store.size(sample_bundle) - size_one < images / 10
    renamed = tmp_path / "renamed"
    store.link(renamed, sample_bundle)
    assert [v.number for v in store.versions(renamed)] == [1, 2]
    assert first is not None
    assert "A new sentence" not in store.text(renamed, store.versions(renamed)[0])


def test_summary_names_added_removed_moved_and_edited(sample_bundle: Path) -> None:
    old = load_article(sample_bundle)
    new = copy.deepcopy(old)
    removed = new.slides.pop(1)
    new.slides.insert(0, new.slides.pop(-1))  # last slide moved to the top
    new.slides[1].body = "Rewritten."
    new.slides.append(copy.deepcopy(removed))
    new.slides[-1].heading, new.slides[-1].image, new.slides[-1].body = "Fresh", "", "New one"
    text = summary(old, new)
    assert "1 moved" in text and "1 added" in text and "1 removed" in text and "edited" in text
    page = compare_html(old, new, restore_from="older")
    assert "Rewritten." in page and "line-through" in page and "restore-slide:1" in page


def test_word_diff_marks_only_changed_words() -> None:
    marked = word_diff("the quick brown fox", "the slow brown fox")
    assert "quick" in marked.split("line-through")[1] and "slow" in marked
    assert "the " in marked and "brown fox" in marked


def test_prune_keeps_newest_and_drops_unused_blobs(tmp_path: Path, sample_bundle: Path) -> None:
    store = HistoryStore(tmp_path / "history")
    article = load_article(sample_bundle)
    for n in range(6):
        article.slides[0].body = f"Version {n} " + "word " * 2000
        record(store, sample_bundle, article)
    before = store.size(sample_bundle)
    assert store.prune(sample_bundle, keep=2) == 4
    kept = store.versions(sample_bundle)
    assert [v.number for v in kept] == [5, 6]
    assert "Version 5" in store.text(sample_bundle, kept[-1])
    assert store.size(sample_bundle) < before


def test_automatic_cap_removes_oldest(tmp_path: Path, sample_bundle: Path) -> None:
    store = HistoryStore(tmp_path / "history", cap=1)  # every version is over this cap
    article = load_article(sample_bundle)
    for n in range(14):
        article.slides[0].body = f"Take {n}"
        record(store, sample_bundle, article)
    assert len(store.versions(sample_bundle)) == 10  # KEEP_AT_LEAST
    assert store.versions(sample_bundle)[-1].number == 14


def test_history_is_private_survives_a_restart_and_a_torn_line(
    tmp_path: Path, sample_bundle: Path
) -> None:
    store = HistoryStore(tmp_path / "history")
    article = load_article(sample_bundle)
    record(store, sample_bundle, article)
    article.slides[0].heading = "Renamed slide"
    record(store, sample_bundle, article)
    folder = store.folder(sample_bundle)
    assert folder is not None and not any(sample_bundle.rglob("*.jsonl"))  # nothing in the bundle
    assert folder.stat().st_mode & 0o077 == 0  # the writer's text: owner only
    assert all(p.stat().st_mode & 0o077 == 0 for p in folder.rglob("*") if p.is_file())
    with (folder / "versions.jsonl").open("a") as versions:
        versions.write('{"number": 3, "ti')  # a crash in the middle of a line
    again = HistoryStore(tmp_path / "history")  # the next run of the app
    kept = again.versions(sample_bundle)
    assert [v.number for v in kept] == [1, 2]
    assert "Renamed slide" in again.text(sample_bundle, kept[-1])
    assert "1 slide edited" in kept[-1].summary
