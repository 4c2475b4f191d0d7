"""Page text of the seed's kind, written for these tests: other labels, missing credits, short and
long slides, unicode, Windows line ends, hard-wrapped drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import ImportFailed, import_file
from slidewright.importers.text import parse_text

GARDENS = """1. Home
2. /
3. Lifestyle
4. /
5. Slideshow
6. /
7. Seven Winter Gardens That...

Seven Winter Gardens That Refuse to Go Dormant

Cold months do not have to mean bare beds. These gardens keep colour going until spring.

Each one is open to visitors, and most of them are free.

Hellebores by the Wall

Photo: Ana Ruiz/Shutterstock

Hellebores flower in January when almost nothing else does.

Witch Hazel Walk

Image credit: Marta Lind

The spidery flowers smell of citrus on a cold morning.

Plant it where you pass every day.

Dogwood Stems

Red and yellow stems glow against snow; cut them hard in March.

The Glasshouse

PHOTO CREDIT: Kai Rasmussen/Alamy

Inside, the temperature never falls below twelve degrees.

Orchids hang from the rafters.

A pond of giant water lilies fills the centre.

Volunteers sell cuttings at the door.

The café serves soup until three o'clock.

Snowdrop Banks

Source: Getty Images – KEW, LONDON – Feb 3, 2024: Snowdrops carpet a slope under old oaks

Thousands of snowdrops naturalise under the trees.

Café Zoë’s Winter Menu

credits: Ines Moura/Depositphotos

Hot chocolate with cardamom, served in the potting shed.

Planning Your Visit

Most gardens close at dusk, which in December is barely past four.

Advertisement

Read More Winter Ideas

Credit: Priya Nair/iStock
"""


def test_varied_labels_missing_credits_and_lengths() -> None:
    result = parse_text(GARDENS)
    article = result.article
    assert article.title == "Seven Winter Gardens That Refuse to Go Dormant"
    assert article.categories == ["Lifestyle"]
    assert article.intro.startswith("Cold months") and article.intro.endswith(
        "most of them are free."
    )
    assert [s.heading for s in article.slides] == [
        "Hellebores by the Wall",
        "Witch Hazel Walk",
        "Dogwood Stems",
        "The Glasshouse",
        "Snowdrop Banks",
        "Café Zoë’s Winter Menu",
        "Planning Your Visit",
    ]
    assert [s.credit for s in article.slides] == [
        "Ana Ruiz/Shutterstock",
        "Marta Lind",
        "",
        "Kai Rasmussen/Alamy",
        "Getty Images",
        "Ines Moura/Depositphotos",
        "",
    ]
    assert (
        article.slides[4].caption
        == "KEW, LONDON – Feb 3, 2024: Snowdrops carpet a slope under old oaks"
    )
    assert article.slides[3].body.count("\n\n") == 4  # five paragraphs
    assert article.slides[0].body == "Hellebores flower in January when almost nothing else does.\n"
    assert article.read_more.heading == "Read More Winter Ideas"
    assert article.read_more.items[0].credit == "Priya Nair/iStock"
    assert result.dropped == [
        "1 ad (“Advertisement”)",
        "1 breadcrumb (“Home / Lifestyle / Slideshow / Seven Winter Gardens That...”)",
    ]


def test_windows_line_ends_and_no_breadcrumb(tmp_path: Path) -> None:
    text = GARDENS.split("7. Seven Winter Gardens That...\n\n", 1)[1].replace("\n", "\r\n")
    source = tmp_path / "gardens.txt"
    source.write_bytes(text.encode("utf-8"))
    summary = import_file(source, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert summary.slides == 7 and summary.credits == 5
    assert article.categories == []
    assert "\r" not in (tmp_path / "bundle" / "index.md").read_text(encoding="utf-8")
    assert (
        article.slides[1].body
        == "The spidery flowers smell of citrus on a cold morning.\n\nPlant it where you pass every day.\n"
    )


def test_question_headings_followed_by_a_credit_line() -> None:
    text = (
        "Is the Ferry Worth It?\n\nSix crossings, timed and priced, to help you decide.\n\n"
        "What Does It Cost?\n\nCredit: Ana Ruiz\n\nLess than the bridge toll at weekends.\n\n"
        "Can You Take a Bike?\n\nPhoto: Tomas Reyes\n\nYes, for free before nine.\n"
    )
    article = parse_text(text).article
    assert article.title == "Is the Ferry Worth It?"
    assert [s.heading for s in article.slides] == ["What Does It Cost?", "Can You Take a Bike?"]
    assert article.intro == "Six crossings, timed and priced, to help you decide."


def test_byline_and_date_under_the_title_are_not_a_slide() -> None:
    text = (
        "Five Piers at Low Tide\n\nBy Marta Lind | November 20, 2026\n\nUpdated Nov 21, 2026 9:15 am\n\n"
        "Walk out further than you thought you could.\n\nThe Iron Pier\n\nCredit: Ana Ruiz\n\nRust and barnacles.\n"
    )
    article = parse_text(text).article
    assert (article.author, article.date) == ("Marta Lind", "2026-11-20")
    assert article.intro == "Walk out further than you thought you could."
    assert [s.heading for s in article.slides] == ["The Iron Pier"]


def test_lines_without_blank_lines_between_them() -> None:
    text = "Harbour Walks\nA short intro to four walks along the water.\nThe Old Pier\nCredit: Tomas Reyes\nStart at the ferry steps.\nThe Lighthouse Path\nCredit: Ana Ruiz\nClimb slowly; it is steep.\n"
    article = parse_text(text).article
    assert article.intro == "A short intro to four walks along the water."
    assert [(s.heading, s.credit, s.body) for s in article.slides] == [
        ("The Old Pier", "Tomas Reyes", "Start at the ferry steps.\n"),
        ("The Lighthouse Path", "Ana Ruiz", "Climb slowly; it is steep.\n"),
    ]


def test_hard_wrapped_draft_paragraphs_are_joined() -> None:
    text = (
        "Spring Tides\n\nWhat the moon does to the harbour twice a month, and what that means for\nanyone parking by the quay.\n\nHigh Water\n\nCredit: Ana Ruiz\n\n"
        "Twice a month the water rises well above the quay steps and the car park by\n"
        "the chandlery floods for an hour, so move your car before the evening tide.\n"
    )
    article = parse_text(text).article
    assert article.intro.endswith("means for anyone parking by the quay.")
    slide = article.slides[0]
    assert slide.heading == "High Water"
    assert slide.body.count("\n") == 1 and "car park by the chandlery" in slide.body


def test_seed_page_imports_to_twelve_slides(seed_text: str, tmp_path: Path) -> None:
    source = tmp_path / "seed.txt"
    source.write_text(seed_text, encoding="utf-8")
    summary = import_file(source, tmp_path / "seed")
    article = load_article(tmp_path / "seed")
    assert summary.slides == 12 and summary.credits == 12
    assert article.categories == ["Politics"]
    assert article.intro.count("\n\n") == 1
    seed_headings = [
        line
        for i, line in enumerate(seed_text.split("\n"))
        if i + 2 < len(seed_text.split("\n")) and seed_text.split("\n")[i + 2].startswith("Credit")
    ]
    assert [s.heading for s in article.slides] == seed_headings[:12]
    assert {s.credit for s in article.slides} == {"DepositPhotos", "Depositphotos"}
    assert all(s.body.strip() for s in article.slides)
    assert article.read_more is not None and article.read_more.heading.startswith("Read More")
    assert article.read_more.items[0].credit == "DepositPhotos"
    assert article.read_more.items[0].extra["caption"].startswith("KIEV")
    # re-exporting gives the same structure: twelve sections, each with heading, credit and body
    out = tmp_path / "seed.html"
    assert main(["export", str(tmp_path / "seed"), "--to", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="sw-slide"') == 12
    slides_html = html.split('id="sw-read-more"')[0].replace("<bdi>", "").replace("</bdi>", "")
    assert (
        slides_html.count("Credit: DepositPhotos") + slides_html.count("Credit: Depositphotos")
        == 12
    )
    assert ">Politics<" in html and "sw-read-more" in html


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n\n   \n", "empty"),
        ("binary.txt", bytes(range(256)) * 10, "binary"),
        ("one-line.txt", b"Just a title and nothing else", "no slides"),
        (
            "no-headings.html",
            b"<html><body><h1>T</h1><p>Only a paragraph.</p></body></html>",
            "no slide headings",
        ),
        (
            "no-sections.md",
            b"# Title\n\nJust text, no second-level headings.\n",
            "headings found",
        ),
    ],
)
def test_garbage_gives_a_clear_message_and_writes_nothing(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ImportFailed, match=words) as caught:
        import_file(source, tmp_path / "out")
    assert name in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_a_50_mb_file_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "huge.txt"
    with source.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 2
    assert "50 MB is too large" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_import_never_overwrites_an_article(tmp_path: Path, sample_bundle: Path) -> None:
    source = tmp_path / "g.txt"
    source.write_text(GARDENS, encoding="utf-8")
    before = (sample_bundle / "index.md").read_bytes()
    with pytest.raises(ImportFailed, match="already holds an article"):
        import_file(source, sample_bundle)
    assert (sample_bundle / "index.md").read_bytes() == before
