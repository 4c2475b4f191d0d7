"""Shutterstock's editorial pictures come from agencies and are credited through it: "Jane
Doe/EPA-EFE/Shutterstock", as the file says "EPA-EFE/Shutterstock". That credit had three
findings, none true and none fixable ('EPA credits read "Name/EPA"', EFE's, Shutterstock's);
a credit naming only Shutterstock said nothing of EPA, and the file's credit for Jane Doe was
"Jane Doe/EPA", without Shutterstock."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings, offered

import imagefactory
from slidewright.credits.findings import Finding


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="A minister at a lectern")


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("EPA-EFE/Shutterstock", "Jane Doe/EPA-EFE/Shutterstock"),
        ("AFP/Shutterstock", "Jane Doe/AFP/Shutterstock"),
    ],
)
def test_an_agencys_picture_through_shutterstock_in_its_own_form_passes(
    tmp_path: Path, line: str, typed: str
) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=7, xmp={"credit": line, "creator": "Jane Doe"}
    )
    assert [f.message for f in _check(tmp_path, typed)] == []


def test_the_agency_left_out_is_named_and_the_fix_keeps_shutterstock(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg",
        seed=7,
        xmp={"credit": "EPA-EFE/Shutterstock", "creator": "Jane Doe"},
    )
    found = _check(tmp_path, "Jane Doe/Shutterstock")
    assert [f.message for f in found] == [
        "the file says EPA-EFE/Shutterstock; the credit leaves out EPA"
    ]
    assert offered(found) == ["Jane Doe/EPA-EFE/Shutterstock"]
    assert offered(_check(tmp_path, "")) == ["Jane Doe/EPA-EFE/Shutterstock"]


def test_shutterstocks_own_picture_still_asks_for_the_photographer(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=7, xmp={"credit": "Shutterstock", "creator": "Jane Doe"}
    )
    assert 'Shutterstock credits read "Name/Shutterstock" (the photographer is missing)' in [
        f.message for f in _check(tmp_path, "Shutterstock")
    ]
