"""Japanese papers credit Kyodo and Jiji Press by their short names, "共同" and "時事" ("写真：
共同", "（共同）"). Neither was known: "共同" for a Kyodo picture "left out Kyodo" and the fix
offered "共同/Kyodo", a photographer called 共同 ("joint"). Getty's "Name/SOPA Images/
LightRocket via Getty Images" is SOPA Images' own form too."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def _check(folder: Path, typed: str, **file: str) -> list[Finding]:
    imagefactory.make_image(folder / "images" / "p.jpg", seed=6, xmp=file)
    slide = Slide(heading="h", image="images/p.jpg", alt="A crowd in a square", credit=typed)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule.startswith("credit-")]


@pytest.mark.parametrize(
    ("typed", "agency"),
    [("共同", "Kyodo"), ("（共同）", "Kyodo"), ("時事", "Jiji Press"), ("共同通信社", "Kyodo")],
)
def test_a_japanese_papers_short_credit_is_the_agency(
    tmp_path: Path, typed: str, agency: str
) -> None:
    assert [f.message for f in _check(tmp_path, typed, credit=agency)] == []


def test_the_short_name_names_the_agency_and_no_one_else(tmp_path: Path) -> None:
    found = _check(tmp_path, "共同", credit="Reuters")
    assert [f.message for f in found] == ["the file says Reuters; the credit says 共同"]


def test_sopa_images_through_lightrocket_is_its_own_form(tmp_path: Path) -> None:
    line = "Jane Doe/SOPA Images/LightRocket via Getty Images"
    assert _check(tmp_path, line, credit=line, creator="Jane Doe") == []
