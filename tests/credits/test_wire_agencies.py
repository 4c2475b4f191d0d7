"""The wire and photo agencies a newsroom meets every day are on the list: a Kyodo picture
credited "Jane Doe/Reuters" said nothing, because Kyodo was not known (nor ANSA, EFE, Yonhap...);
their picture was any photographer's. Each is known by its usual spellings and written the house
way, and a credit naming another agency than the file's is a finding.

Pictures are made on the spot with XMP credits; the check runs as the Problems panel runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

# (the agency's credit as the house writes it, the house name)
AGENCIES = [
    ("Jane Doe/Kyodo", "Kyodo"),
    ("Jane Doe/Jiji Press", "Jiji Press"),
    ("Jane Doe/Yonhap", "Yonhap"),
    ("Jane Doe/PTI", "PTI"),
    ("AAP Image/Jane Doe", "AAP"),
    ("Jane Doe/Anadolu", "Anadolu"),
    ("Jane Doe/ANSA", "ANSA"),
    ("ANSA/Jane Doe", "ANSA"),
    ("Jane Doe/EFE", "EFE"),
    ("EFE/Jane Doe", "EFE"),
    ("Jane Doe/Belga", "Belga"),
    ("Jane Doe/NTB", "NTB"),
    ("Jane Doe/TT", "TT"),
    ("Jane Doe/Ritzau Scanpix", "Ritzau Scanpix"),
    ("Jane Doe/Keystone", "Keystone"),
    ("Jane Doe/APA", "APA"),
    ("PAP/Jane Doe", "PAP"),
    ("CTK/Jane Doe", "CTK"),
    ("MTI/Jane Doe", "MTI"),
    ("Jane Doe/TASS", "TASS"),
    ("Jane Doe/Lusa", "Lusa"),
    ("The Canadian Press/Jane Doe", "The Canadian Press"),
    ("UPI/Jane Doe", "UPI"),
]


def _check(folder: Path, typed: str, **file: str) -> list[Finding]:
    imagefactory.make_image(folder / "images" / "p.jpg", seed=3, xmp=file)
    slide = Slide(heading="h", image="images/p.jpg", alt="A crowd in a square", credit=typed)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


def _said(findings: list[Finding]) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in findings]


@pytest.mark.parametrize(("credit", "agency"), AGENCIES)
def test_a_wire_agencys_picture_is_that_agencys(tmp_path: Path, credit: str, agency: str) -> None:
    right = _check(tmp_path / "right", credit, credit=credit, creator="Jane Doe")
    assert not [f for f in right if f.rule.startswith("credit-")], _said(right)
    wrong = _check(tmp_path / "wrong", "Jane Doe/Reuters", credit=credit, creator="Jane Doe")
    mismatch = [f for f in wrong if f.rule == "credit-metadata-mismatch"]
    assert len(mismatch) == 1 and agency in mismatch[0].message, _said(wrong)
    assert mismatch[0].fix is not None and dict(mismatch[0].fix.changes)["credit"] == credit


@pytest.mark.parametrize(
    ("typed", "house"),
    [
        ("Jane Doe/Kyodo News", "Jane Doe/Kyodo"),
        ("Jane Doe/Agencia EFE", "Jane Doe/EFE"),
        ("Jane Doe/Yonhap News Agency", "Jane Doe/Yonhap"),
        ("Jane Doe/ITAR-TASS", "Jane Doe/TASS"),
        ("Jane Doe/NTB scanpix", "Jane Doe/NTB"),
        ("Jane Doe/Anadolu Agency", "Jane Doe/Anadolu"),
    ],
)
def test_an_agencys_other_spellings_are_written_the_house_way(
    tmp_path: Path, typed: str, house: str
) -> None:
    findings = _check(tmp_path, typed)
    spelling = [f for f in findings if f.rule == "credit-agency-spelling"]
    assert len(spelling) == 1, _said(findings)
    assert spelling[0].fix is not None and dict(spelling[0].fix.changes)["credit"] == house


@pytest.mark.parametrize("typed", ["李明/共同通信", "김민수/연합뉴스", "Jan Novák/ČTK"])
def test_an_agency_in_its_own_script_is_that_agency_and_no_misspelling(
    tmp_path: Path, typed: str
) -> None:
    findings = _check(tmp_path, typed, credit="Jane Doe/Reuters")
    said = _said(findings)
    assert not [f for f in findings if f.rule == "credit-agency-spelling"], said
    mismatch = [f.message for f in findings if f.rule == "credit-metadata-mismatch"]
    assert mismatch and "Reuters" in mismatch[0], said


@pytest.mark.parametrize(
    ("credit", "file"),
    [
        ("Jane Doe/Pool/AFP via Getty Images", "POOL/AFP via Getty Images"),
        ("Jane Doe - Pool/AFP", "AFP"),
        ("Jane Doe/picture alliance/dpa", "picture alliance/dpa"),
        ("Jane Doe/picture-alliance/dpa", "picture alliance/dpa"),
    ],
)
def test_a_pool_picture_and_a_picture_desks_credit_are_the_agencys_own_form(
    tmp_path: Path, credit: str, file: str
) -> None:
    """Getty and AFP credit a pool photographer "Name/Pool/AFP"; dpa's pictures are credited
    "Name/picture alliance/dpa": neither is a wrong house form."""
    findings = _check(tmp_path, credit, credit=file, creator="Jane Doe")
    assert not [f for f in findings if f.rule.startswith("credit-")], _said(findings)
