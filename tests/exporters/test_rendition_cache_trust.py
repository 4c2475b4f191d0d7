"""A file planted in the renditions cache is never published: every cached rendition (and every
credited copy kept beside it) is checked to be a regular file of ours with the size and SHA-256
recorded when it was made, before it is copied into an export."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.exporters.renditions import CacheEntryChanged, RenditionCache, cache_dir

PRIVATE = b"\xff\xd8\xff\xe0 the writer's private picture, never to be published"


def plant_links(folder: Path, target: Path) -> int:
    """Replace every picture file in the cache with a link to ``target``."""
    planted = 0
    for file in list(folder.rglob("*")):
        if file.suffix in (".jpg", ".webp", ".png") and file.is_file():
            file.unlink()
            file.symlink_to(target)
            planted += 1
    return planted


def test_links_planted_in_the_cache_are_not_published(
    sample_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))  # a cache of this test alone
    first = tmp_path / "first"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(first)]) == 0
    private = tmp_path / "private.jpg"
    private.write_bytes(PRIVATE)
    assert plant_links(cache_dir(), private) > 10  # renditions and their credited copies

    again = tmp_path / "again"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(again)]) == 0

    published = sorted((again / "assets").iterdir())
    assert published and all(file.read_bytes() != PRIVATE for file in published)
    assert [f.name for f in published] == sorted(f.name for f in (first / "assets").iterdir())
    assert private.read_bytes() == PRIVATE  # the link's target is untouched
    assert not any(file.is_symlink() for file in cache_dir().rglob("*"))  # made again instead


def test_a_rendition_swapped_after_lookup_is_refused_by_name(
    sample_bundle: Path, tmp_path: Path
) -> None:
    image = sample_bundle / "images" / "fog.jpg"
    cache = RenditionCache(tmp_path / "cache")
    found = cache.renditions([image])[image]
    assert found is not None
    largest = found.largest().path
    assert cache.read(largest)[:2] == b"\xff\xd8"
    private = tmp_path / "private.jpg"
    private.write_bytes(PRIVATE)
    largest.unlink()
    largest.symlink_to(private)

    with pytest.raises(CacheEntryChanged, match=f"{largest.name}: .* not published"):
        cache.read(largest)
    assert not largest.exists() and private.read_bytes() == PRIVATE

    other = found.main[0].path
    other.write_bytes(other.read_bytes()[:-1] + b"\0")  # same size, other bytes
    with pytest.raises(CacheEntryChanged, match="has changed since it was made"):
        cache.read(other)
