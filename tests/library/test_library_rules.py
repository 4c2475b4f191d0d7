"""Each library rule, on a small made-up library: what it reports, and what it leaves alone."""

from __future__ import annotations

import datetime
from pathlib import Path

from libraryfactory import MakeArticle, iim_expiration
from slidewright.library.indexer import update_index
from slidewright.library.rules import LibraryFinding, LibraryRules, check_library
from slidewright.library.store import LibraryStore

TODAY = datetime.date(2026, 12, 7)


def audit(library: Path, disable: tuple[str, ...] = (), expiring: int = 30) -> list[LibraryFinding]:
    rules = LibraryRules()
    rules.disable(disable)
    with LibraryStore(library) as store:
        update_index(store)
        return check_library(store.db, rules, today=TODAY, expiring_days=expiring)


def of(findings: list[LibraryFinding], rule: str) -> list[LibraryFinding]:
    return [f for f in findings if f.rule == rule]


def test_one_photo_credited_two_ways_is_reported_in_both_articles_quoting_the_other(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("harbour-towns", "2026-03-01", [(1, "Getty Images", {}), (2, "Staff", {})])
    make_article("coast-road", "2026-06-01", [(3, "Staff", {}), (1, "Jana Novak/Shutterstock", {})])
    make_article(
        "ferries", "2026-08-01", [(1, "getty images.", {})]
    )  # the same credit, written loosely
    found = of(audit(library), "credit-differs-elsewhere")
    by_article = {(f.article, f.slide): f for f in found}
    assert set(by_article) == {("harbour-towns", 1), ("coast-road", 2), ("ferries", 1)}
    coast = by_article[("coast-road", 2)].message
    assert "'Jana Novak/Shutterstock' here" in coast
    assert "'Getty Images' in harbour-towns (slide 1)" in coast
    assert (
        "'Jana Novak/Shutterstock' in coast-road (slide 2)"
        in by_article[("harbour-towns", 1)].message
    )
    assert by_article[("coast-road", 2)].image == "coast-road/images/p1.jpg"
    assert by_article[("coast-road", 2)].severity == "warning"


def test_a_resized_reencoded_copy_is_the_same_photo_and_another_photo_is_not(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("one", "2026-03-01", [(7, "Getty Images", {})])
    make_article("two", "2026-05-01", [((7, (90, 60)), "Alamy", {})])  # resized, re-encoded
    make_article("three", "2026-05-01", [(8, "Reuters", {})])  # another photo, another credit
    found = of(audit(library), "credit-differs-elsewhere")
    assert sorted(f.article for f in found) == ["one", "two"]


def test_a_licence_ending_before_the_article_date_is_an_error_from_the_slide_or_the_file(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("slide-says", "2026-06-10", [(1, "Staff", {"license_end": "2026-06-01"})])
    make_article(
        "file-says", "2026-06-10", [(2, "Staff", {})],
        file_xmp={0: {"credit": "Staff", "licence_end": "2026-05-31"}},
    )  # fmt: skip
    make_article(
        "iim-says", "2026-06-10", [(3, "Staff", {})], app13={0: iim_expiration("20260430")}
    )
    make_article("still-fine", "2026-06-10", [(4, "Staff", {"license_end": "2027-06-01"})])
    findings = audit(library)
    ended = {f.article: f for f in of(findings, "license-ended-before-article")}
    assert set(ended) == {"slide-says", "file-says", "iim-says"}
    assert ended["slide-says"].severity == "error"
    assert "2026-06-01 (the slide's licence)" in ended["slide-says"].message
    assert "2026-05-31 (the picture file's licence end date)" in ended["file-says"].message
    assert "2026-04-30" in ended["iim-says"].message
    assert not of(findings, "license-expiring")  # said once, by the stronger rule


def test_licences_ending_soon_or_ended_since_are_warnings_within_the_days_asked(
    library: Path, make_article: MakeArticle
) -> None:
    make_article(
        "renewals",
        "2026-01-05",
        [
            (1, "Staff", {"license_end": "2026-12-17"}),  # in 10 days
            (2, "Staff", {"license_end": "2026-12-31"}),  # in 24 days
            (3, "Staff", {"license_end": "2026-11-30"}),  # ended a week ago
            (4, "Staff", {"license_end": "2027-03-01"}),  # far off
            (5, "Staff", {"license_end": "next spring"}),  # not a date
        ],
    )
    found = {f.slide: f.message for f in of(audit(library), "license-expiring")}
    assert set(found) == {1, 2, 3, 5}
    assert "ends on 2026-12-17" in found[1] and "in 10 days" in found[1]
    assert "ended on 2026-11-30" in found[3] and "7 days ago" in found[3]
    assert "'next spring'" in found[5] and "YYYY-MM-DD" in found[5]
    narrower = {f.slide for f in of(audit(library, expiring=14), "license-expiring")}
    assert narrower == {1, 3, 5}


def test_a_photo_used_again_within_seven_days_is_a_note_on_both_articles(
    library: Path, make_article: MakeArticle
) -> None:
    make_article("monday", "2026-09-07", [(1, "Staff", {})])
    make_article("thursday", "2026-09-10", [(1, "Staff", {})])
    make_article("next-month", "2026-10-20", [(1, "Staff", {})])
    found = {f.article: f for f in of(audit(library), "photo-reused-recently")}
    assert set(found) == {"monday", "thursday"}
    assert found["monday"].severity == "info"
    assert "thursday (slide 1), dated 2026-09-10" in found["monday"].message


def test_a_stock_photo_needs_a_licence_recorded_somewhere(
    library: Path, make_article: MakeArticle
) -> None:
    make_article(
        "stock",
        "2026-09-07",
        [
            (1, "Jana Novak/Shutterstock", {}),  # nothing recorded
            (2, "Getty Images", {"license_end": "2027-09-01"}),  # the slide says
            (3, "Marco Ri/Alamy", {}),  # the file says (below)
            (4, "Staff", {}),  # not a stock photo
        ],
        file_xmp={2: {"credit": "Alamy", "terms": "Licensed to the Coast Desk, web only"}},
    )
    found = of(audit(library), "stock-without-license")
    assert [(f.slide, f.severity) for f in found] == [(1, "warning")]
    assert "Shutterstock photo with no licence recorded" in found[0].message


def test_disabled_rules_report_nothing(library: Path, make_article: MakeArticle) -> None:
    make_article("stock", "2026-09-07", [(1, "Jana Novak/Shutterstock", {})])
    assert of(audit(library), "stock-without-license")
    assert not of(audit(library, disable=("stock-without-license",)), "stock-without-license")


def test_an_undated_draft_is_compared_with_today(library: Path, make_article: MakeArticle) -> None:
    make_article("published-friday", "2026-12-04", [(1, "Staff", {})])
    make_article("draft", "", [(1, "Staff", {})])
    found = {f.article: f.message for f in of(audit(library), "photo-reused-recently")}
    assert set(found) == {"published-friday", "draft"}
    assert "published-friday (slide 1), dated 2026-12-04" in found["draft"]
