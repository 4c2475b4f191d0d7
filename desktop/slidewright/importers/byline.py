"""The byline and dates under a copied page's title: who wrote it and when, never a slide.

Bylines come as ``By Noor Haddad``, ``By Noor Haddad | 20 Nov 2026``, ``Written by …``,
``Author: …``, ``Posted by … on …``; dates in the forms sites print (``November 20, 2026``,
``20 Nov 2026``, ``Nov. 20, 2026, 9:15 a.m.``, ``Friday, 20 November 2026``, ``2026-11-20``,
``2026-11-20T09:15:00Z``, ``20.11.2026``), with or without ``Published`` / ``Updated``.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field

from slidewright.importers.languages import (
    BY_WORDS,
    DATED_WORDS,
    JOINERS,
    RELATIVE_DATE,
    day_first_date,
    foreign_date,
)

MAX_BYLINE = 160  # longer lines are paragraphs
MAX_DATE_LINE = 80  # "Updated: Wednesday, November 3, 2026 at 4:15 p.m. ET" and then some
_DIGIT = re.compile(r"\d")

_BY = re.compile(
    # "文：山田花子｜2024年10月5日": after a colon the name may follow without a space
    rf"^(?:{BY_WORDS})(?:\s+|(?<=[:：]))(?=[^\W\d_])"
    r"(?P<name>[^|｜·•,;、]+?)(?:\s+on\s+(?P<on>[^|｜·•]+?))?"
    # "文：山田花子　2026年11月3日": an ideographic space before the date separates it too
    r"(?:(?:\s*[|｜·•,;、—–]\s*|\s*\u3000\s*(?=\d))(?P<rest>.*))?$",
    re.I,
)
_STAMP = re.compile(
    rf"^(?:(?:{DATED_WORDS})(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>.*?\d.*?)(?:\s+by\s+(?P<name>[^|·•]+))?$",
    re.I,
)
_UPDATED = re.compile(
    r"^(?:last\s+|laatst\s+)?(?:updated|modified|mis\s+à\s+jour|aktualisiert|actualizado|"
    r"atualizado|aggiornato|bijgewerkt)\b",
    re.I,
)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|"
    r"\s*(?:uhr|h)\b|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)\s*$",
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
    """The ISO date a page's date line means, or "" when it is not one. A line of several parts
    ("Nov 3, 2026 · 4 min read") is read part by part; other languages' dates from their
    month names (importers/languages.py)."""
    if len(text) > MAX_DATE_LINE or not _DIGIT.search(text):
        return ""  # a sentence that mentions a year is not a date line
    for part in re.split(r"\s[·•|]\s|｜", text):
        if found := _one_date(part):
            return found
    return foreign_date(text)


_DATE_SHAPE = re.compile(
    r"^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[^\W\d_]+,?\s+\d{4})$"
)


def _one_date(text: str) -> str:
    cleaned = _WEEKDAY.sub("", text.strip().rstrip("."))
    cleaned = _TIME.sub("", cleaned).strip().rstrip(",")
    cleaned = _ORDINAL.sub("", cleaned).replace(".", "") if " " in cleaned else cleaned
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.I)
    if not _DATE_SHAPE.match(cleaned):
        return ""  # none of the formats could match: strptime is slow to say so ten times
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


_NAME = r"[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*))"
_STAFF = re.compile(
    rf"^(?P<name>{_NAME}{{1,3}}),\s+(?:(?:staff|senior|contributing|chief|deputy|associate|"
    r"special|freelance)\s+)?(?:writer|editor|reporter|correspondent|contributor|journalist|"
    r"columnist|critic)(?:\s+at\s+.*)?$",
    re.I,
)
_FOREIGN_BY = {"par", "von", "por", "di", "door"}
# lower-case words inside a name: "Sanne de Vries", "Ana da Silva", "Bram van der Berg"
_PARTICLES = frozenset("de da do das dos van der den ten ter von zu di del della du des".split())
_BARE_NAME = re.compile(rf"^(?P<name>{_NAME}{{1,3}})$")


def bare_name(line: str) -> bool:
    """'Lena Park': two to four capitalised words, a byline with no "By" when a date follows."""
    words = line.split()
    return (
        bool(_BARE_NAME.match(line.strip()))
        and all(w[0].isupper() or w.lower() in JOINERS for w in words)
        and not any(w.lower() in ("the", "a", "an", "of") for w in words)
    )


def _capitalised_name(name: str) -> bool:
    """Every word capitalised but the joiners and name particles between them, the first too."""
    words = name.split()
    return words[0][0].isupper() and all(
        w[0].isupper() or w in JOINERS or w in _PARTICLES for w in words
    )


@functools.lru_cache(maxsize=4096)  # asked of each block by the wrap joiner and the role scores
def is_byline(line: str) -> bool:
    """A byline or date line by itself (no neighbours needed)."""
    return _one(line, Byline())


def is_date_line(line: str) -> bool:
    """A date line with no author in it ("Nov 3, 2026 · 4 min read", "2 hours ago"): what makes
    the bare name above it ("Lena Park") a byline."""
    text = line.strip()
    return is_byline(text) and not _BY.match(text) and not _STAFF.match(text)


@dataclass
class Byline:
    author: str = ""
    date: str = ""
    lines: list[str] = field(default_factory=list)  # the lines read as byline or date


def _one(line: str, found: Byline) -> bool:
    """Read ``line`` into ``found``; False when it is neither a byline nor a date."""
    if len(line) > MAX_BYLINE:
        return False
    if RELATIVE_DATE.match(line.strip()):  # "2 hours ago": a date line with no date to keep
        return True
    if (staff := _STAFF.match(line.strip())) is not None:  # "Jordan Ellis, Staff Writer"
        found.author = found.author or staff.group("name")
        return True
    by = _BY.match(line)
    if by is not None:
        name = by.group("name").strip()
        word = line.split()[0].lower()
        if word in _FOREIGN_BY and not _capitalised_name(name):
            return False  # "Par exemple, …", "Di notte …", "Door de regen …": a sentence
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
    when = day_first_date(line) or parse_date(stamp.group("date"))
    if not when:
        return False
    if not (found.date and _UPDATED.match(line)):  # the first date is the article's
        found.date = found.date or when
    if stamp.group("name") and not found.author:
        found.author = stamp.group("name").strip()
    return True


def read_byline(blocks: list[str]) -> tuple[Byline, list[str]]:
    """The byline and date lines at the start of ``blocks`` (under the title), and the rest.
    A bare name ("Lena Park") counts when a date line follows it."""
    found = Byline()
    n = 0
    while n < len(blocks) and n < 4:
        if _one(blocks[n], found):
            found.lines.append(blocks[n])
        elif bare_name(blocks[n]) and n + 1 < len(blocks) and is_date_line(blocks[n + 1]):
            found.author = found.author or blocks[n].strip()
            found.lines.append(blocks[n])
        else:
            break
        n += 1
    return found, blocks[n:]
