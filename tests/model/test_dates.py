"""What writers type in the Date field becomes a real date, or a sentence saying why not."""

from __future__ import annotations

import datetime

import pytest

from slidewright.model.dates import DateError, normalize_date_text, parse_date


@pytest.mark.parametrize(
    "typed",
    [
        "2026-01-05",
        "2026-1-5",
        "5 Jan 2026",
        "Jan 5, 2026",
        "5 January 2026",
        "jan. 5 2026",
        "5th Jan 2026",
        " 2026/01/05 ",
    ],
)
def test_common_spellings_are_one_day(typed: str) -> None:
    assert parse_date(typed) == datetime.date(2026, 1, 5)


def test_full_month_names_work() -> None:
    assert parse_date("November 20, 2026") == datetime.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("2026-02-30", "February 2026 has 28 days"),
        ("2026-13-01", "no month 13"),
        ("31 Smarch 2026", "not the name of a month"),
        ("01/02/2026", "could mean two different days"),
        ("last Tuesday", "write it like 2026-01-05"),
        ("", "empty"),
    ],
)
def test_what_is_not_a_day_says_why(typed: str, words: str) -> None:
    with pytest.raises(DateError, match=words):
        parse_date(typed)
    assert issubclass(DateError, ValueError)


def test_normalized_text_is_iso_and_hand_written_times_are_kept() -> None:
    assert normalize_date_text("Nov 20, 2026") == "2026-11-20"
    assert normalize_date_text("2026-11-20T10:00:00Z") == "2026-11-20T10:00:00Z"
    assert normalize_date_text("  ") == ""
    with pytest.raises(DateError, match="time of day"):
        normalize_date_text("2026-11-20T24:30:00Z")
