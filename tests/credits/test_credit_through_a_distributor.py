"""A picture licensed through a distributor is credited through it: the file's credit "AFP via
Getty Images" is the credit Getty's licence asks for, and "Jane Doe/AFP" left out the "via Getty
Images" with no word from the checker. The finding says so, and its fix adds the distributor to
the credit the writer typed, keeping their photographer; a credit naming only the distributor
("Jane Doe/Getty Images") leaves out the agency whose picture it is.

Each fix offered is applied and the slide checked again: nothing is left to say about the
credit."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings

import imagefactory
from slidewright.credits.findings import Finding

MISMATCH = "credit-metadata-mismatch"


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="Riot police in a street")


def _fixed(folder: Path, finding: Finding) -> str:
    assert finding.fix is not None, finding.message
    credit = dict(finding.fix.changes)["credit"]
    assert not _check(folder, credit), f"{credit!r} is still found wrong"
    return credit


@pytest.mark.parametrize(
    ("file", "typed", "fixed"),
    [
        ({"credit": "AFP via Getty Images", "creator": "Jane Doe"}, "Jane Doe/AFP",
         "Jane Doe/AFP via Getty Images"),
        ({"credit": "AFP via Getty Images", "creator": "Jane Doe"}, "J. Doe/AFP",
         "J. Doe/AFP via Getty Images"),
        ({"credit": "AFP via Getty Images"}, "Jane Doe/AFP", "Jane Doe/AFP via Getty Images"),
        ({"credit": "Jane Doe/Bloomberg via Getty Images"}, "Jane Doe/Bloomberg",
         "Jane Doe/Bloomberg via Getty Images"),
        ({"credit": "Anadolu via Getty Images", "creator": "Jane Doe"}, "Jane Doe/Anadolu",
         "Jane Doe/Anadolu via Getty Images"),
    ],
)  # fmt: skip
def test_a_credit_that_leaves_out_the_distributor_is_told_and_fixed(
    tmp_path: Path, file: dict[str, str], typed: str, fixed: str
) -> None:
    imagefactory.make_image(tmp_path / "images" / "p.jpg", seed=3, xmp=file)
    found = [f for f in _check(tmp_path, typed) if f.rule == MISMATCH]
    assert len(found) == 1, [f.message for f in _check(tmp_path, typed)]
    distributor = "Getty Images"
    assert found[0].message == (
        f"the file says {file['credit']}: the picture came through {distributor}, and the "
        f'credit leaves out "via {distributor}"'
    )
    assert found[0].fix is not None and found[0].fix.label == f'Add "via {distributor}": "{fixed}"'
    assert _fixed(tmp_path, found[0]) == fixed


def test_a_credit_naming_only_the_distributor_leaves_out_the_agency(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=3, xmp={"credit": "AFP via Getty Images"}
    )
    found = [f for f in _check(tmp_path, "Jane Doe/Getty Images") if f.rule == MISMATCH]
    assert [f.message for f in found] == [
        "the file says AFP via Getty Images; the credit leaves out AFP"
    ]
    assert _fixed(tmp_path, found[0]) == "Jane Doe/AFP via Getty Images"


def test_a_credit_with_the_whole_chain_is_not_flagged(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=3, xmp={"credit": "AFP via Getty Images"}
    )
    assert not _check(tmp_path, "Jane Doe/AFP via Getty Images")


def test_a_handout_that_came_through_a_wire_is_credited_through_it(tmp_path: Path) -> None:
    """A handout ("KCNA via REUTERS") came through Reuters, which has no Getty-style house form:
    the chain is the credit all the same, and the agency whose picture it is comes first."""
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=3, xmp={"credit": "KCNA via REUTERS"}
    )
    found = [f for f in _check(tmp_path, "KCNA") if f.rule == MISMATCH]
    assert [f.message for f in found] == [
        "the file says KCNA via REUTERS: the picture came through Reuters, and the credit "
        'leaves out "via Reuters"'
    ]
    assert _fixed(tmp_path, found[0]) == "KCNA via Reuters"
    found = [f for f in _check(tmp_path, "Jane Doe/Reuters") if f.rule == MISMATCH]
    assert [f.message for f in found] == [
        "the file says KCNA via REUTERS; the credit leaves out KCNA"
    ]
    assert _fixed(tmp_path, found[0]) == "Jane Doe/KCNA via Reuters"
