"""AFP files a stringer whose name is withheld as "STR" and a handout as "HANDOUT", and credits
them "STR/AFP" and "HANDOUT/AFP". Such a by-line was read as a person: "STR/AFP" typed for it
"names STR as its creator, but the credit does not" (it does), a by-line of "-" offered "-/AFP",
and "Jane Doe/AFP" was told the file names STR. The file names no one: nothing to say."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings

import imagefactory
from slidewright.credits.findings import Finding


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="Smoke over a street")


@pytest.mark.parametrize("byline", ["STR", "HANDOUT", "-"])
@pytest.mark.parametrize("typed", ["STR/AFP", "Handout/AFP", "Jane Doe/AFP"])
def test_a_byline_naming_no_one_is_no_photographer(tmp_path: Path, byline: str, typed: str) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=4, xmp={"credit": "AFP", "creator": byline}
    )
    assert [f.message for f in _check(tmp_path, typed)] == []


def test_a_named_photographer_is_still_missing(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=4, xmp={"credit": "AFP", "creator": "Jane Doe"}
    )
    assert [f.message for f in _check(tmp_path, "STR/AFP")] == [
        "the image file names Jane Doe as its creator, but the credit does not "
        "(the file says AFP; the credit says STR/AFP)"
    ]
