"""A credit fix never drops the photographer nor the agency the file names: a file whose credit
line names a picture desk but not its photographer ("picture alliance/dpa", by-line Jane Doe),
a distributor's chain ("AFP via Getty Images"), a credit that names only the distributor
("Getty Images" for an AFP picture via Getty) and a file that names its agency only, under a
credit naming the photographer and another agency. Each fix offered is applied and checked
again: it names the photographer and the file's agencies, and the checker accepts it."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.agencies import agencies_in, catalogue
from slidewright.credits.evidence import people_in, same_person
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

RULES = {"credit-metadata-mismatch", "credit-agency-pattern", "credit-agency-spelling"}


def _check(folder: Path, credit: str) -> list[Finding]:
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square at night", credit=credit)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule in RULES]


def _offered(findings: list[Finding]) -> list[str]:
    return [
        dict(f.fix.changes)["credit"] for f in findings if f.fix and "credit" in dict(f.fix.changes)
    ]


@pytest.mark.parametrize(
    "file, typed, person, agencies",
    [
        ({"credit": "picture alliance/dpa", "creator": "Jane Doe"}, "Jane Doe/Reuters",
         "Jane Doe", {"dpa"}),
        ({"credit": "AFP via Getty Images", "creator": "Jane Doe"}, "Jane Doe/Reuters",
         "Jane Doe", {"AFP", "Getty Images"}),
        ({"credit": "AFP via Getty Images", "creator": "Jane Doe"}, "Getty Images",
         "Jane Doe", {"AFP", "Getty Images"}),
        ({"credit": "Reuters"}, "Jane Doe/AFP", "Jane Doe", {"Reuters"}),
        ({"credit": "Reuters"}, "Credit: Jane Doe / AFP", "Jane Doe", {"Reuters"}),
    ],
)  # fmt: skip
def test_a_fix_keeps_the_photographer_and_the_files_agencies(
    tmp_path: Path, file: dict[str, str], typed: str, person: str, agencies: set[str]
) -> None:
    imagefactory.make_image(tmp_path / "images" / "photo.jpg", seed=3, xmp=file)
    findings = _check(tmp_path, typed)
    assert findings, "the credit disagrees with the file: the check says so"
    offered = _offered(findings)
    assert offered, [f.message for f in findings]
    known = catalogue()
    for credit in offered:
        assert any(same_person(person, p) for p in people_in(credit, known)), credit
        assert {a.name for a, _ in agencies_in(credit, known)} == agencies, credit
        assert not _check(tmp_path, credit), f"{credit} is offered and then found wrong"
