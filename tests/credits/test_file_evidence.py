"""The file is evidence (issue 24): the corpus of planted-metadata photos through `check`, and
every order of every rule's fix, re-checked after each step, never writes a credit the file
contradicts and settles on what the file says."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import creditcorpus as cc
from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import CheckOptions, CreditChecker
from slidewright.credits.agencies import catalogue
from slidewright.credits.evidence import contradiction, file_evidence
from slidewright.credits.findings import Finding
from slidewright.credits.labels import strip_labels
from slidewright.model import Article, Slide

OWN = (cc.OWN_AGENCY,)
MAX_STEPS = 6  # no chain of fixes on one credit is longer; a cycle would never end


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cc.build(tmp_path_factory.mktemp("corpus") / "article")


def _json_findings(bundle: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    main(["check", str(bundle), "--format", "json", *extra])
    return json.loads(capsys.readouterr().out)["findings"]


def test_check_reports_each_case_as_the_file_says(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _json_findings(corpus, capsys, "--agency", cc.OWN_AGENCY)
    for n, case in enumerate(cc.CASES, start=1):
        on_slide = [f for f in found if f["slide"] == n and f["rule"] in cc.CREDIT_RULES]
        assert {f["rule"] for f in on_slide} == case.findings, case.name
        for finding in on_slide:
            if finding["rule"] == cc.MISMATCH:  # it quotes both, and its fix is the file's
                assert "the file says" in finding["message"], case.name
                assert case.typed in finding["message"], case.name
                assert finding["fix"]["changes"] == {"credit": case.settles}, case.name
                assert finding["fix"]["label"].startswith("Use the file's credit")


def test_the_issue_photo_gets_no_fix_toward_another_agency(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'Name the photographer from the image' and the house spelling gave 'Ana Silva/
    Depositphotos' for an AFP photo: now their findings say why they offer nothing."""
    found = [f for f in _json_findings(corpus, capsys) if f["slide"] == 1]
    fixes = [f["fix"]["changes"]["credit"] for f in found if f["fix"]]
    assert fixes == ["Ana Silva/AFP"]
    mismatch = next(f for f in found if f["rule"] == cc.MISMATCH)
    assert mismatch["message"] == "the file says Ana Silva/AFP; the credit says DepositPhotos"
    spelling = next(f for f in found if f["rule"] == cc.SPELLING)
    assert spelling["message"].endswith("(not fixed here: the file says Ana Silva/AFP)")


def test_own_agencies_are_a_parameter(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without the writer's agency 'Harbour Desk' is just a name beside the photographer's."""
    slide = len(cc.CASES)
    without = [f for f in _json_findings(corpus, capsys) if f["slide"] == slide]
    assert not [f for f in without if f["rule"] == cc.MISMATCH]
    with_own = _json_findings(corpus, capsys, "--agency", cc.OWN_AGENCY)
    credit_rules = [f["rule"] for f in with_own if f["slide"] == slide and f["severity"] != "info"]
    assert credit_rules == [cc.MISMATCH]  # (Alamy's missing licence is a note beside it)


def _check_one(checker: CreditChecker, bundle: Path, slide: Slide) -> list[Finding]:
    return [f for f in checker.check(Article(title="T", slides=[slide]), bundle) if f.fix]


def _apply(slide: Slide, finding: Finding) -> Slide:
    assert finding.fix is not None
    changed = slide.copy()
    for name, value in finding.fix.changes:
        setattr(changed, name, value)
    return changed


def _state(slide: Slide) -> tuple[str, ...]:
    return (slide.credit, slide.caption, slide.license, slide.license_url)


@pytest.mark.parametrize("case", cc.CASES, ids=[c.name for c in cc.CASES])
def test_every_order_of_fixes_settles_on_what_the_file_says(corpus: Path, case: cc.Case) -> None:
    """Apply every offered fix in every order, re-checking after each (what Apply Fix does):
    no credit reached contradicts the file, every path ends within MAX_STEPS, and all end at
    the same credit."""
    checker = CreditChecker(options=CheckOptions(own_agencies=OWN))
    start = load_article(corpus).slides[cc.CASES.index(case)]
    evidence = file_evidence(checker.cache.get(corpus / start.image), catalogue(OWN))
    ends: set[str] = set()
    frontier, seen = [start], {_state(start)}
    for _ in range(MAX_STEPS + 1):
        following = []
        for slide in frontier:
            fixes = _check_one(checker, corpus, slide)
            if not fixes:
                ends.add(slide.credit)
            for finding in fixes:
                fixed = _apply(slide, finding)
                assert contradiction(fixed.credit, evidence, catalogue(OWN)) is None, (
                    f"{case.name}: {finding.rule}'s fix wrote {fixed.credit!r}"
                )
                if _state(fixed) not in seen:
                    seen.add(_state(fixed))
                    following.append(fixed)
        frontier = following
        if not frontier:
            break
    assert not frontier, f"{case.name}: fixes still offered after {MAX_STEPS} steps"
    assert ends == {case.settles}, case.name


@pytest.mark.parametrize("case", cc.CASES, ids=[c.name for c in cc.CASES])
def test_fixes_applied_blindly_in_any_order_contradict_nothing(corpus: Path, case: cc.Case) -> None:
    """A script applying the JSON's fixes one after another without re-checking: every
    permutation of the fixes offered together leaves a credit the file does not contradict."""
    checker = CreditChecker(options=CheckOptions(own_agencies=OWN))
    start = load_article(corpus).slides[cc.CASES.index(case)]
    evidence = file_evidence(checker.cache.get(corpus / start.image), catalogue(OWN))
    fixes = _check_one(checker, corpus, start)
    for order in itertools.permutations(fixes):
        slide = start
        for finding in order:
            slide = _apply(slide, finding)
            assert contradiction(slide.credit, evidence, catalogue(OWN)) is None, case.name


@pytest.mark.parametrize(
    ("typed", "credit"),
    [
        ("Photo by Ken Sato", "Ken Sato"),
        ("Credit: Photo by Ken Sato", "Ken Sato"),
        ("Photograph: Ken Sato", "Ken Sato"),
        ("Image courtesy of NASA", "NASA"),
        ("Pictured: Ken Sato/AFP", "Ken Sato/AFP"),
        ("© Ken Sato", "Ken Sato"),
        ("© 2024 Ken Sato/Reuters", "Ken Sato/Reuters"),
        ("Photo © Ken Sato", "Ken Sato"),
        ("Foto: Ken Sato", "Ken Sato"),
        ("Ken Sato/AFP", "Ken Sato/AFP"),  # no label: unchanged
        ("Photo Researchers/Science Source", "Photo Researchers/Science Source"),
    ],
)
def test_labels_in_any_form_are_found_and_only_the_label_goes(typed: str, credit: str) -> None:
    assert strip_labels(typed) == credit


def test_a_file_naming_thousands_of_creators_is_weighed_cheaply(tmp_path: Path) -> None:
    """A hostile file's 20,000 creators and 4,000-character credit line: a finding that names
    three of them, not a message (or a check) the size of the file."""
    import imagefactory

    packet = imagefactory.xmp_packet(creator="X", credit="AFP " * 1000).decode()
    people = "".join(f"<rdf:li>Person {i}</rdf:li>" for i in range(20_000))
    image = tmp_path / "images" / "many.png"
    image.parent.mkdir(parents=True)
    imagefactory.picture((800, 800), 3).save(
        image, pnginfo=_png_xmp(packet.replace("<rdf:li>X</rdf:li>", people))
    )
    slide = Slide(heading="h", image="images/many.png", alt="a sea", credit="Ken Sato/Reuters")
    found = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
    [mismatch] = [f for f in found if f.rule == cc.MISMATCH]
    assert mismatch.message.startswith("the file says AFP AFP")
    assert "names Person 0, Person 1, Person 2 and " in mismatch.message
    assert len(mismatch.message) < 300  # the cut credit line, three creators, the credit


def _png_xmp(packet: str) -> object:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet)
    return info


@pytest.mark.parametrize(
    ("typed", "house", "says"),
    [
        ("Ana Silva/Agence France-Presse", "Ana Silva/AFP", ""),
        ("AFP/Ana Silva", "AFP/Ana Silva", 'AFP credits read "Name/AFP"'),
        ("Evan Park/Associated Press", "Evan Park/AP", 'AP credits read "AP Photo/Name"'),
        ("Lena Vogt/DPA", "Lena Vogt/dpa", ""),
        ("Tom Hale/Press Association", "Tom Hale/PA", ""),
        ("Jon Berg/epa", "Jon Berg/EPA", ""),
        ("Ruud Jansen/anp", "Ruud Jansen/ANP", ""),
        ("Bloomberg", "Bloomberg", 'Bloomberg credits read "Name/Bloomberg"'),
        ("Li Wei/Xinhua News Agency", "Li Wei/Xinhua", ""),
        ("REUTERS/Marta Lind", "Reuters/Marta Lind", ""),
        ("Kim Cho/Getty", "Kim Cho/Getty Images", ""),
        ("Shutterstock", "Shutterstock", 'Shutterstock credits read "Name/Shutterstock"'),
        ("Ana Ruiz/alamy", "Ana Ruiz/Alamy", ""),
        ("Olek Baran/Deposit Photos", "Olek Baran/Depositphotos", ""),
        ("Mia Holm/istockphoto", "Mia Holm/iStock", ""),
        ("Jo Lee/pexels.com", "Jo Lee/Pexels", ""),
        ("Mia Holm/unsplash", "Mia Holm/Unsplash", ""),
    ],
)
def test_wire_services_and_agencies_have_house_spellings_and_forms(
    tmp_path: Path, typed: str, house: str, says: str
) -> None:
    slide = Slide(heading="h", image="", alt="a sea", credit=typed)
    found = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
    spelling = [f for f in found if f.rule == cc.SPELLING]
    assert [dict(f.fix.changes)["credit"] for f in spelling if f.fix] == (
        [house] if house != typed else []
    )
    pattern = [f.message for f in found if f.rule == cc.PATTERN]
    assert pattern[0].startswith(says) if says else not pattern, pattern
