"""A picture a wire carried and does not own: AP's "(Yonhap via AP)", "Kyodo via AP", Reuters's
"KCNA via REUTERS". AP's own form ("AP Photo/Name") was asked of them, "Sputnik via AP" was
offered as "AP Photo/Sputnik" (a handout credited as AP's photo of a photographer called
Sputnik), the Kyodo fix the checker offered ("Taro Yamada/Kyodo via AP") was then a finding of
its own, and the file's credit for Yonhap's photographer dropped "via AP". Each fix offered is
applied and checked again: nothing is left to say."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings, offered

import imagefactory
from slidewright.credits.findings import Finding


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="Ministers shaking hands")


def _offered(findings: list[Finding]) -> set[str]:
    return set(offered(findings))


@pytest.mark.parametrize(
    ("line", "creator", "typed"),
    [
        ("Kyodo News via AP", "Taro Yamada", "Taro Yamada/Kyodo via AP"),
        ("Yonhap via AP", "Lee Jin-man", "Lee Jin-man/Yonhap via AP"),
        ("Sputnik via AP", "", "Sputnik via AP"),
        ("KCNA via REUTERS", "", "KCNA via Reuters"),
    ],
)
def test_the_carried_credit_as_the_file_gives_it_passes(
    tmp_path: Path, line: str, creator: str, typed: str
) -> None:
    xmp = {"credit": line, **({"creator": creator} if creator else {})}
    imagefactory.make_image(tmp_path / "images" / "p.jpg", seed=5, xmp=xmp)
    assert [f.message for f in _check(tmp_path, typed)] == []


@pytest.mark.parametrize("typed", ["", "Yonhap via AP", "Yonhap"])
def test_every_fix_keeps_the_photographer_and_the_wire(tmp_path: Path, typed: str) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg",
        seed=5,
        xmp={"credit": "Yonhap via AP", "creator": "Lee Jin-man"},
    )
    assert _offered(_check(tmp_path, typed)) == {"Lee Jin-man/Yonhap via AP"}
    assert not _check(tmp_path, "Lee Jin-man/Yonhap via AP")


def test_an_agencys_own_form_is_still_asked_for(tmp_path: Path) -> None:
    """ "AP Photo/Name" is still asked of AP's own picture, via a carrier or not."""
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=5, xmp={"credit": "AP", "creator": "Jane Doe"}
    )
    assert [f.message for f in _check(tmp_path, "Jane Doe/AP")] == [
        'AP credits read "AP Photo/Name"'
    ]
