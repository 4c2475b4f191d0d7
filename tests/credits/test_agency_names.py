"""Agency names as a picture editor meets them in unseen material: a photographer whose surname
is an agency's ("Anna Getty", "Michael Bloomberg") is a person, not the agency; and an agency
written with look-alike letters of another alphabet ("АFP" with a Cyrillic А) reads as that
agency to every reader, so the check reads it so too and says which letters are wrong.

Pictures are made on the spot with IPTC and XMP credits; the check runs as the Problems panel
runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

CYRILLIC_AFP = "\u0410FP"  # А (Cyrillic) F P


def _check(folder: Path, typed: str, **file: str) -> list[Finding]:
    """The findings on one slide credited ``typed`` whose picture's XMP (and IPTC) say ``file``."""
    iptc = {"credit": file["credit"]} if "credit" in file else {}
    if "creator" in file:
        iptc["byline"] = file["creator"]
    imagefactory.make_image(folder / "images" / "p.jpg", seed=3, xmp=file, iptc=iptc)
    slide = Slide(heading="h", image="images/p.jpg", alt="Boats in a harbour", credit=typed)
    return CreditChecker().check(Article(title="T", slides=[slide]), folder)


def _credits_offered(findings: list[Finding]) -> list[str]:
    return [dict(f.fix.changes)["credit"] for f in findings if f.fix and f.fix.changes]


@pytest.mark.parametrize(
    ("credit", "file"),
    [
        ("Anna Getty/AFP", {"credit": "AFP", "creator": "Anna Getty"}),
        ("Anna Getty", {"creator": "Anna Getty"}),
        ("Anna GETTY/AFP", {"credit": "AFP", "creator": "Anna GETTY"}),
        ("Michael Bloomberg/Reuters", {"credit": "Reuters", "creator": "Michael Bloomberg"}),
        # the first word of an agency's longer name is someone's surname or given name too
        ("Reuters/Thandi Zuma", {"credit": "Reuters", "creator": "Thandi Zuma"}),
        ("Mads Ritzau/AFP", {"credit": "AFP", "creator": "Mads Ritzau"}),
        ("Jiji Tanaka/AFP", {"credit": "AFP", "creator": "Jiji Tanaka"}),
        ("ANNA GETTY/AFP", {"credit": "AFP", "creator": "Anna Getty"}),  # AFP's own style
    ],
)
def test_a_photographer_named_like_an_agency_is_not_credited_to_it(
    tmp_path: Path, credit: str, file: dict[str, str]
) -> None:
    findings = _check(tmp_path, credit, **file)
    said = [f"{f.rule}: {f.message}" for f in findings]
    assert not [line for line in said if "Getty Images" in line or "Bloomberg credits" in line]
    wrong = ("Getty Images", "ZUMA Press", "Ritzau Scanpix", "Jiji Press")
    assert not [c for c in _credits_offered(findings) if any(w in c for w in wrong)]
    assert not [f for f in findings if f.rule.startswith("credit-")], said


def test_a_name_that_is_an_agencys_word_is_no_agency_even_without_a_file_to_say_so(
    tmp_path: Path,
) -> None:
    """An AFP picture credited to its photographer Thandi Zuma: the fix names AFP beside her,
    never turns her surname into ZUMA Press (an AFP picture credited to another agency)."""
    findings = _check(tmp_path, "Thandi Zuma", credit="AFP", creator="Thandi Zuma")
    offered = _credits_offered(findings)
    assert offered and all(c == "Thandi Zuma/AFP" for c in offered), offered


def test_the_agency_written_short_is_still_the_agency(tmp_path: Path) -> None:
    findings = _check(tmp_path, "Jo Doe/Zuma", credit="ZUMA Press", creator="Jo Doe")
    spelling = [f for f in findings if f.rule == "credit-agency-spelling"]
    assert _credits_offered(spelling) == ["Jo Doe/ZUMA Press"]


def test_an_agency_after_a_name_and_a_separator_is_still_the_agency(tmp_path: Path) -> None:
    findings = _check(tmp_path, "Anna Berg/Getty", credit="Getty Images", creator="Anna Berg")
    spelling = [f for f in findings if f.rule == "credit-agency-spelling"]
    assert [f.message for f in spelling] == ['"Getty" → "Getty Images"']
    assert _credits_offered(spelling) == ["Anna Berg/Getty Images"]


def test_a_look_alike_agency_in_the_credit_is_named_and_fixed_to_latin_letters(
    tmp_path: Path,
) -> None:
    findings = _check(
        tmp_path, f"Jean Dupont/{CYRILLIC_AFP}", credit="Jean Dupont/AFP", creator="Jean Dupont"
    )
    credit_findings = [f for f in findings if f.rule.startswith("credit-")]
    assert [f.rule for f in credit_findings] == ["credit-agency-spelling"]
    message = credit_findings[0].message
    assert CYRILLIC_AFP in message and "another alphabet" in message
    assert _credits_offered(credit_findings) == ["Jean Dupont/AFP"]


def test_a_look_alike_agency_in_the_file_is_evidence_of_that_agency(tmp_path: Path) -> None:
    """The file's credit line says "АFP": a credit naming Reuters contradicts it."""
    findings = _check(
        tmp_path,
        "Jean Dupont/Reuters",
        credit=f"Jean Dupont/{CYRILLIC_AFP}",
        creator="Jean Dupont",
    )
    mismatch = [f for f in findings if f.rule == "credit-metadata-mismatch"]
    assert len(mismatch) == 1 and "Reuters" in mismatch[0].message
    assert not [c for c in _credits_offered(findings) if "Reuters" in c]


def test_ap_photo_in_small_letters_is_ap_spelled_wrong(tmp_path: Path) -> None:
    """ "ap photo/jane roe" names AP (bare "ap" stays a word): the check asks for the house
    spelling instead of saying the credit leaves AP out."""
    findings = _check(tmp_path, "ap photo/jane roe", credit="AP", creator="Jane Roe")
    said = {f.rule: f.message for f in findings if f.rule.startswith("credit-")}
    assert said.get("credit-agency-spelling") == '"ap" → "AP"'
    assert "credit-metadata-mismatch" not in said


def test_a_name_with_look_alike_letters_is_the_files_person_and_is_named(tmp_path: Path) -> None:
    """ "Jеan Dupont" with a Cyrillic е: the file's Jean Dupont (no mismatch), but the check says
    which word mixes alphabets and offers it in Latin letters. A name wholly in another alphabet
    is left alone."""
    typed = "J\u0435an Dupont/AFP"
    findings = _check(tmp_path, typed, credit="AFP", creator="Jean Dupont")
    said = {f.rule: f for f in findings if f.rule.startswith("credit-")}
    assert set(said) == {"credit-hygiene"}
    assert '"J\u0435an" mixes Latin letters' in said["credit-hygiene"].message
    assert _credits_offered([said["credit-hygiene"]]) == ["Jean Dupont/AFP"]
    russian = _check(tmp_path, "Иван Петров/AFP", credit="AFP", creator="Иван Петров")
    assert not [f for f in russian if f.rule.startswith("credit-")]


def test_an_agency_and_its_distributor_are_fixed_to_the_via_form(tmp_path: Path) -> None:
    """ "Jean Dupont/AFP/Getty Images" is one credit wrongly joined: one finding, whose fix is
    "Jean Dupont/AFP via Getty Images" (two findings without a fix before)."""
    findings = _check(
        tmp_path,
        "Jean Dupont/AFP/Getty Images",
        credit="AFP via Getty Images",
        creator="Jean Dupont",
    )
    pattern = [f for f in findings if f.rule == "credit-agency-pattern"]
    assert [f.message for f in pattern] == ['AFP credits read "Name/AFP"']
    assert _credits_offered(pattern) == ["Jean Dupont/AFP via Getty Images"]
    assert not [f for f in findings if f.rule == "credit-metadata-mismatch"]


@pytest.mark.parametrize("typed", ["AFP", "John Doe", ""])
def test_a_file_naming_the_distributor_first_keeps_the_agency_in_the_fix(
    tmp_path: Path, typed: str
) -> None:
    """A file credited "Getty Images/AFP" (Getty distributing AFP's picture): the fixes wrote
    "John Doe/Getty Images", dropping the agency whose picture it is (an attack round)."""
    findings = _check(tmp_path, typed, credit="Getty Images/AFP", creator="John Doe")
    offered = _credits_offered(findings)
    assert offered and set(offered) == {"John Doe/AFP via Getty Images"}, offered


def test_a_handout_with_no_photographer_is_named_once(tmp_path: Path) -> None:
    """A file credited "US Navy via AP" and no one else: the fix wrote "US Navy/US Navy via AP"."""
    findings = _check(tmp_path, "AP Photo", credit="US Navy via AP")
    assert _credits_offered(findings) and set(_credits_offered(findings)) == {"US Navy via AP"}


def test_tass_written_in_cyrillic_is_tass(tmp_path: Path) -> None:
    """An attack round: a file credited "ТАСС" by Иван Петров passed "Иван Петров/Reuters"."""
    wrong = _check(tmp_path / "a", "Иван Петров/Reuters", credit="ТАСС", creator="Иван Петров")
    said = [f.message for f in wrong if f.rule == "credit-metadata-mismatch"]
    assert said and "ТАСС" in said[0], said
    right = _check(tmp_path / "b", "Иван Петров/ТАСС", credit="ТАСС", creator="Иван Петров")
    assert not [f for f in right if f.rule == "credit-metadata-mismatch"]
