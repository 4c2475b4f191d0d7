"""Credit lines with no label, dates after 'Updated', and share chrome in the read-more block:
the shapes a new-user trial found misread (corpus pages 23-26 test them together)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.importers import folder_name_for, import_file
from slidewright.importers.byline import read_byline
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.text import parse_text


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Getty Images", "Getty Images"),
        ("Rafi Cohen/Getty Images", "Rafi Cohen/Getty Images"),
        ("Mina Sato / Shutterstock", "Mina Sato / Shutterstock"),
        ("(NASA/JPL-Caltech)", "NASA/JPL-Caltech"),
        ("[Ana Ruiz/iStock]", "Ana Ruiz/iStock"),
        ("(Łukasz Wróbel/Agencja Nord)", "Łukasz Wróbel/Agencja Nord"),
        ("Ana de la Cruz/Reuters", "Ana de la Cruz/Reuters"),
        ("Photo © Lotte Brandt", "Lotte Brandt"),
        ("Image © ESA/Hubble", "ESA/Hubble"),
    ],
)
def test_unlabelled_and_copyright_labelled_credits_are_credits_anywhere(
    line: str, credit: str
) -> None:
    found = read_credit_line(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    ["Rome/Florence", "Open Tuesdays/Thursdays", "Getty Images has the rest.", "The Getty Museum"],
)
def test_a_heading_or_sentence_with_a_slash_is_not_a_credit_on_its_own(line: str) -> None:
    assert read_credit_line(line) is None


def _page(second_slide: str) -> str:
    return (
        "Two Cities by Train\n\nA weekend, two tickets.\n\n"
        "The Coast Line\n\nESA/Hubble\n\nThe window seats on the left look over the sea "
        "for most of the way south.\n\n" + second_slide
    )


def test_a_bare_name_slash_name_under_a_heading_is_its_credit() -> None:
    article = parse_text(
        _page(
            "Back Inland\n\nLotte Brandt/Studio Nord\n\nThe hills close in after the tunnel "
            "and the line climbs toward the lakes.\n"
        )
    ).article
    assert [s.heading for s in article.slides] == ["The Coast Line", "Back Inland"]
    assert [s.credit for s in article.slides] == ["ESA/Hubble", "Lotte Brandt/Studio Nord"]


def test_a_slash_heading_after_a_paragraph_stays_a_heading() -> None:
    article = parse_text(
        _page(
            "Rome/Florence\n\nCredit: Ana Ruiz\n\nChange at the junction "
            "and the fast train takes under two hours.\n"
        )
    ).article
    assert [s.heading for s in article.slides] == ["The Coast Line", "Rome/Florence"]
    assert [s.credit for s in article.slides] == ["ESA/Hubble", "Ana Ruiz"]


def test_a_one_line_body_text_after_the_first_paragraph_is_not_taken_as_the_credit() -> None:
    article = parse_text(
        _page(
            "Back Inland\n\nCredit: Ana Ruiz\n\nThe hills close in after "
            "the tunnel.\n\nReuters/Getty Images\n"
        )
    ).article
    assert article.slides[1].credit == "Ana Ruiz"
    assert "Reuters/Getty Images" in article.slides[1].body


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("By Priya Okafor | Updated 3 December 2026", "2026-12-03"),
        ("By Priya Okafor | Published 2 December 2026", "2026-12-02"),
        ("By Priya Okafor · Published: Dec 2, 2026", "2026-12-02"),
    ],
)
def test_a_byline_keeps_a_date_named_updated_or_published(line: str, date: str) -> None:
    found, rest = read_byline([line, "The intro."])
    assert (found.author, found.date, rest) == ("Priya Okafor", date, ["The intro."])


def test_the_summary_says_author_only_when_the_byline_had_no_date() -> None:
    text = "Two Cities by Train\n\nBy Priya Okafor\n\nA weekend, two tickets.\n\n" + (
        "The Coast Line\n\nCredit: Ana Ruiz\n\nWindow seats on the left.\n"
    )
    guessed = parse_text(text).guessed
    assert any(
        g.startswith("author from “By Priya Okafor” under the title (confidence") for g in guessed
    )


def test_share_lines_and_bullets_do_not_become_read_more_items() -> None:
    text = _page(
        "Read More\n\nShare this story: Facebook, X, Email\n\n• A Night Train North\n\n"
        "- Six Stations Worth the Stop\n\nBack to top\n"
    )
    result = parse_text(text)
    assert result.article.read_more is not None
    assert [i.title for i in result.article.read_more.items] == [
        "A Night Train North",
        "Six Stations Worth the Stop",
    ]
    dropped = " ".join(result.dropped)
    assert "Share this story: Facebook, X, Email" in dropped and "Back to top" in dropped
    assert any(g.startswith("2 read-more titles with no link yet") for g in result.guessed)


def test_import_writes_the_writers_language_only_when_the_page_names_none(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "corpus"
    import_file(corpus / "26-html-byline-paragraph-and-breadcrumb.html", tmp_path / "a", lang="fr")
    import_file(corpus / "24-question-headings-bare-credits.txt", tmp_path / "b", lang="fr")
    assert load_article(tmp_path / "a").lang == "en"  # <html lang="en">
    assert load_article(tmp_path / "b").lang == "fr"
    assert folder_name_for(Path("page.txt"), "Stargazing: What Readers Asked") == (
        "stargazing-what-readers-asked"
    )
    assert folder_name_for(Path("Harbour page.txt"), "!!!") == "harbour-page"


def test_an_unlabelled_credit_is_not_joined_to_a_long_heading_above_it() -> None:
    """Pages copied without blank lines: a long line with no final stop joins the next one
    (a wrapped paragraph) unless the next one is a credit."""
    text = (
        "Two Cities by Train\nA weekend, two tickets.\n"
        "The Coast Line Where the Sea Comes Right Up to the Rails\nESA/Hubble\n"
        "The window seats on the left look over the sea for most of the way south.\n"
        "Back Inland Through the Tunnels and Up Toward the Lakes\nLotte Brandt/Studio Nord\n"
        "The hills close in after the tunnel and the line climbs toward the lakes.\n"
    )
    article = parse_text(text).article
    assert [s.credit for s in article.slides] == ["ESA/Hubble", "Lotte Brandt/Studio Nord"]
