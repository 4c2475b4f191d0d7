"""An organisation named in a credit is no photographer: "NASA" typed for Bill Ingalls's picture
was read as another person ("the file says Bill Ingalls; the credit says NASA") and its fix
dropped NASA; "Reuters" lost the agency the same way; a file credited "Getty Images Europe" was
offered as "Europe/Getty Images", and "Courtesy of Reuters" was a person called "Courtesy of".
Now the credit that names only an organisation leaves out the photographer, and the fix adds them
beside it. Each fix offered is applied and checked again: nothing is left to say."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings, offered

import imagefactory
from slidewright.credits.findings import Finding


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="A rocket on its pad")


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("NASA", "Bill Ingalls/NASA"),
        ("Courtesy of NASA", "Bill Ingalls/NASA"),
        ("The White House", "Bill Ingalls/The White House"),
        ("Reuters", "Reuters/Bill Ingalls"),
    ],
)
def test_an_organisation_alone_leaves_out_the_photographer_and_is_kept_by_the_fix(
    tmp_path: Path, typed: str, fixed: str
) -> None:
    imagefactory.make_image(tmp_path / "images" / "p.jpg", seed=3, xmp={"creator": "Bill Ingalls"})
    found = _check(tmp_path, typed)
    assert [f.message for f in found] == [
        "the image file names Bill Ingalls as its creator, but the credit does not "
        f"(the file says Bill Ingalls; the credit says {typed})"
    ]
    assert offered(found) == [fixed]
    assert not _check(tmp_path, fixed)


def test_a_file_credited_to_an_organisation_names_its_photographer_beside_it(
    tmp_path: Path,
) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=3, xmp={"credit": "NASA", "creator": "Bill Ingalls"}
    )
    assert offered(_check(tmp_path, "")) == ["Bill Ingalls/NASA"]
    left_out = _check(tmp_path, "Bill Ingalls/Getty Images")
    assert [f.message for f in left_out] == ["the file says NASA; the credit leaves out NASA"]
    assert offered(left_out) == ["Bill Ingalls/NASA"]
    assert not _check(tmp_path, "Bill Ingalls/NASA")


@pytest.mark.parametrize("line", ["Getty Images Europe", "Getty Images News", "Reuters TV"])
def test_an_agencys_desk_or_region_is_no_photographer(tmp_path: Path, line: str) -> None:
    imagefactory.make_image(tmp_path / "images" / "p.jpg", seed=3, xmp={"credit": line})
    fixes = offered(_check(tmp_path, ""))
    assert fixes and not [c for c in fixes if c.split("/")[0] in line.split()], fixes
    agency = "Reuters" if "Reuters" in line else "Getty Images"
    typed = f"Jane Doe/{agency}" if agency != "Reuters" else "Reuters/Jane Doe"
    assert not [f.message for f in _check(tmp_path, typed) if "the credit says" in f.message]


def test_courtesy_of_an_agency_names_no_one_called_courtesy(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg",
        seed=3,
        xmp={"credit": "Reuters/Jane Doe", "creator": "Jane Doe"},
    )
    found = _check(tmp_path, "Courtesy of Reuters")
    assert [f.message for f in found] == [
        "the image file names Jane Doe as its creator, but the credit does not "
        "(the file says Reuters/Jane Doe; the credit says Courtesy of Reuters)"
    ]
    assert offered(found) == ["Reuters/Jane Doe"]


@pytest.mark.parametrize("typed", ["Nguyen The Anh", "JANE ROE"])
def test_a_person_is_still_someone_else(tmp_path: Path, typed: str) -> None:
    """A given name written without its accent ("The") or a name in capitals is a person."""
    imagefactory.make_image(tmp_path / "images" / "p.jpg", seed=3, xmp={"creator": "Bill Ingalls"})
    assert [f.message for f in _check(tmp_path, typed)] == [
        f"the file says Bill Ingalls; the credit says {typed}"
    ]


@pytest.mark.parametrize(
    "typed", ["Official White House Photo by Adam Schultz", "White House/Adam Schultz"]
)
def test_an_organisation_named_in_the_credits_own_words_is_not_left_out(
    tmp_path: Path, typed: str
) -> None:
    """The White House's own form names it: "the credit leaves out The White House" was
    untrue."""
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg",
        seed=3,
        xmp={"credit": "The White House", "creator": "Adam Schultz"},
    )
    assert not _check(tmp_path, typed)
    assert [f.message for f in _check(tmp_path, "Adam Schultz")] == [
        "the file says The White House; the credit leaves out The White House"
    ]
