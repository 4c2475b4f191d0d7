"""The checker remembers where each slide's image resolved (fileformat.images.ImagePaths) so a
re-check of a long article does not walk every path again, and never trusts that memory once
the file, or a folder on the way to it, has been swapped."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright.credits import CreditChecker
from slidewright.fileformat.images import ImagePaths, ImageProblem, bundle_image
from slidewright.model import Article, Slide


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "a"
    (folder / "images").mkdir(parents=True)
    make_image(folder / "images" / "fog.jpg", (1600, 1200))
    return folder


def _outside(tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    make_image(elsewhere / "fog.jpg", (1600, 1200), seed=2)
    return elsewhere


def test_remembered_answers_are_the_rules_answers(bundle: Path) -> None:
    paths = ImagePaths()
    first = paths.resolve(bundle, "images/fog.jpg")
    assert (
        first == paths.resolve(bundle, "images/fog.jpg") == bundle_image(bundle, "images/fog.jpg")
    )
    assert paths.resolve(bundle, "images\\fog.jpg") == first  # the Windows spelling, too
    with pytest.raises(ImageProblem) as missing:
        paths.resolve(bundle, "images/none.jpg")
    assert missing.value.kind == "missing"


def test_a_folder_swapped_for_a_link_out_is_refused_after_being_remembered(
    bundle: Path, tmp_path: Path
) -> None:
    paths = ImagePaths()
    paths.resolve(bundle, "images/fog.jpg")
    elsewhere = _outside(tmp_path)
    shutil.rmtree(bundle / "images")
    os.symlink(elsewhere, bundle / "images")
    with pytest.raises(ImageProblem) as outside:
        paths.resolve(bundle, "images/fog.jpg")
    assert outside.value.kind == "outside"


def test_a_file_swapped_for_a_link_out_is_refused_after_being_remembered(
    bundle: Path, tmp_path: Path
) -> None:
    paths = ImagePaths()
    paths.resolve(bundle, "images/fog.jpg")
    elsewhere = _outside(tmp_path)
    (bundle / "images" / "fog.jpg").unlink()
    os.symlink(elsewhere / "fog.jpg", bundle / "images" / "fog.jpg")
    with pytest.raises(ImageProblem) as outside:
        paths.resolve(bundle, "images/fog.jpg")
    assert outside.value.kind == "outside"


def test_the_window_checker_sees_the_swap_on_its_next_check(bundle: Path, tmp_path: Path) -> None:
    article = Article(
        title="T", slides=[Slide(heading="H", image="images/fog.jpg", alt="A", credit="Jane Doe")]
    )
    checker = CreditChecker()
    assert not [f for f in checker.check(article, bundle) if f.field == "image"]
    elsewhere = _outside(tmp_path)
    shutil.rmtree(bundle / "images")
    os.symlink(elsewhere, bundle / "images")
    rules = {f.rule for f in checker.check(article, bundle) if f.field == "image"}
    assert rules == {"image-outside-bundle"}
