"""The byline and dates under a copied page's title: who wrote it and when, never a slide.

Bylines come as ``By Noor Haddad``, ``By Noor Haddad | 20 Nov 2026``, ``Written by …``,
``Author: …``, ``Posted by … on …``; dates in the forms sites print (``November 20, 2026``,
``20 Nov 2026``, ``Nov. 20, 2026, 9:15 a.m.``, ``Friday, 20 November 2026``, ``2026-11-20``,
``2026-11-20T09:15:00Z``, ``20.11.2026``), with or without ``Published`` / ``Updated``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

MAX_BYLINE = 160  # longer lines are paragraphs

_BY = re.compile(
    r"^(?:by|written\s+by|words\s+by|posted\s+by|story\s+by|author\s*:|words\s*:)\s+"
    r"(?P<name>[^|·•,;]+?)(?:\s+on\s+(?P<on>[^|·•]+?))?(?:\s*[|·•,;—–]\s*(?P<rest>.*))?$",
    re.I,
)
_STAMP = re.compile(
    r"^(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|modified)(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>.*?\d.*?)(?:\s+by\s+(?P<name>[^|·•]+))?$",
    re.I,
)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified)\b", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|"
    r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)\s*$",
    re.I,
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d.%m.%Y",
)


def parse_date(text: str) -> str:
    """The ISO date a page's date line means, or "" when it is not one."""
    cleaned = _WEEKDAY.sub("", text.strip().rstrip("."))
    cleaned = _TIME.sub("", cleaned).strip().rstrip(",")
    cleaned = _ORDINAL.sub("", cleaned).replace(".", "") if " " in cleaned else cleaned
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.I)
    for fmt in FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _stamped_date(text: str) -> str:
    """The date in ``Updated 3 December 2026`` / ``Published: 2 Dec 2026`` (or a bare date): the
    part after the byline's separator names the date with a word before it."""
    stamp = _STAMP.match(text.strip())
    return parse_date(text) or (parse_date(stamp.group("date")) if stamp else "")


@dataclass
class Byline:
    author: str = ""
    date: str = ""
    lines: list[str] = field(default_factory=list)  # the lines read as byline or date


def _one(line: str, found: Byline) -> bool:
    """Read ``line`` into ``found``; False when it is neither a byline nor a date."""
    if len(line) > MAX_BYLINE:
        return False
    by = _BY.match(line)
    if by is not None:
        name = by.group("name").strip()
        on, rest = by.group("on") or "", by.group("rest") or ""
        when = parse_date(f"{on}, {rest}" if on and rest else on) or _stamped_date(rest)
        if len(name.split()) > 8:
            return False
        found.author = found.author or (name.title() if name.isupper() else name)
        found.date = found.date or when
        return True
    stamp = _STAMP.match(line)
    if stamp is None:
        return False
    when = parse_date(stamp.group("date"))
    if not when:
        return False
    if not (found.date and _UPDATED.match(line)):  # the first date is the article's
        found.date = found.date or when
    if stamp.group("name") and not found.author:
        found.author = stamp.group("name").strip()
    return True


def read_byline(blocks: list[str]) -> tuple[Byline, list[str]]:
    """The byline and date lines at the start of ``blocks`` (under the title), and the rest."""
    found = Byline()
    n = 0
    while n < len(blocks) and n < 4 and _one(blocks[n], found):
        found.lines.append(blocks[n])
        n += 1
    return found, blocks[n:]
