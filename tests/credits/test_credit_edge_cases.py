"""Credits and picture files as unseen material brings them: a credit of invisible characters
only, a file whose containers name different photographers, very long fields, no metadata.
Each verdict is checked as the Problems panel and `slidewright check` give it."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.credits.metadata import EXIF_ARTIST
from slidewright.model import Article, Slide


def _check(
    folder: Path, typed: str, xmp: dict[str, str] | None = None, **more: dict[int, str]
) -> list[Finding]:
    path = folder / "images" / "p.jpg"
    iptc = {"credit": xmp["credit"]} if xmp and "credit" in xmp else None
    imagefactory.make_image(path, seed=4, xmp=xmp, iptc=iptc, exif=more.get("exif"))
    slide = Slide(heading="h", image="images/p.jpg", alt="Boats in a harbour", credit=typed)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


@pytest.mark.parametrize("typed", ["\u200b", "\ufeff", " \u200d\u2060 ", "Credit:\u200b"])
def test_a_credit_of_invisible_characters_is_no_credit(tmp_path: Path, typed: str) -> None:
    findings = _check(tmp_path, typed, {"credit": "AFP", "creator": "Jean Dupont"})
    missing = [f for f in findings if f.rule == "credit-missing"]
    assert [f.message for f in missing] == ["the image has no credit"]
    assert missing[0].fix is not None
    assert dict(missing[0].fix.changes) == {"credit": "Jean Dupont/AFP"}


def test_containers_naming_different_photographers_are_reported_naming_both(
    tmp_path: Path,
) -> None:
    """XMP says Jean Dupont, EXIF says Bob Smith: whichever the credit follows, the file
    contradicts itself, and the check says where each name is."""
    for typed in ("Jean Dupont/AFP", "Bob Smith/AFP"):
        findings = _check(
            tmp_path,
            typed,
            {"credit": "AFP", "creator": "Jean Dupont"},
            exif={EXIF_ARTIST: "Bob Smith"},
        )
        said = [f.message for f in findings if f.rule == "credit-metadata-mismatch"]
        assert said == [
            "the image file disagrees with itself about who made the picture: "
            'XMP dc:creator "Jean Dupont", EXIF Artist "Bob Smith"'
        ], typed


def test_containers_naming_the_same_photographer_differently_agree(tmp_path: Path) -> None:
    findings = _check(
        tmp_path,
        "Jean Dupont/AFP",
        {"credit": "AFP", "creator": "Jean Dupont"},
        exif={EXIF_ARTIST: "JEAN DUPONT / AFP"},
    )
    assert not [f for f in findings if f.rule.startswith("credit-")]


def test_very_long_fields_are_weighed_and_quoted_short(tmp_path: Path) -> None:
    long_credit = "Jean Dupont/AFP " + "x" * 20_000
    findings = _check(
        tmp_path, "Anna Berg/Reuters", {"credit": long_credit, "creator": "Jean Dupont"}
    )
    mismatch = [f for f in findings if f.rule == "credit-metadata-mismatch"]
    assert mismatch and all(len(f.message) < 400 for f in mismatch)
    assert not [f for f in findings if f.fix and "Reuters" in dict(f.fix.changes).get("credit", "")]


def test_a_picture_without_metadata_asks_only_for_a_credit(tmp_path: Path) -> None:
    assert [f.rule for f in _check(tmp_path, "  ") if f.rule.startswith("credit-")] == [
        "credit-missing"
    ]
    assert not [f for f in _check(tmp_path, "Jean Dupont") if f.rule.startswith("credit-")]
