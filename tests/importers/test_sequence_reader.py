"""The sequence reader: the decoder picks the best reading of a whole page, says how sure it is,
and a page it cannot read is refused with what it saw. Pages in French, German, Spanish and
Italian are read with their own words."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.importers.byline import read_byline
from slidewright.importers.common import ImportFailed, slide_heading
from slidewright.importers.languages import foreign_date
from slidewright.importers.pagechrome import chrome_kind
from slidewright.importers.sequence import Model, posteriors, viterbi
from slidewright.importers.text import parse_text

TOY = Model(
    start={"a": 0.0, "b": -1.0},
    moves={"a": {"a": -2.0, "b": 0.0}, "b": {"a": 0.0, "b": -2.0}},
    end={"a": 0.0, "b": 0.0},
)


def test_the_decoder_takes_the_best_whole_sequence_not_the_best_line() -> None:
    # line 2 alone prefers "a" a little, but "a, a" costs a move of -2: "a, b, a" wins overall
    emissions = [{"a": 1.0, "b": 0.0}, {"a": 0.5, "b": 0.0}, {"a": 1.0, "b": 0.0}]
    decoded = viterbi(emissions, TOY)
    assert decoded.roles == ["a", "b", "a"]
    assert math.isclose(decoded.score, 2.0)


def test_posteriors_are_probabilities_that_favour_the_decoded_roles() -> None:
    emissions = [{"a": 1.0, "b": 0.0}, {"a": 0.5, "b": 0.0}, {"a": 1.0, "b": 0.0}]
    probabilities = posteriors(emissions, TOY)
    assert all(math.isclose(sum(p.values()), 1.0) for p in probabilities)
    assert [max(p, key=p.__getitem__) for p in probabilities] == ["a", "b", "a"]


def test_no_possible_sequence_is_an_empty_reading() -> None:
    decoded = viterbi([{"c": 1.0}], TOY)
    assert decoded.roles == [] and decoded.score == -math.inf


PAGE = """Home / Travel

Three Harbours Worth a Detour on the Long Way Round the Western Coast This Summer
By Marta Quill
2 hours ago

Boats, chips and a sea wall to sit on.

Port Isaac | Photo: Ana Ruiz

Image: a row of white cottages above a small harbour at low tide

Fishing boats sit on the sand when the tide is out.

Mousehole

Photo: Tomas Reyes

A tiny harbour with a gap in the wall just wide enough for one boat.

Polperro

The harbour at dusk with lights on the water. (Photo: Ines Moura)

Smugglers once used the lanes behind the quay.

Subscribe to continue reading
Comments (14)
"""


def test_a_page_in_the_shapes_the_issue_named_reads_as_an_editor_would() -> None:
    result = parse_text(PAGE)
    article = result.article
    assert article.title.endswith("This Summer") and article.author == "Marta Quill"
    assert article.date == ""  # "2 hours ago" names no date
    assert [s.heading for s in article.slides] == ["Port Isaac", "Mousehole", "Polperro"]
    assert [s.credit for s in article.slides] == ["Ana Ruiz", "Tomas Reyes", "Ines Moura"]
    assert article.slides[0].alt.startswith("a row of white cottages")
    assert article.slides[2].caption == "The harbour at dusk with lights on the water."
    assert "Subscribe" not in article.slides[2].body
    assert any("page furniture" in line for line in result.dropped)
    assert any("confidence" in line for line in result.guessed)


def test_the_summary_names_slides_without_a_credit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace("Photo: Tomas Reyes\n\n", ""), encoding="utf-8")
    assert main(["import", str(page), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "credits found: 2 of 3" in out
    assert "no credit found on 1 of 3 slides (slide 2)" in out


def test_an_html_import_names_slides_without_a_credit_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<h1>Two Piers</h1><p>An intro.</p><h2>The Iron Pier</h2><p>Credit: Ana Ruiz</p>"
        "<p>Rust and gulls.</p><h2>The Wooden Pier</h2><p>Splinters and all.</p>",
        encoding="utf-8",
    )
    assert main(["import", str(page), "-o", str(tmp_path / "out")]) == 0
    assert "no credit found on 1 of 2 slides (slide 2)" in capsys.readouterr().out


def test_a_page_with_no_slides_says_what_it_saw_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "colons.txt"
    page.write_text(
        "Seven Photographs\n\nAn intro to the pictures.\n\nI. Earthrise:\n\nII. Blue Marble:\n\n"
        "III. Pale Dot:\n\nIV. Night Lights:\n",
        encoding="utf-8",
    )
    assert main(["import", str(page), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "4 lines look like headings but end with a colon" in err
    assert "nothing was imported" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_title_and_a_paragraph_are_not_a_slide() -> None:
    with pytest.raises(ImportFailed, match="no slides found - 2 paragraphs"):
        parse_text("A Title\n\nJust one paragraph of text here that goes on for a while.\n")


@pytest.mark.parametrize(
    ("lines", "author", "date"),
    [
        (["Par Camille Durand", "Publié le 3 novembre 2026"], "Camille Durand", "2026-11-03"),
        (
            ["Von Lukas Brenner", "Veröffentlicht am 14. Oktober 2026"],
            "Lukas Brenner",
            "2026-10-14",
        ),
        (
            ["Por Lucía Fernández", "Publicado el 8 de mayo de 2026"],
            "Lucía Fernández",
            "2026-05-08",
        ),
        (["Di Giulia Rossi", "Pubblicato il 21 settembre 2026"], "Giulia Rossi", "2026-09-21"),
        (["Jordan Ellis, Staff Writer", "2 hours ago"], "Jordan Ellis", ""),
        (["Lena Park", "Nov 3, 2026 · 4 min read"], "Lena Park", "2026-11-03"),
        (["By Sam Okafor", "Updated: Nov 3, 2026 at 4:15 p.m. ET"], "Sam Okafor", "2026-11-03"),
        (["Von Jan Wolf", "Aktualisiert: 05.03.2026, 14:20 Uhr"], "Jan Wolf", "2026-03-05"),
    ],
)
def test_bylines_and_dates_in_each_language(lines: list[str], author: str, date: str) -> None:
    found, rest = read_byline([*lines, "The intro."])
    assert (found.author, found.date, rest) == (author, date, ["The intro."])


@pytest.mark.parametrize("line", ["Par exemple, le village", "Di notte il lago è calmo"])
def test_a_sentence_starting_with_the_byline_word_is_not_a_byline(line: str) -> None:
    found, rest = read_byline([line])
    assert found.lines == [] and rest == [line]


def test_foreign_dates_that_do_not_exist_are_not_dates() -> None:
    assert foreign_date("31 février 2026") == ""
    assert foreign_date("1er mars 2026") == "2026-03-01"


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("I. Earthrise:", "Earthrise"),
        ("VII. Hurricane Katrina", "Hurricane Katrina"),
        ("#2 Merino wool camp socks", "Merino wool camp socks"),
        ("1) Fees compound", "Fees compound"),
        ("I am here", "I am here"),
    ],
)
def test_slide_numbers_and_lead_in_colons_leave_the_heading(heading: str, kept: str) -> None:
    assert slide_heading(heading) == kept


@pytest.mark.parametrize(
    "line",
    [
        "☰ Menu",
        "Comments (14)",
        "Next slideshow ›",
        "Subscribe to continue reading",
        "Kommentare (3)",
    ],
)
def test_furniture_lines_are_page_furniture(line: str) -> None:
    assert chrome_kind(line) == "page furniture"


def test_a_shopping_price_line_stays_in_the_body() -> None:
    article = parse_text(
        "Two Gifts\n\nTested in the rain.\n\n#1 A kettle\n\nPhoto: Nell Rowan\n\nBoils fast.\n\n"
        "$29 at REI\n\n#2 Wool socks\n\nPhoto: Nell Rowan\n\nWarm when wet.\n\n$24 at Amazon\n"
    ).article
    assert [s.heading for s in article.slides] == ["A kettle", "Wool socks"]
    assert article.slides[0].body == "Boils fast.\n\n$29 at REI\n"


def test_a_label_above_a_title_of_capitalised_words_is_the_category_not_a_byline() -> None:
    article = parse_text(
        "TRAVEL\n\nFive Cheap Flight Tricks\n\nBy Ann Lee\n\nSave money on every trip.\n\n"
        "BOOK ON TUESDAYS\n\nPHOTO: AP\n\nPrices drop midweek.\n\n"
        "FLY AT DAWN\n\nPHOTO: Reuters\n\nEarly flights are delayed less often.\n"
    ).article
    assert (article.title, article.categories, article.author) == (
        "Five Cheap Flight Tricks",
        ["Travel"],
        "Ann Lee",
    )
    assert [s.credit for s in article.slides] == ["AP", "Reuters"]


def test_a_page_longer_than_any_slideshow_is_read_under_one_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past MAX_COMPARED paragraphs the layouts are compared on the page's start and the whole
    page is decoded once, with no confidence worked out (the 50,000-line limit stays fast)."""
    import slidewright.importers.text as text_module

    monkeypatch.setattr(text_module, "MAX_COMPARED", 12)
    more = "".join(
        f"\nHarbour Town {n}\n\nPhoto: Kai Lund\n\nBoats on the sand.\n" for n in range(6)
    )
    result = parse_text(PAGE.replace("Subscribe to continue reading\nComments (14)\n", more))
    assert len(result.article.slides) == 9
    assert result.article.slides[-1].heading == "Harbour Town 5"
    assert [s.credit for s in result.article.slides[:3]] == [
        "Ana Ruiz",
        "Tomas Reyes",
        "Ines Moura",
    ]
    assert any("confidence not worked out" in g for g in result.guessed)
    assert any(g.startswith("author from") and "confidence" not in g for g in result.guessed)
