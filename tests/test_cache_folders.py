"""Slidewright's cache folders (slidewright/cachedirs.py) and what may be deleted from them: a
folder on the way from $XDG_CACHE_HOME/slidewright that is a link, someone else's, or writable by
others is not used, and pruning the kept preview pages touches only pages Slidewright wrote."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright.cachedirs import cache_root, private_cache
from slidewright.ui.preview import first_page

PAGE = b"<!DOCTYPE html><title>Kept</title>"


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty $XDG_CACHE_HOME of this test's own; returns $XDG_CACHE_HOME/slidewright."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return cache_root()


def writers_folder(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A folder of the writer's own .html files (30: more than the pages kept)."""
    folder = tmp_path / "documents"
    folder.mkdir()
    files = [folder / f"chapter-{n}.html" for n in range(30)]
    for file in files:
        file.write_text("my work")
    return folder, files


def test_a_kept_pages_folder_that_is_a_link_is_not_used_and_nothing_is_deleted(
    own_cache: Path, tmp_path: Path, sample_bundle: Path
) -> None:
    folder, files = writers_folder(tmp_path)
    own_cache.mkdir(parents=True, mode=0o700)
    (own_cache / "first-pages").symlink_to(folder)

    assert first_page.folder() is None
    first_page.remember(sample_bundle, "article", PAGE)

    assert all(file.read_text() == "my work" for file in files)
    assert sorted(folder.iterdir()) == sorted(files)


def test_a_cache_root_others_can_write_is_not_used(own_cache: Path) -> None:
    own_cache.mkdir(parents=True, mode=0o700)
    (own_cache / "renditions").mkdir(mode=0o700)
    own_cache.chmod(0o770)  # group-writable: a colleague could swap the folders inside
    assert private_cache("renditions") is None
    own_cache.chmod(0o700)
    assert private_cache("renditions") == own_cache / "renditions"


def test_a_cache_root_that_is_a_link_is_not_used(own_cache: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    own_cache.parent.mkdir(parents=True)
    own_cache.symlink_to(elsewhere)
    assert private_cache("first-pages") is None
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_cache_root_owned_by_another_user_is_not_used(own_cache: Path) -> None:
    own_cache.mkdir(parents=True, mode=0o700)
    os.chown(own_cache, 65534, 65534)  # nobody
    assert private_cache("first-pages") is None
    assert first_page.folder() is None


def test_pruning_deletes_only_the_pages_slidewright_wrote(
    own_cache: Path, tmp_path: Path, sample_bundle: Path
) -> None:
    pages = private_cache("first-pages")
    assert pages is not None
    own = [pages / f"{n:064x}.html" for n in range(first_page.KEEP + 6)]
    for age, file in enumerate(own):
        file.write_bytes(PAGE)
        os.utime(file, (1_000_000 + age, 1_000_000 + age))  # own[0] the oldest
    notes = pages / "notes.html"
    notes.write_text("not ours")
    outside = tmp_path / "precious.html"
    outside.write_text("mine")
    planted = pages / f"{'f' * 64}.html"  # a page's name, but a link to the writer's file
    planted.symlink_to(outside)

    first_page.remember(sample_bundle, "article", PAGE)

    left = {file.name for file in pages.iterdir()}
    assert "notes.html" in left and outside.read_text() == "mine"
    kept_own = [file for file in own if file.exists()]
    assert len(kept_own) == first_page.KEEP - 1  # the newest, beside the page just kept
    assert kept_own == own[-(first_page.KEEP - 1) :]
    assert first_page.lookup(sample_bundle, "article") == PAGE
