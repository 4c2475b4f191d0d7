"""A photographer's given name written as an initial ("J. Dupont/AFP", "J.-P. Martin/Reuters"),
or the file's creator written surname first as archives and libraries do ("Dupont, Jean"), is
the same person as "Jean Dupont": an honest credit, as newsrooms write it.

Found by an attacker: the check called each a credit naming someone else than the file
(credit-metadata-mismatch) and offered to replace it, while "Dupont/AFP" passed. Another
surname, or another initial, is still someone else, and "Jo Doe, Ann Lee" stays two people."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.evidence import same_person, uninverted
from slidewright.model import Article, Slide

MISMATCH = "credit-metadata-mismatch"


def _mismatches(folder: Path, creator: str, credit: str) -> list[str]:
    imagefactory.make_image(
        folder / "images" / "photo.jpg",
        seed=7,
        xmp={"credit": "AFP", "creator": creator},
        iptc={"credit": "AFP", "byline": creator},
    )
    slide = Slide(
        heading="h", image="images/photo.jpg", alt="Protesters in a square", credit=credit
    )
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f.message for f in found if f.rule == MISMATCH]


@pytest.mark.parametrize(
    ("creator", "credit"),
    [
        ("Jean Dupont", "J. Dupont/AFP"),
        ("Jean Dupont", "J Dupont/AFP"),
        ("Jean-Pierre Martin", "J.-P. Martin/AFP"),
        ("J. Dupont", "Jean Dupont/AFP"),
        ("Anna Maria Rossi", "A. M. Rossi/AFP"),
        ("Dupont, Jean", "Jean Dupont/AFP"),
        ("Dupont, Jean", "J. Dupont/AFP"),
        ("Okonjo-Iweala, Ngozi", "Ngozi Okonjo-Iweala/AFP"),
        ("Jean Dupont", "DUPONT Jean/AFP"),  # surname first, as French desks write it
        ("Li Ming", "Ming Li/AFP"),  # a Chinese name in either order
    ],
)
def test_an_initial_for_the_given_name_is_the_same_person(
    tmp_path: Path, creator: str, credit: str
) -> None:
    assert _mismatches(tmp_path, creator, credit) == []


@pytest.mark.parametrize(
    ("creator", "credit"),
    [
        ("Jean Dupont", "P. Dupont/AFP"),
        ("Jean Dupont", "J. Durand/AFP"),
        ("Jean Dupont", "Jacques Dupont/AFP"),
        ("Dupont, Jean", "Jean Durand/AFP"),
        ("Jo Doe, Ann Lee", "Doe Jo/AFP"),
    ],
)
def test_another_initial_or_surname_is_still_someone_else(
    tmp_path: Path, creator: str, credit: str
) -> None:
    [message] = _mismatches(tmp_path, creator, credit)
    assert f"names {uninverted(creator)} as its creator" in message


def test_initials_alone_are_nobody_in_particular() -> None:
    assert not same_person("J. D.", "Jean Dupont")
    assert not same_person("J", "Jean")


def test_the_file_names_its_creator_first_name_first(tmp_path: Path) -> None:
    imagefactory.make_image(
        tmp_path / "images" / "photo.jpg", seed=7, iptc={"credit": "AFP", "byline": "Dupont, Jean"}
    )
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square", credit="Jean Durand/AFP")
    found = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
    [mismatch] = [f for f in found if f.rule == MISMATCH]
    assert "names Jean Dupont as its creator" in mismatch.message
    assert mismatch.fix is not None and dict(mismatch.fix.changes) == {"credit": "Jean Dupont/AFP"}
