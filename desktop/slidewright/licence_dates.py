"""A picture's licence dates, read one way for the credit checker (one article, before it is
published) and the library rules (every article, once published), so the two never disagree on
what a date is or which one counts.

A slide's *Licence from* and *Licence until* (``license_start``, ``license_end``, written
YYYY-MM-DD: docs/format.md) come first; the dates the picture file carries stand in when the slide
says nothing: PLUS ``LicenseStartDate`` / ``LicenseEndDate`` in its XMP packet and, for the end,
IIM 2:37 ``ExpirationDate`` ("the latest date the image may be used"). Pillow has the file open
already when these are read (credits/metadata.py), so no ExifTool call is spent on them.

A date is read as the Date field reads it (model/dates.py: ``2026-01-05``, ``5 Jan 2026``, an
ISO date-time's day); anything else, ``31/12/2026`` (which day is that?) included, is not a date.
A file's date written the EXIF way (``2020:01:01``, ``2020:01:01 00:00:00``: tools that write
EXIF dates write PLUS dates so too) is that day, given as YYYY-MM-DD.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

from slidewright.model.dates import DateError, parse_date

# How many days ahead of today a licence's end is worth a word: the library audit's --expiring
# default and the checker's, for an article not yet published.
EXPIRING_DAYS = 30

IIM_EXPIRATION_DATE = (2, 37)


@functools.lru_cache(maxsize=4096)  # one date a slide, few distinct ones: parse each once
def day_of(text: str) -> datetime.date | None:
    """The day a stored date names (an ISO date-time's date), or None: empty, or not a date."""
    if not text:
        return None
    try:
        return parse_date(text[:10] if len(text) > 10 and text[4] == "-" else text)
    except (DateError, IndexError, ValueError):
        return None


@dataclass(frozen=True)
class LicenceDate:
    """One of a picture's licence dates: as written, the day it names (None: not a date) and
    whether it comes from the picture file (else from the slide)."""

    text: str
    day: datetime.date | None
    from_file: bool


def licence_date(on_slide: str, in_file: str) -> LicenceDate | None:
    """The date that counts: the slide's when it says one (even one that is not a date: the
    writer's word stands, and is what a finding asks to correct), else the file's; None when
    neither says anything."""
    for text, from_file in ((on_slide.strip(), False), (in_file.strip(), True)):
        if text:
            return LicenceDate(text, day_of(text), from_file)
    return None


def _iso_from_iim(raw: bytes) -> str:
    text = raw.decode("ascii", "replace").strip()
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text[:32]


# "2020:01:01" or "2020:01:01 00:00:00" (EXIF's DateTime form), read as 2020-01-01
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?")


def _iso_from_exif(text: str) -> str:
    """``text``'s day as YYYY-MM-DD when it is an EXIF-style date of a real day; else as written
    (a finding quotes what the file says: "2020:02:31" is no date)."""
    match = _EXIF_DATE.fullmatch(text)
    if match is None or day_of(iso := f"{match[1]}-{match[2]}-{match[3]}") is None:
        return text
    return iso


def picture_licence_dates(image: object) -> tuple[str, str]:
    """(start, end) a Pillow image's file carries, as written ('' when absent): PLUS XMP (in its
    namespace: :mod:`slidewright.xmpfields`), the end falling back to IIM ExpirationDate
    (CCYYMMDD, given as YYYY-MM-DD); an EXIF-style date ("2020:01:01 00:00:00") is given as
    YYYY-MM-DD too."""
    from PIL import IptcImagePlugin

    from slidewright.xmpfields import LICENCE_DATES, xmp_fields

    info = getattr(image, "info", {}) or {}
    packet = info.get("xmp") or info.get("XML:com.adobe.xmp") or b""
    dates = xmp_fields(packet, LICENCE_DATES) if isinstance(packet, bytes | str) else {}
    found = {name: values[0][:64] for name, values in dates.items() if values}
    end = found.get("LicenseEndDate", "").strip()
    if not end:
        try:
            iptc = IptcImagePlugin.getiptcinfo(image) or {}  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a malformed block is no date, not a crash
            iptc = {}
        raw = iptc.get(IIM_EXPIRATION_DATE)
        if isinstance(raw, list):
            raw = raw[0] if raw else b""
        if isinstance(raw, bytes) and raw:
            end = _iso_from_iim(raw)
    start = _iso_from_exif(found.get("LicenseStartDate", "").strip())
    return start[:10], _iso_from_exif(end)[:10]
