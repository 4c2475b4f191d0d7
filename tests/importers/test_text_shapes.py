"""The pieces a pasted page is read with: breadcrumbs, bylines and dates, credit lines, and the
summary of what was left out. The corpus (test_corpus.py) tests them together."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.importers import ImportFailed, import_file
from slidewright.importers.breadcrumb import category_of, find_breadcrumb
from slidewright.importers.byline import parse_date
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.text import parse_text

SLIDES = "\n\nThe Old Pier\n\nCredit: Ana Ruiz\n\nStart at the ferry steps.\n"


@pytest.mark.parametrize(
    "crumbs",
    [
        "1. Home\n2. /\n3. Politics\n4. /\n5. Slideshow\n6. /\n7. Harbour Walks...",
        "Home\n/\nPolitics\n/\nSlideshow\n/\nHarbour Walks...",
        "Home\n\n/\n\nPolitics\n\n/\n\nHarbour Walks...",
        "Home > Politics > Slideshow",
        "Home » Politics",
        "Home | Politics | Harbour Walks",
        "Home / Politics / Slideshow / Harbour Walks...",
        "Home\nPolitics\nHarbour Walks",
    ],
)
def test_every_breadcrumb_shape_gives_the_category_and_never_the_title(crumbs: str) -> None:
    article = parse_text(f"{crumbs}\n\nHarbour Walks\n\nFour walks by the water.{SLIDES}").article
    assert article.title == "Harbour Walks"
    assert article.categories == ["Politics"]
    assert article.intro == "Four walks by the water."
    assert [s.heading for s in article.slides] == ["The Old Pier"]


def test_a_page_without_breadcrumb_starts_with_its_title() -> None:
    assert find_breadcrumb(["Harbour Walks", "", "Four walks."]).items == []
    assert category_of(["Home", "Slideshow", "Harbour Walks..."], "Harbour Walks") == ""


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("2026-11-01", "", "2026-11-01"),
        ("Published 2026-11-01", "", "2026-11-01"),
        ("By Marta Lind | 2026-11-01", "Marta Lind", "2026-11-01"),
        ("By Marta Lind · 1 November 2026", "Marta Lind", "2026-11-01"),
        ("Posted by Marta Lind on Nov. 1, 2026, 9:15 a.m.", "Marta Lind", "2026-11-01"),
        ("Sunday, 1 November 2026", "", "2026-11-01"),
        ("2026-11-01T09:15:00Z", "", "2026-11-01"),
    ],
)
def test_a_byline_or_date_under_the_title_is_never_a_slide(
    line: str, author: str, date: str
) -> None:
    article = parse_text(f"Harbour Walks\n\n{line}\n\nFour walks by the water.{SLIDES}").article
    assert (article.author, article.date) == (author, date)
    assert [s.heading for s in article.slides] == ["The Old Pier"]
    assert article.intro == "Four walks by the water."


def test_dates_that_are_not_dates_stay_text() -> None:
    assert parse_date("The ferry costs 12 pounds") == ""
    assert parse_date("2026-13-45") == ""


@pytest.mark.parametrize(
    ("line", "credit", "caption"),
    [
        ("Credit: Ana Ruiz/Shutterstock", "Ana Ruiz/Shutterstock", ""),
        ("PHOTO CREDIT – Ana Ruiz", "Ana Ruiz", ""),
        ("Photo by Ana Ruiz on Unsplash", "Ana Ruiz on Unsplash", ""),
        ("© Ana Ruiz/Alamy", "Ana Ruiz/Alamy", ""),
        ("(Image: Ana Ruiz)", "Ana Ruiz", ""),
        ("Gulls over the pier. Photo: Ana Ruiz", "Ana Ruiz", "Gulls over the pier."),
        ("Courtesy of the Harbour Trust", "the Harbour Trust", ""),
    ],
)
def test_credit_lines_in_any_label_style(line: str, credit: str, caption: str) -> None:
    found = read_credit_line(line)
    assert found is not None and (found.credit, found.caption) == (credit, caption)


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Harbour Weekly. All rights reserved.",
        "The photo: a gull on the rail.",
        "Photographs taken by the author on a long walk along the coast last spring, mostly at dawn",
    ],
)
def test_lines_that_only_look_like_credits(line: str) -> None:
    assert read_credit_line(line) is None


def test_summary_names_what_was_dropped_and_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "walks.txt"
    source.write_text(
        "Home / Travel / Slideshow\n\nHarbour Walks\n\nShare\nTweet\n\nFour walks by the water."
        f"\n\nAdvertisement{SLIDES}\nNext slide\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "dropped: 2 share buttons (“Share”, “Tweet”); 1 ad (“Advertisement”)" in out
    assert "1 navigation line (“Next slide”)" in out
    assert "category “Travel” from the breadcrumb" in out
    assert "slides without an image: 1" in out


def test_agency_spellings_are_reported_and_fixed_only_when_asked(tmp_path: Path) -> None:
    source = tmp_path / "walks.txt"
    source.write_text(
        "Harbour Walks\n\nFour walks.\n\nThe Pier\n\nCredit: DepositPhotos\n\nSteps.\n\n"
        "The Light\n\nCredit: Ana Ruiz/shutter stock\n\nClimb.\n",
        encoding="utf-8",
    )
    kept = import_file(source, tmp_path / "kept")
    assert kept.agency_spellings == [
        "DepositPhotos → Depositphotos (1 credit)",
        "shutter stock → Shutterstock (1 credit)",
    ]
    assert "credit: DepositPhotos" in (tmp_path / "kept" / "index.md").read_text(encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "fixed"), "--fix-agencies"]) == 0
    text = (tmp_path / "fixed" / "index.md").read_text(encoding="utf-8")
    assert "credit: Depositphotos" in text and "credit: Ana Ruiz/Shutterstock" in text


def test_a_page_of_millions_of_lines_is_refused_before_it_is_read_into_slides() -> None:
    with pytest.raises(ImportFailed, match="more than any article page"):
        parse_text("/\n" * 1_000_000, "huge.txt")


def test_lists_inside_a_slide_stay_in_its_body() -> None:
    article = parse_text(
        "Three Picnic Spots\n\nWhere to spread a blanket.\n\nThe Meadow\n\nCredit: Ana Ruiz\n\n"
        "Bring:\n\n• A blanket\n\n• Something to drink\n\nThe grass is cut every Friday in summer.\n\n"
        "The Orchard\n\nCredit: Tomas Reyes\n\nThe recipe for the cake sold there:\n\n1. Flour\n\n"
        "2. Apples\n\nIt sells out by two o'clock on most sunny days.\n"
    ).article
    assert [s.heading for s in article.slides] == ["The Meadow", "The Orchard"]
    assert "• Something to drink" in article.slides[0].body
    assert "2. Apples" in article.slides[1].body


def test_slide_counters_copied_with_the_headings_are_left_out() -> None:
    article = parse_text(
        "Two Piers\n\nAn intro to two piers.\n\n1/2 The Iron Pier\n\nCredit: Ana Ruiz\n\nRust.\n\n"
        "2/2 The Wooden Pier\n\nCredit: Tomas Reyes\n\nSplinters.\n"
    ).article
    assert [s.heading for s in article.slides] == ["The Iron Pier", "The Wooden Pier"]


@pytest.mark.parametrize(
    ("top", "category"),
    [
        ("Home\n\nHarbour Walks", ""),
        ("Home\nPolitics\nHarbour Walks", "Politics"),
        (
            "Home\nPolitics\n\nHarbour Walks Along Every Quay, Jetty and Breakwater of the Old Town",
            "Politics",
        ),
    ],
)
def test_home_alone_or_with_sections_on_their_own_lines(top: str, category: str) -> None:
    article = parse_text(f"{top}\n\nFour walks by the water.{SLIDES}").article
    assert article.title == top.split("\n")[-1]
    assert article.categories == ([category] if category else [])
    assert article.intro == "Four walks by the water."


HOSTILE_PASTES = {
    "one line of a million spaces": "T\n\nH\n\n" + " " * 1_000_000 + "x\n\nBody.\n",
    "a credit label then 200,000 words": "T\n\nH\n\nPhoto: " + "a " * 200_000,
    "a byline of 100,000 names": "T\n\nBy " + "Ana, " * 100_000 + "\n\nH\n\nBody.\n",
    "a date line of digits": "T\n\n" + "1" * 200_000 + "\n\nH\n\nBody.\n",
    "a breadcrumb line of 50,000 crumbs": "Home" + " / x" * 50_000 + "\n\nT\n\nH\n\nBody.\n",
    "caption words then a dash run": "T\n\nH\n\n" + "word - " * 100_000 + "Photo: A\n",
    "copyright signs": "T\n\nH\n\n" + "© " * 200_000,
    "40,000 numbered lines": "".join(f"{n % 999}. item\n" for n in range(40_000)),
}


@pytest.mark.parametrize("text", HOSTILE_PASTES.values(), ids=HOSTILE_PASTES.keys())
def test_hostile_pastes_end_with_an_article_or_the_one_line_error(text: str) -> None:
    """Text shaped to make a careless pattern backtrack (long runs a regex could share out)."""
    try:
        article = parse_text(text, "pasted.txt").article
    except ImportFailed as error:
        assert str(error).startswith("pasted.txt: ")
    else:
        assert article.title
