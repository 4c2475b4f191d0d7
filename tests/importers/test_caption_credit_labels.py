"""A credit at the end of a caption however its language labels it: "Fot. X" with no colon,
"Foto: X", "Photo: X" after the caption's last sentence, Japanese ``（写真：X）`` in full-width
brackets, and a Japanese byline whose date follows the name after an ideographic space."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.importers import parse_source
from slidewright.importers.byline import read_byline
from slidewright.importers.creditline import read_credit_line


def _figure(tmp_path: Path, caption: str) -> tuple[str, str]:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Morze</h1><h2>Świt</h2><figure>"
        f"<img src='https://cdn.test/a.jpg'><figcaption>{caption}</figcaption></figure>"
        "<p>Rano nad Bałtykiem.</p></body></html>",
        encoding="utf-8",
    )
    slide = parse_source(page).article.slides[0]
    return slide.caption, slide.credit


def test_a_polish_figcaption_ending_fot_gives_its_credit(tmp_path: Path) -> None:
    caption, credit = _figure(tmp_path, "Plaża o świcie. Fot. Jan Kowalski/PAP")
    assert credit == "Jan Kowalski/PAP"
    assert "Fot." not in caption and caption.startswith("Plaża o świcie")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Plaża o świcie. Fot. Jan Kowalski/PAP", "Plaża o świcie.", "Jan Kowalski/PAP"),
        ("Plaża o świcie. Zdj. Anna Nowak", "Plaża o świcie.", "Anna Nowak"),
        ("Der Strand am Morgen. Foto: Lena Vogel/dpa", "Der Strand am Morgen.", "Lena Vogel/dpa"),
        ("Der Strand am Morgen. Foto von Lena Vogel", "Der Strand am Morgen.", "Lena Vogel"),
        ("Snow on the pier. Photo: Sam Lee", "Snow on the pier.", "Sam Lee"),
        ("Snow on the pier. Photo by Sam Lee", "Snow on the pier.", "Sam Lee"),
        ("Stranden i gryningen. Foto av Erik Lund", "Stranden i gryningen.", "Erik Lund"),
        ("浜辺の朝。写真：佐藤一郎/共同通信", "浜辺の朝。", "佐藤一郎/共同通信"),
        ("浜辺の朝（写真：ゲッティイメージズ）", "浜辺の朝", "ゲッティイメージズ"),
    ],
)
def test_a_credit_label_after_the_last_sentence_is_the_credit(
    line: str, caption: str, credit: str
) -> None:
    found = read_credit_line(line)
    assert found is not None and (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("（写真：ゲッティイメージズ）", "ゲッティイメージズ"), ("写真：佐藤一郎/共同通信", "佐藤一郎/共同通信")],
)
def test_a_japanese_credit_in_full_width_brackets_is_read_as_without(
    line: str, credit: str
) -> None:
    found = read_credit_line(line)
    assert found is not None and found.credit == credit


def test_a_sentence_mentioning_a_photo_stays_a_caption() -> None:
    assert read_credit_line("The pier at dawn. Photo exhibitions open in May.") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("文：山田花子　2026年11月3日", "山田花子"), ("文：山田　花子　2026年11月3日", "山田　花子")],
)
def test_a_japanese_bylines_date_after_an_ideographic_space_is_the_date(
    line: str, author: str
) -> None:
    found, rest = read_byline([line, "本文。"])
    assert (found.author, found.date) == (author, "2026-11-03")
    assert rest == ["本文。"]
