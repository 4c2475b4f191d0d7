"""A handout that came through a distributor: NASA's picture by Bill Ingalls whose file says
"NASA via Getty Images". The fix offered for the credit "NASA" was "Bill Ingalls/Getty Images",
which drops NASA, whose picture it is; and "Bill Ingalls/Getty Images" typed by the writer
passed. Getty's own form keeps the chain: "Bill Ingalls/NASA via Getty Images"."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def _check(folder: Path, typed: str) -> list[Finding]:
    slide = Slide(heading="h", image="images/p.jpg", alt="A rocket on its pad", credit=typed)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule.startswith("credit-")]


def _offered(findings: list[Finding]) -> list[str]:
    return [dict(f.fix.changes)["credit"] for f in findings if f.fix and f.fix.changes]


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
    assert _offered(_check(handout, typed)) == ["Bill Ingalls/NASA via Getty Images"]
    assert not _check(handout, "Bill Ingalls/NASA via Getty Images")


def test_a_credit_naming_only_the_distributor_leaves_out_the_organisation(handout: Path) -> None:
    found = _check(handout, "Bill Ingalls/Getty Images")
    assert [f.message for f in found] == [
        "the file says NASA via Getty Images; the credit leaves out NASA"
    ]
    assert _offered(found) == ["Bill Ingalls/NASA via Getty Images"]
