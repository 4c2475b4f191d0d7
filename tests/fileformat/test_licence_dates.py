"""A slide's licence dates (license_start, license_end): optional, saved and read back as written."""

from __future__ import annotations

from pathlib import Path

from slidewright import load_article, save_article
from slidewright.model import Article, Slide


def test_licence_dates_round_trip_and_are_left_out_when_empty(tmp_path: Path) -> None:
    article = Article(
        title="Dates",
        slides=[
            Slide(heading="Dated", license_start="2026-01-01", license_end="2027-12-31"),
            Slide(heading="Undated"),
        ],
    )
    save_article(article, tmp_path)
    text = (tmp_path / "index.md").read_text()
    assert "license_end: 2027-12-31" in text or "license_end: '2027-12-31'" in text
    assert text.count("license_end") == 1 and text.count("license_start") == 1
    again = load_article(tmp_path)
    assert [(s.license_start, s.license_end) for s in again.slides] == [
        ("2026-01-01", "2027-12-31"),
        ("", ""),
    ]


def test_hand_written_unquoted_dates_are_read(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(
        "---\ntitle: Hand\nslides:\n- heading: One\n  license_end: 2027-06-30\n---\n"
    )
    assert load_article(tmp_path).slides[0].license_end == "2027-06-30"
