"""WordPress gets the same cleaned, credited pictures as every export (issue 23): the bytes a
publish uploads carry none of the corpus's private metadata (tests/privatepictures.py), and the
full-size file the real test WordPress then serves, read back over HTTP, neither."""

from __future__ import annotations

import shutil
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from wordpress_server import WordPressServer

from privatepictures import EXPECTED, credits_left, private_bundle, private_left, read_tags
from slidewright.fileformat import load_article
from slidewright.publish.pictures import published_pictures
from slidewright.publish.publisher import PublishResult
from slidewright.publish.state import read_state

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
Publish = Callable[..., PublishResult]
IMAGES = [
    "images/longtable.jpg",
    "images/crates.png",
    "images/moorings.webp",
    "images/portlist.jpg",
]


@pytest.fixture
def article_copy(tmp_path: Path) -> Path:
    """The article ``publish`` sends (tests/publish/conftest.py): the privacy corpus's."""
    return private_bundle(tmp_path / "night-markets", thumbnail=".jpg")


def _check(pictures: dict[str, bytes], tmp_path: Path) -> None:
    read = read_tags(pictures, tmp_path)
    for name, data in pictures.items():
        assert private_left(data, read[name]) == [], name
        stem = Path(name).stem.split("-")[0]
        if stem in EXPECTED:
            assert credits_left(read[name], stem) == [], name


def test_the_upload_bytes_are_cleaned_and_credited(article_copy: Path, tmp_path: Path) -> None:
    article = load_article(article_copy)
    pictures = published_pictures(article, article_copy, [*IMAGES, "images/chart.jpg"])
    assert pictures["images/longtable.jpg"] != (article_copy / "images/longtable.jpg").read_bytes()
    _check(pictures, tmp_path)


def test_the_pictures_on_the_site_carry_no_private_metadata(
    site: WordPressServer, article_copy: Path, publish: Publish, tmp_path: Path
) -> None:
    result = publish()
    assert sorted(result.uploaded) == sorted([*IMAGES, "images/chart.jpg"])
    state = read_state(load_article(article_copy))
    assert state is not None and len(state.media) == 5
    served = {}
    for media_id in state.media.values():
        url = site.get(f"/wp/v2/media/{media_id}")["source_url"]
        with urllib.request.urlopen(url, timeout=30) as answer:  # the full-size file, as served
            served[Path(url).name] = answer.read()
    assert {Path(name).stem.split("-")[0] for name in served} == {
        "longtable", "crates", "moorings", "portlist", "chart",
    }  # fmt: skip
    _check(served, tmp_path)
