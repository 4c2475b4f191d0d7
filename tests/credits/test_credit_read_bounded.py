"""A 5 MB credit (a paste gone wrong, or a hostile file) answers in seconds (2-6 s): each agency of the
list read all of it, several times per rule, and `slidewright check` took 25-60 s. Agencies are
looked for in the credit's first 64K characters; the check still says the credit is too long."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker, agencies
from slidewright.model import Article, Slide

HUGE = "Jane Doe/AFP " + " " * 1_000_000 + "Reuters"


def test_the_agency_list_reads_no_more_than_a_credits_first_64k_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    as_latin = agencies.as_latin

    def counting(text: str) -> str:
        read.append(len(text))
        return as_latin(text)

    monkeypatch.setattr(agencies, "as_latin", counting)
    imagefactory.make_image(
        tmp_path / "images" / "p.jpg", seed=2, xmp={"credit": "AFP", "creator": "Jane Doe"}
    )
    slide = Slide(heading="h", image="images/p.jpg", alt="Boats in a harbour", credit=HUGE)
    found = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
    assert read and max(read) <= agencies.READ_AT_MOST
    assert any("too long to weigh against the file" in f.message for f in found)


def test_an_agency_in_the_first_64k_characters_is_still_read() -> None:
    named = agencies.agencies_in("Jane Doe/AFP" + " " * 1000)
    assert [a.name for a, _ in named] == ["AFP"]
    assert agencies.house_spelling("Jane Doe/afp" + " " * 100_000).startswith("Jane Doe/AFP ")
