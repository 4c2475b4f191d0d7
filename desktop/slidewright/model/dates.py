"""Dates as writers type them, and the one spelling the file stores.

The Date field accepts what people write (``2026-01-05``, ``2026-1-5``, ``5 Jan 2026``,
``Jan 5, 2026``, ``November 20, 2026``); the file stores ISO ``2026-01-05`` (or an ISO date-time
written by hand, kept as written), which Hugo and Jekyll read as a date. Anything that is not a
real day (``2026-02-30``) is a :class:`DateError` whose message a writer understands.
"""

from __future__ import annotations

import calendar
import datetime
import re

from slidewright.i18n import QT_TRANSLATE_NOOP

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9

_NUMERIC = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})", re.I)
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_AMBIGUOUS = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
# What the file may hold: an ISO date, optionally with a time and zone (the YAML timestamp shape).
_STORED = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-](\d{1,2})(?::?(\d{2}))?)?)?"
)


class DateError(ValueError):
    """Text that is not a date; ``str()`` is a sentence for the writer, in English, and
    ``args[0]`` the same sentence as a :class:`slidewright.i18n.Message`, which the window says
    in its own language (the German window said "Nicht gespeichert: … is not a date")."""


def real_day(year: int, month: int, day: int, text: str) -> datetime.date:
    """The day, or a :class:`DateError` saying why ``text`` (as typed) names none."""
    return _day(year, month, day, text)


def _day(year: int, month: int, day: int, text: str) -> datetime.date:
    if not 1 <= year <= 9999:
        raise DateError(
            QT_TRANSLATE_NOOP(
                "Dates", "{text} is not a date: the year must be between 1 and 9999"
            ).format(text=repr(text))
        )
    if not 1 <= month <= 12:
        raise DateError(
            QT_TRANSLATE_NOOP("Dates", "{text} is not a date: there is no month {month}").format(
                text=repr(text), month=month
            )
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        raise DateError(
            QT_TRANSLATE_NOOP(
                "Dates", "{text} is not a date: {name} {year} has {days} days"
            ).format(text=repr(text), name=name, year=year, days=days)
        )
    return datetime.date(year, month, day)


def _month(name: str, text: str) -> int:
    number = MONTHS.get(name.lower().rstrip("."))
    if number is None:
        raise DateError(
            QT_TRANSLATE_NOOP(
                "Dates", "{text} is not a date: {name} is not the name of a month"
            ).format(text=repr(text), name=repr(name))
        )
    return number


def parse_date(text: str) -> datetime.date:
    """The day ``text`` names: ISO (``2026-01-05``, ``2026-1-5``), ``5 Jan 2026`` or
    ``Jan 5, 2026`` (month names in English, full or short). Raises :class:`DateError`."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DateError(QT_TRANSLATE_NOOP("Dates", "the date is empty"))
    if match := _NUMERIC.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day, cleaned)
    if match := _STORED.fullmatch(cleaned):
        check_timestamp_text(cleaned)
        return datetime.date(*(int(part) for part in match.groups()[:3]))
    if match := _DAY_MONTH_YEAR.fullmatch(cleaned):
        day_text, name, year_text = match.groups()
        return _day(int(year_text), _month(name, cleaned), int(day_text), cleaned)
    if match := _MONTH_DAY_YEAR.fullmatch(cleaned):
        name, day_text, year_text = match.groups()
        return _day(int(year_text), _month(name, cleaned), int(day_text), cleaned)
    if _AMBIGUOUS.fullmatch(cleaned):
        raise DateError(
            QT_TRANSLATE_NOOP(
                "Dates",
                "{text} could mean two different days; write the year first (2026-01-05) or "
                "the month as a word (5 Jan 2026)",
            ).format(text=repr(cleaned))
        )
    raise DateError(
        QT_TRANSLATE_NOOP(
            "Dates",
            "{text} is not a date Slidewright understands; write it like 2026-01-05, "
            "5 Jan 2026 or Jan 5, 2026",
        ).format(text=repr(cleaned))
    )


def check_timestamp_text(text: str) -> None:
    """Raise :class:`DateError` unless ``text`` is an ISO date or date-time naming a real moment
    (the spellings the file may hold; ``2026-02-30`` and ``25:00`` are refused)."""
    match = _STORED.fullmatch(text.strip())
    if match is None:
        raise DateError(
            QT_TRANSLATE_NOOP("Dates", "{text} is not written as a date like 2026-11-27").format(
                text=repr(text)
            )
        )
    year, month, day, hour, minute, second, zone, zone_hour, zone_minute = match.groups()
    _day(int(year), int(month), int(day), text)
    if hour is not None and (int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59):
        raise DateError(
            QT_TRANSLATE_NOOP(
                "Dates", "{text} is not a time of day (hours 0-23, minutes and seconds 0-59)"
            ).format(text=repr(text))
        )
    if zone_hour is not None and (int(zone_hour) > 23 or int(zone_minute or 0) > 59):
        raise DateError(
            QT_TRANSLATE_NOOP("Dates", "{text} has a time zone offset that does not exist").format(
                text=repr(text)
            )
        )


def normalize_date_text(text: str) -> str:
    """What the file should store for what a writer typed: ISO date-times written by hand are
    kept as written; anything else :func:`parse_date` reads becomes ``YYYY-MM-DD``; "" stays "".
    Raises :class:`DateError` with a sentence for the writer."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    if _STORED.fullmatch(cleaned):
        check_timestamp_text(cleaned)
        return cleaned
    return parse_date(cleaned).isoformat()
