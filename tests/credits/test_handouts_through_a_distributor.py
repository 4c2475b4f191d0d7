"""A handout that came through a distributor: NASA's picture by Bill Ingalls whose file says
"NASA via Getty Images". The fix offered for the credit "NASA" was "Bill Ingalls/Getty Images",
which drops NASA, whose picture it is; and "Bill Ingalls/Getty Images" typed by the writer
passed. Getty's own form keeps the chain: "Bill Ingalls/NASA via Getty Images"."""

from __future__ import annotations

from pathlib import Path

import pytest
from creditslide import credit_findings, offered

import imagefactory
from slidewright.credits.findings import Finding


def _check(folder: Path, typed: str) -> list[Finding]:
    return credit_findings(folder, typed, alt="A rocket on its pad")


@pytest.fixture
def handout(tmp_path: Path) -> Path:
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg",
        seed=3,
        xmp={"credit": "NASA via Getty Images", "creator": "Bill Ingalls"},
    )
    return tmp_path


@pytest.mark.parametrize("typed", ["", "NASA", "Bill Ingalls/NASA"])
def test_the_fix_keeps_the_organisation_and_the_distributor(handout: Path, typed: str) -> None:
    assert offered(_check(handout, typed)) == ["Bill Ingalls/NASA via Getty Images"]
    assert not _check(handout, "Bill Ingalls/NASA via Getty Images")


def test_a_credit_naming_only_the_distributor_leaves_out_the_organisation(handout: Path) -> None:
    found = _check(handout, "Bill Ingalls/Getty Images")
    assert [f.message for f in found] == [
        "the file says NASA via Getty Images; the credit leaves out NASA"
    ]
    assert offered(found) == ["Bill Ingalls/NASA via Getty Images"]
