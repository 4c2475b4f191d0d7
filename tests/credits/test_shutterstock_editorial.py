"""Shutterstock's editorial pictures come from agencies and are credited through it: "Jane
Doe/EPA-EFE/Shutterstock", as the file says "EPA-EFE/Shutterstock". That credit had three
findings, none true and none fixable ('EPA credits read "Name/EPA"', EFE's, Shutterstock's);
a credit naming only Shutterstock said nothing of EPA, and the file's credit for Jane Doe was
"Jane Doe/EPA", without Shutterstock."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def _check(folder: Path, typed: str) -> list[Finding]:
    slide = Slide(heading="h", image="images/p.jpg", alt="A minister at a lectern", credit=typed)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule.startswith("credit-")]


def _offered(findings: list[Finding]) -> list[str]:
    return [dict(f.fix.changes)["credit"] for f in findings if f.fix and f.fix.changes]


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
    assert _offered(found) == ["Jane Doe/EPA-EFE/Shutterstock"]
    assert _offered(_check(tmp_path, "")) == ["Jane Doe/EPA-EFE/Shutterstock"]


def test_shutterstocks_own_picture_still_asks_for_the_photographer(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=7, xmp={"credit": "Shutterstock", "creator": "Jane Doe"}
    )
    assert 'Shutterstock credits read "Name/Shutterstock" (the photographer is missing)' in [
        f.message for f in _check(tmp_path, "Shutterstock")
    ]
