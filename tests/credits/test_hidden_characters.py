"""A credit whose agency hides a character that does not show: a zero-width space or a soft
hyphen inside "AFP" (the page prints "AFP"; a search, an archive or a partner's system reads
another word, and the checker saw no agency at all), or a right-to-left override before it
(the page prints "PFA"). The house-spelling rule names it and its fix writes the credit
without it, unless the file names another agency; a Persian name's zero-width non-joiner, a
letter's own spelling, is no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

SPELLING = "credit-agency-spelling"


def _check(folder: Path, credit: str, xmp: dict[str, str] | None = None) -> list[Finding]:
    imagefactory.make_image(folder / "images" / "photo.jpg", seed=4, xmp=xmp)
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square at night", credit=credit)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


@pytest.mark.parametrize(
    "typed",
    ["Jane Doe/A\u200bFP", "Jane Doe/\u202eAFP", "Jane Doe/A\u00adFP", "\ufeffJane Doe/AFP\u2060"],
)
def test_a_character_that_does_not_show_is_named_and_fixed(tmp_path: Path, typed: str) -> None:
    found = [f for f in _check(tmp_path, typed) if f.rule == SPELLING]
    assert found, "the credit does not say what it shows"
    assert "do not show" in found[0].message
    assert found[0].fix is not None and dict(found[0].fix.changes) == {"credit": "Jane Doe/AFP"}
    assert not [f for f in _check(tmp_path, "Jane Doe/AFP") if f.rule == SPELLING]


@pytest.mark.parametrize("typed", ["Jane Doe/A\u200bFP", "A\u200bFP"])
def test_no_fix_toward_an_agency_the_file_does_not_name(tmp_path: Path, typed: str) -> None:
    """Nor is the hidden agency taken for a person: "Reuters/A\u200bFP" credited a
    photographer called "A\u200bFP"."""
    found = _check(tmp_path, typed, {"credit": "Reuters"})
    offered = [dict(f.fix.changes).get("credit", "") for f in found if f.fix]
    assert [f for f in found if f.rule == SPELLING]
    assert offered and not [credit for credit in offered if "FP" in credit], offered
    mismatch = [f.message for f in found if f.rule == "credit-metadata-mismatch"]
    assert mismatch and "leaves out" not in mismatch[0], mismatch


def test_a_persian_names_non_joiner_is_its_spelling(tmp_path: Path) -> None:
    assert not [f for f in _check(tmp_path, "می\u200cنا رضایی/AFP") if f.rule == SPELLING]
