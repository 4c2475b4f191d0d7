"""What the credit check says when the credit and the picture file differ about a person: the
file's creator is named when the people differ (not only the file's credit line), the same credit
line is never quoted twice as a mismatch, and spaces around a slash change no verdict."""

from __future__ import annotations

from pathlib import Path

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

MISMATCH, PATTERN = "credit-metadata-mismatch", "credit-agency-pattern"


def _picture(folder: Path, credit: str, creator: str) -> str:
    name = "images/photo.jpg"
    imagefactory.make_image(
        folder / name,
        seed=7,
        xmp={"credit": credit, "creator": creator},
        iptc={"credit": credit, "byline": creator},
    )
    return name


def _found(folder: Path, image: str, credit: str, rule: str) -> list[Finding]:
    slide = Slide(heading="h", image=image, alt="Protesters in a square", credit=credit)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule == rule]


def test_another_person_in_the_credit_names_the_files_creator(tmp_path: Path) -> None:
    image = _picture(tmp_path, "Getty Images", "Mia Wong")
    [mismatch] = _found(tmp_path, image, "Tom Hale/Getty Images", MISMATCH)
    assert "Mia Wong" in mismatch.message
    assert mismatch.message == (
        "the file says Getty Images and names Mia Wong as its creator; "
        "the credit says Tom Hale/Getty Images"
    )


def test_the_files_own_line_is_not_quoted_twice_as_a_mismatch(tmp_path: Path) -> None:
    image = _picture(tmp_path, "AFP via Getty Images", "Jean Dupont")
    [mismatch] = _found(tmp_path, image, "AFP via Getty Images", MISMATCH)
    assert mismatch.message == (
        "the image file names Jean Dupont as its creator, but the credit does not"
    )


def test_spaces_around_the_slash_change_no_verdict(tmp_path: Path) -> None:
    image = _picture(tmp_path, "AFP via Getty Images", "Jean Dupont")
    assert _found(tmp_path, image, "Jean Dupont/AFP via Getty Images", PATTERN) == []
    assert _found(tmp_path, image, "Jean Dupont / AFP via Getty Images", PATTERN) == []
    assert _found(tmp_path, image, "Jean Dupont /Getty Images", PATTERN) == []
    # a credit the house form does not allow is still said, spaced or not
    assert _found(tmp_path, image, "Getty Images / Jean Dupont", PATTERN) != []
