"""An agency's abbreviation is the agency only where it stands as one: "Jane Doe/U.S. EPA" is a
government office's picture, not the European Pressphoto Agency's, and so are "EPA Victoria" and
"the EPA's own photo". Read as EPA, the checker asked for EPA's credit form and an EPA licence,
and a file by the US agency was "contradicted" by a credit naming it. "Jane Doe/EPA" and EPA's
own "EPA-EFE/Jane Doe" are still EPA.

Pictures are made on the spot with XMP credits; the check runs as the Problems panel runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def _check(folder: Path, typed: str, **file: str) -> list[Finding]:
    imagefactory.make_image(folder / "images" / "p.jpg", seed=3, xmp=file)
    slide = Slide(heading="h", image="images/p.jpg", alt="A river at dusk", credit=typed)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


def _said(findings: list[Finding]) -> list[str]:
    offered = [str(dict(f.fix.changes)) for f in findings if f.fix and f.fix.changes]
    return [f"{f.rule}: {f.message}" for f in findings] + offered


@pytest.mark.parametrize(
    "typed",
    ["Jane Doe/U.S. EPA", "Jane Doe/US EPA", "EPA Victoria", "Jane Doe, the EPA's own photo"],
)
def test_another_organisations_epa_is_not_the_picture_agency(tmp_path: Path, typed: str) -> None:
    said = _said(_check(tmp_path, typed, credit=typed, creator="Jane Doe"))
    assert not [line for line in said if "EPA credits" in line or "EPA picture" in line], said
    assert not [line for line in said if "/EPA" in line], said


def test_a_us_epa_credit_for_an_epa_picture_leaves_out_the_agency(tmp_path: Path) -> None:
    """The file is the picture agency's; the credit names a government office, not EPA."""
    findings = _check(tmp_path, "Jane Doe/U.S. EPA", credit="Jane Doe/EPA", creator="Jane Doe")
    mismatch = [f.message for f in findings if f.rule == "credit-metadata-mismatch"]
    assert mismatch == ["the file says Jane Doe/EPA; the credit leaves out EPA"], _said(findings)


@pytest.mark.parametrize("typed", ["Jane Doe/EPA", "EPA-EFE/Jane Doe", "Jane Doe/EPA-EFE"])
def test_epas_own_credits_are_still_epa(tmp_path: Path, typed: str) -> None:
    right = _check(tmp_path / "right", typed, credit=typed, creator="Jane Doe")
    assert not [f for f in right if f.rule.startswith("credit-")], _said(right)
    wrong = _check(tmp_path / "wrong", typed, credit="Jane Doe/Reuters", creator="Jane Doe")
    mismatch = [f.message for f in wrong if f.rule == "credit-metadata-mismatch"]
    assert len(mismatch) == 1 and "EPA" in mismatch[0], _said(wrong)


def test_an_agencys_copyright_notice_still_names_it(tmp_path: Path) -> None:
    """AFP's own notice, "© AFP or licensors": the word after the abbreviation is no name."""
    right = _check(
        tmp_path / "right", "Jane Doe/AFP", rights="© AFP or licensors", creator="Jane Doe"
    )
    assert not [f for f in right if f.rule.startswith("credit-")], _said(right)
    wrong = _check(
        tmp_path / "wrong", "Jane Doe/Reuters", rights="© AFP or licensors", creator="Jane Doe"
    )
    assert [f.rule for f in wrong if f.rule == "credit-metadata-mismatch"], _said(wrong)
