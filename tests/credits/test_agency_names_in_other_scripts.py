"""Agencies named in the article's own script: "图片：新华社" (Xinhua in Chinese), "写真：ロイター"
(Reuters in Japanese), "写真：AFP通信" (AFP's Japanese form: no space before 通信), "Фото:
Рейтер" (Reuters in Russian), "صورة: رويترز" (Reuters in Arabic). The checker said the credit
"leaves out" the agency it names, or that it names a person called "图片："; and it must not
turn a name in its own script into the Latin house name, which is no misspelling. A credit
naming another agency in another script is still a contradiction, and a Latin name spelled
with look-alike letters of another alphabet is still a misspelling."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

MISMATCH, SPELLING, PATTERN = (
    "credit-metadata-mismatch",
    "credit-agency-spelling",
    "credit-agency-pattern",
)


def _check(folder: Path, credit: str, xmp: dict[str, str]) -> list[Finding]:
    imagefactory.make_image(folder / "images" / "photo.jpg", seed=5, xmp=xmp)
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square at night", credit=credit)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


@pytest.mark.parametrize(
    "typed, agency, creator",
    [
        ("图片：李明/新华社", "Xinhua", "李明"),
        ("新华社", "Xinhua", ""),
        ("写真：李明/ロイター", "Reuters", "李明"),
        ("写真：李明/AFP通信", "AFP", "李明"),
        ("Фото: Ли Мин/Рейтер", "Reuters", "Ли Мин"),
        ("صورة: رويترز", "Reuters", ""),
        ("图片：李明/美联社", "AP", "李明"),
        ("(أ ف ب)", "AFP", ""),  # Arabic desks abbreviate the agencies letter by letter
        ("(أ ب)", "AP", ""),
        ("(د ب أ)", "dpa", ""),
        ("(إ ب أ)", "EPA", ""),
    ],
)
def test_an_agency_named_in_its_own_script_is_that_agency(
    tmp_path: Path, typed: str, agency: str, creator: str
) -> None:
    xmp = {"credit": agency, **({"creator": creator} if creator else {})}
    found = _check(tmp_path, typed, xmp)
    assert not [f.message for f in found if f.rule == MISMATCH]
    assert not [f.message for f in found if f.rule == SPELLING]
    for finding in found:  # no fix writes the agency in Latin letters over the writer's script
        if finding.fix and finding.rule in (SPELLING, PATTERN):
            assert agency not in dict(finding.fix.changes).get("credit", ""), finding.message


def test_another_agency_in_another_script_still_contradicts_the_file(tmp_path: Path) -> None:
    found = _check(tmp_path, "图片：法新社", {"credit": "Xinhua"})
    mismatch = [f.message for f in found if f.rule == MISMATCH]
    assert mismatch and "leaves out" not in mismatch[0], mismatch


def test_look_alike_letters_are_still_a_misspelling(tmp_path: Path) -> None:
    found = _check(tmp_path, "Jane Doe/\u0410\u0420 Photo", {"credit": "AP"})  # Cyrillic А, Р
    assert [f for f in found if f.rule == SPELLING]
