"""Save As copies images only inside the new folder, and never replaces a different image
without being told (issue 17: the copy shared by Save As and site exports climbed out)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import load_article
from slidewright.errors import ImageConflictError
from slidewright.fileformat import copy_images


def test_a_climbing_path_is_not_copied_out_of_the_new_folder(
    sample_bundle: Path, tmp_path: Path
) -> None:
    deep = tmp_path / "deep" / "a" / "b" / "src"
    shutil.copytree(sample_bundle, deep)
    article = load_article(deep)
    article.slides[0].image = "../../../../deep/a/b/src/images/fog.jpg"  # inside deep
    target = tmp_path / "shallow" / "copy"
    not_copied = copy_images(article, deep, target)
    assert not_copied == ["../../../../deep/a/b/src/images/fog.jpg"]
    assert all(p.is_relative_to(target) for p in (tmp_path / "shallow").rglob("*"))


def test_a_different_image_in_the_new_folder_is_not_overwritten_silently(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    target = tmp_path / "copy"
    make_image(target / "images" / "fog.jpg", seed=99)  # someone else's picture, same name
    theirs = (target / "images" / "fog.jpg").read_bytes()
    with pytest.raises(ImageConflictError) as conflict:
        copy_images(article, sample_bundle, target)
    assert conflict.value.images == ["images/fog.jpg"]
    assert "images/fog.jpg" in str(conflict.value)
    assert (target / "images" / "fog.jpg").read_bytes() == theirs
    assert sorted(p.name for p in (target / "images").iterdir()) == ["fog.jpg"]  # nothing else
    copy_images(article, sample_bundle, target, replace=True)
    assert (target / "images" / "fog.jpg").read_bytes() == (
        sample_bundle / "images" / "fog.jpg"
    ).read_bytes()


def test_the_same_image_already_there_is_no_conflict(sample_bundle: Path, tmp_path: Path) -> None:
    article = load_article(sample_bundle)
    target = tmp_path / "copy"
    copy_images(article, sample_bundle, target)
    assert copy_images(article, sample_bundle, target) == []


def test_the_bundle_module_still_offers_the_save_as_copy(
    sample_bundle: Path, tmp_path: Path
) -> None:
    from slidewright.fileformat import bundle

    target = tmp_path / "copy"
    make_image(target / "images" / "fog.jpg", seed=99)
    with pytest.raises(ImageConflictError):
        bundle.copy_images(load_article(sample_bundle), sample_bundle, target)
