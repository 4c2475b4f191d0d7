"""The licence-date rules of ``slidewright check``: real bundles whose pictures carry their licence
dates in the slide, in the file's XMP (PLUS) or in its IPTC (IIM ExpirationDate), checked as the
CLI and the Problems panel check them."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from libraryfactory import iim_expiration, jpeg, photo, write_article, xmp
from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import CreditChecker, RuleId, check_article
from slidewright.credits.context import CheckOptions
from slidewright.credits.findings import Finding
from slidewright.library.indexer import update_index
from slidewright.library.rules import check_library
from slidewright.library.store import LibraryStore

TODAY = datetime.date(2026, 12, 7)
Slides = list[tuple[dict[str, str], bytes]]  # (slide fields, the picture's bytes)


def plain(seed: int) -> bytes:
    return jpeg(photo(seed), xmp(credit="Staff"))


def bundle(folder: Path, date: str, slides: Slides) -> Path:
    pictures = {f"images/p{n}.jpg": raw for n, (_, raw) in enumerate(slides)}
    rows = [
        {"image": f"images/p{n}.jpg", "alt": "Boats in a harbour", "credit": "Staff", **fields}
        for n, (fields, _) in enumerate(slides)
    ]
    return write_article(folder, "Harbour Towns", date, rows, pictures)


def found(folder: Path, rule: RuleId, today: datetime.date = TODAY) -> list[Finding]:
    article = load_article(folder)
    findings = check_article(article, folder, options=CheckOptions(today=today))
    return [f for f in findings if f.rule == rule]


def test_a_licence_date_that_is_not_a_date_is_a_warning_on_its_field(tmp_path: Path) -> None:
    folder = bundle(
        tmp_path / "a",
        "2026-06-10",
        [
            ({"license_end": "31/12/2026"}, plain(1)),  # which day is that?
            ({"license_start": "last spring"}, plain(2)),
            ({}, jpeg(photo(3), xmp(credit="Staff", licence_end="soon"))),  # the file's
            ({"license_end": "2026-12-31"}, plain(4)),
            ({"license_end": "Dec 31, 2026"}, plain(5)),  # a date, as the Date field reads it
        ],
    )
    by_slide = {f.slide: f for f in found(folder, RuleId.LICENSE_DATE_INVALID)}
    assert set(by_slide) == {0, 1, 2}
    end = by_slide[0]
    assert end.severity == "warning" and end.field == "license_end"
    assert "Licence until is '31/12/2026'" in end.message and "YYYY-MM-DD" in end.message
    start = by_slide[1]
    assert start.field == "license_start" and "Licence from is 'last spring'" in start.message
    from_file = by_slide[2]
    assert from_file.field == "license_end"  # where the writer puts the right date
    assert "The picture file's licence end date is 'soon'" in from_file.message
    assert "Licence until as YYYY-MM-DD" in from_file.message


def test_a_licence_ended_before_the_article_date_is_an_error_naming_where_the_end_is_from(
    tmp_path: Path,
) -> None:
    folder = bundle(
        tmp_path / "a",
        "2026-06-10",
        [
            ({"license_end": "2026-06-01"}, plain(1)),
            ({}, jpeg(photo(2), xmp(credit="Staff", licence_end="2026-05-31"))),
            ({}, jpeg(photo(3), xmp(credit="Staff"), iim_expiration("20260430"))),
            ({"license_end": "2026-06-10"}, plain(4)),  # the last day is the article's: fine
            # the slide's date counts before the file's
            ({"license_end": "2027-01-01"}, jpeg(photo(5), xmp(licence_end="2026-01-01"))),
        ],
    )
    by_slide = {f.slide: f for f in found(folder, RuleId.LICENSE_ENDED_BEFORE_ARTICLE)}
    assert set(by_slide) == {0, 1, 2}
    assert by_slide[0].severity == "error" and by_slide[0].field == "license_end"
    assert by_slide[0].message == (
        "The licence ended on 2026-06-01 (the slide's Licence until), before the article's "
        "date 2026-06-10: this picture may not be published on that date"
    )
    assert "2026-05-31 (the picture file's licence end date)" in by_slide[1].message
    assert "2026-04-30 (the picture file's licence end date)" in by_slide[2].message
    assert by_slide[2].field == "license_end"


def test_an_undated_draft_is_published_today_at_the_earliest(tmp_path: Path) -> None:
    folder = bundle(
        tmp_path / "a",
        "",
        [({"license_end": "2026-12-06"}, plain(1)), ({"license_end": "2026-12-07"}, plain(2))],
    )
    ((ended,),) = [found(folder, RuleId.LICENSE_ENDED_BEFORE_ARTICLE)]
    assert ended.slide == 0 and ended.severity == "error"
    assert "ended on 2026-12-06" in ended.message and "today (2026-12-07)" in ended.message


def test_a_licence_starting_after_the_article_date_or_after_its_end_is_an_error(
    tmp_path: Path,
) -> None:
    folder = bundle(
        tmp_path / "a",
        "2026-06-10",
        [
            ({"license_start": "2026-06-11"}, plain(1)),
            ({"license_start": "2026-06-10", "license_end": "2026-12-31"}, plain(2)),
            ({}, jpeg(photo(3), xmp(licence_start="2026-07-01", licence_end="2027-01-01"))),
            ({"license_start": "2026-01-01", "license_end": "2025-12-31"}, plain(4)),
        ],
    )
    late = {f.slide: f for f in found(folder, RuleId.LICENSE_START_AFTER_ARTICLE)}
    assert set(late) == {0, 2}
    assert late[0].severity == "error" and late[0].field == "license_start"
    assert late[0].message.startswith(
        "The licence starts on 2026-06-11 (the slide's Licence from), after the article's "
        "date 2026-06-10"
    )
    assert "2026-07-01 (the picture file's licence start date)" in late[2].message
    ((reversed_,),) = [found(folder, RuleId.LICENSE_START_AFTER_END)]
    assert reversed_.slide == 3 and reversed_.severity == "error"
    assert reversed_.field == "license_start"
    assert "starts on 2026-01-01" in reversed_.message
    assert "after it ends on 2025-12-31 (the slide's Licence until)" in reversed_.message


def test_a_licence_ending_soon_is_a_note_only_while_the_article_is_not_published(
    tmp_path: Path,
) -> None:
    slides: Slides = [
        ({"license_end": "2026-12-17"}, plain(1)),  # in 10 days
        ({"license_end": "2027-01-06"}, plain(2)),  # in 30 days: the last day noted
        ({"license_end": "2027-01-07"}, plain(3)),  # in 31 days
        ({}, jpeg(photo(4), xmp(credit="Staff", licence_end="2026-12-08"))),  # tomorrow
    ]
    draft = bundle(tmp_path / "draft", "", slides)
    noted = {f.slide: f for f in found(draft, RuleId.LICENSE_ENDING_SOON)}
    assert set(noted) == {0, 1, 3}
    assert noted[0].severity == "info" and noted[0].field == "license_end"
    assert "ends on 2026-12-17 (the slide's Licence until), in 10 days" in noted[0].message
    assert "in 1 day," in noted[3].message and "picture file's" in noted[3].message
    coming = bundle(tmp_path / "coming", "2026-12-08", slides)  # dated tomorrow
    assert {f.slide for f in found(coming, RuleId.LICENSE_ENDING_SOON)} == {0, 1, 3}
    online = bundle(tmp_path / "online", "2026-12-01", slides)  # published: the audit's
    assert found(online, RuleId.LICENSE_ENDING_SOON) == []


def test_the_window_checker_sees_a_new_article_date_and_a_new_day(tmp_path: Path) -> None:
    """The Problems panel keeps one checker, whose findings are remembered per slide."""
    folder = bundle(tmp_path / "a", "2026-05-25", [({"license_end": "2026-06-01"}, plain(1))])
    article = load_article(folder)
    checker = CreditChecker(options=CheckOptions(today=datetime.date(2026, 5, 20)))

    def rules() -> set[str]:
        return {str(f.rule) for f in checker.check(article, folder) if "license" in f.rule}

    assert rules() == {"license-ending-soon"}  # to be published in 5 days, ends in 12
    article.date = "2026-06-02"  # the slide itself is unchanged
    assert rules() == {"license-ended-before-article"}
    article.date = ""
    assert rules() == {"license-ending-soon"}
    checker.options = CheckOptions(today=datetime.date(2026, 6, 2))
    assert rules() == {"license-ended-before-article"}


def test_check_json_reports_the_licence_findings_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = bundle(
        tmp_path / "a",
        "2026-06-10",
        [
            ({}, jpeg(photo(1), xmp(credit="Staff"), iim_expiration("20260430"))),
            ({"license_end": "31/12/2026"}, plain(2)),
        ],
    )
    assert main(["check", str(folder), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    licence = [f for f in findings if f["rule"].startswith("license-")]
    assert [(f["rule"], f["severity"], f["slide"], f["field"]) for f in licence] == [
        ("license-ended-before-article", "error", 1, "license_end"),
        ("license-date-invalid", "warning", 2, "license_end"),
    ]
    assert "2026-04-30 (the picture file's licence end date)" in licence[0]["message"]
    assert "2026-06-10" in licence[0]["message"]


def test_the_checker_and_the_library_audit_read_the_same_end_date(tmp_path: Path) -> None:
    library = tmp_path / "library"
    slides: Slides = [
        ({"license_end": "2026-06-01"}, jpeg(photo(1), xmp(licence_end="2027-01-01"))),
        ({}, jpeg(photo(2), xmp(credit="Staff"), iim_expiration("20260430"))),
        ({"license_end": "2026-06-11 "}, plain(3)),
    ]
    folder = bundle(library / "harbour-towns", "2026-06-10", slides)
    checked = {
        (f.slide + 1 if f.slide is not None else 0, f.message.split(", before")[0].lower())
        for f in found(folder, RuleId.LICENSE_ENDED_BEFORE_ARTICLE)
    }
    with LibraryStore(library) as store:
        update_index(store)
        audited = check_library(store.db, today=TODAY)
    ended = {
        (f.slide or 0, f.message.split(", before")[0].lower())
        for f in audited
        if f.rule == "license-ended-before-article"
    }
    assert {slide for slide, _ in checked} == {slide for slide, _ in ended} == {1, 2}
    assert ("the licence ended on 2026-04-30 (the picture file's licence end date)") in {
        text for _, text in checked
    } & {text for _, text in ended}
