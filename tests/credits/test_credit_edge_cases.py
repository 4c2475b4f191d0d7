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


def _iim_without_marker(path: Path, encoding: str, **fields: str) -> None:
    """A JPEG whose IPTC-IIM says nothing of its character set (no 1:90), as many tools write."""
    import struct

    keys = {"credit": 110, "byline": 80}
    records = b""
    for key, value in fields.items():
        data = value.encode(encoding)
        records += b"\x1c\x02" + bytes([keys[key]]) + struct.pack(">H", len(data)) + data
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    resource += b"\x00" * (len(records) % 2)
    payload = b"Photoshop 3.0\x00" + resource
    imagefactory.make_image(path, seed=6)
    data = path.read_bytes()
    path.write_bytes(
        data[:2] + b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload + data[2:]
    )


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_iptc_names_read_right_without_a_declared_character_set(
    tmp_path: Path, encoding: str
) -> None:
    """ "Jörg Müller" written as UTF-8 (or Latin-1) with no declaration is the credit's Jörg
    Müller: no mismatch, and no garbled name in any message."""
    _iim_without_marker(tmp_path / "images" / "p.jpg", encoding, credit="dpa", byline="Jörg Müller")
    slide = Slide(
        heading="h", image="images/p.jpg", alt="Boats in a harbour", credit="Jörg Müller/dpa"
    )
    findings = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
    assert not [f.message for f in findings if f.rule.startswith("credit-")]
    other = Slide(heading="h", image="images/p.jpg", alt="Boats in a harbour", credit="dpa")
    said = [f.message for f in CreditChecker().check(Article(title="T", slides=[other]), tmp_path)]
    assert any("Jörg Müller" in message for message in said), said


@pytest.mark.parametrize(
    "typed",
    ["Jean Dupont/Reuters " + "x" * 5_000, "Photo: " + "z " * 2_000, "y" * 3_000],
)
def test_a_pasted_paragraph_as_credit_is_said_too_long_and_quoted_short(
    tmp_path: Path, typed: str
) -> None:
    """A credit longer than any credit is not weighed (so never said to leave out the
    photographer it names), and every message and fix label quotes it cut short."""
    findings = _check(tmp_path, typed, {"credit": "AFP", "creator": "Jean Dupont"})
    mismatch = [f.message for f in findings if f.rule == "credit-metadata-mismatch"]
    assert len(mismatch) == 1
    assert mismatch[0].startswith(f"the credit is {len(typed)} characters long, too long")
    assert not [f for f in findings if "does not" in f.message]
    for finding in findings:
        assert len(finding.message) < 400, finding.rule
        assert finding.fix is None or len(finding.fix.label) < 200, finding.rule


def test_the_licence_note_names_the_agency_the_file_names(tmp_path: Path) -> None:
    """An AFP picture credited to Reuters by mistake is still AFP's picture: the licence note
    says so (the mismatch finding says the credit is wrong)."""
    findings = _check(tmp_path, "Jean Dupont/Reuters", {"credit": "AFP", "creator": "Jean Dupont"})
    notes = [f.message for f in findings if f.rule == "stock-license-missing"]
    assert len(notes) == 1 and notes[0].startswith("AFP picture without a licence")
