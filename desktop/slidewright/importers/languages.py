"""The words a pasted page prints around an article, per language: the byline's "By", the date's
"Published", credit labels, the breadcrumb's "Home", the read-more heading, the site's furniture
and month names. One table per language (importers/languagetables.py), so adding a language is
adding a row, not a rule; the patterns here are built from every row.

Pages in French, German, Spanish, Italian, Portuguese and Dutch write ``Par Camille Durand`` /
``Von Lukas Brenner`` / ``Por …`` / ``Di …`` / ``Door …``, ``Publié le 3 novembre 2026`` /
``Veröffentlicht am 14. Oktober 2026`` / ``Publicado el 8 de mayo de 2026`` / ``Pubblicato il 21
settembre 2026`` / ``Publicado em 3 de novembro de 2026`` / ``Gepubliceerd op 3 mrt. 2026``,
credit lines as ``Crédit photo : X`` / ``Foto: X`` / ``Bild: X`` / ``Foto di X`` / ``Beeld: X``
and breadcrumbs from ``Accueil`` / ``Startseite`` / ``Inicio`` / ``Início`` / ``Startpagina``.
Polish, Swedish, Turkish, Arabic, Hebrew and Japanese rows are in languagetables_more.py.
The importer's shape rules read these tables, and the byline's words say which language a pasted
page is in (:func:`language_of`), since plain text has no ``<html lang>``.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable

from slidewright.importers.languagetables import LANGUAGES as FIRST_LANGUAGES
from slidewright.importers.languagetables import Language
from slidewright.importers.languagetables_more import MORE_LANGUAGES

LANGUAGES = (*FIRST_LANGUAGES, *MORE_LANGUAGES)  # English first (see languagetables.py)


def _alternation(words: set[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


BY_WORDS = _alternation({w for lang in LANGUAGES for w in lang.by})
DATED_WORDS = _alternation({w for lang in LANGUAGES for w in lang.dated})
CREDIT_LABELS = _alternation({w for lang in LANGUAGES[1:] for w in lang.credit_labels})
CREDIT_BY = _alternation({w for lang in LANGUAGES[1:] for w in lang.credit_by})
HOME_WORDS = frozenset(w for lang in LANGUAGES for w in lang.home)
READ_MORE_HEADINGS = re.compile(
    rf"^(?:{_alternation({w for lang in LANGUAGES[1:] for w in lang.read_more})})\s*:?$", re.I
)
FURNITURE = frozenset(w for lang in LANGUAGES for w in lang.furniture)
# furniture that heads a list of other articles' titles (the titles go with it)
FURNITURE_HEADS = frozenset(
    {"most popular", "most read", "trending", "trending now", "shop the story", "shop this story"}
    | {"sponsored stories", "more from our partners", "les plus lus", "meistgelesen"}
    | {"lo más leído", "i più letti", "mais lidas", "mais lidos", "meest gelezen"}
    | {"najczęściej czytane", "mest läst", "en çok okunanlar", "الأكثر قراءة", "הכי נקראים"}
    | {"よく読まれている記事"}
)
RELATIVE_DATE = re.compile(
    rf"^(?:(?:{DATED_WORDS})\s*:?\s*)?(?:{'|'.join(lang.ago for lang in LANGUAGES)})\.?$", re.I
)
JOINERS = tuple(lang.joiner for lang in LANGUAGES)

# month spellings (lower case, no trailing dot) -> month number, for every language
MONTHS: dict[str, int] = {
    spelling: number
    for lang in LANGUAGES
    for number, spellings in enumerate(lang.months, start=1)
    for spelling in spellings
}
_MONTH_WORDS = _alternation(set(MONTHS))
# "3 novembre 2026", "14. Oktober 2026", "8 de mayo de 2026", "1er mars 2026", "21 settembre 2026",
# "3 de Novembro de 2026", "3 mrt. 2026", and Brazil's newspaper style "3.nov.2026"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|º|°)?(?:\.\s*|\s+)(?:de\s+)?(?P<month>{_MONTH_WORDS})"
    r"(?:\.\s*|\s+)(?:de\s+|del\s+)?(?P<year>\d{4})\b",
    re.I,
)
# "Publicado em 03/11/2026 às 14h30", "Gepubliceerd op 03-11-2026": a numeric date is read day
# first only after another language's "Published" (an English page's 11/03/2026 is ambiguous)
_DAY_FIRST = re.compile(
    rf"^(?:{_alternation({w for lang in LANGUAGES[1:] for w in lang.dated})})\s*:?\s*"
    r"(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})\b",
    re.I,
)


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= day <= 31 and 1900 <= year <= 2100):
        return ""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


# "2024年10月5日": Japanese (and Chinese) dates, year first, no month names
_YEAR_MONTH_DAY = re.compile(
    r"(?<!\d)(?P<year>\d{4})年\s*(?P<month>\d{1,2})月\s*(?P<day>\d{1,2})日"
)


def foreign_date(text: str) -> str:
    """The ISO date in a date line that names its month in another language than English (or
    writes it 2024年10月5日), or ""."""
    if (kanji := _YEAR_MONTH_DAY.search(text)) is not None:
        return _iso(int(kanji.group("year")), int(kanji.group("month")), int(kanji.group("day")))
    found = _DAY_MONTH_YEAR.search(text)
    if found is None:
        return ""
    month = MONTHS[found.group("month").lower()]
    return _iso(int(found.group("year")), month, int(found.group("day")))


def named_month_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) when all of ``text`` is a date that names its month in one of the
    languages pages are read in ("7. Dezember 2026", "1er mars 2026"), else None: what a writer
    types in the Date field as their language writes it. The day is not checked."""
    found = _DAY_MONTH_YEAR.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    month = MONTHS[found.group("month").lower()]
    return int(found.group("year")), month, int(found.group("day"))


def day_first_date(line: str) -> str:
    """The ISO date of ``Publicado em 03/11/2026`` (a numeric date after another language's
    "Published", day first as those languages write it), or ""."""
    found = _DAY_FIRST.match(line.strip())
    if found is None:
        return ""
    return _iso(int(found.group("year")), int(found.group("month")), int(found.group("day")))


def _owners(line: str, words: Callable[[Language], tuple[str, ...]]) -> set[str]:
    """The languages whose longest word of ``words`` starts ``line`` ("publicado em" is
    Portuguese, where "publicado" alone could be Spanish too)."""
    best, owners = 0, set()
    for lang in LANGUAGES:
        for word in words(lang):
            if re.match(rf"{_alternation({word})}(?:\s|:|$|(?<=[:：]))", line, re.I):
                if len(word) > best:
                    best, owners = len(word), {lang.code}
                elif len(word) == best:
                    owners.add(lang.code)
    return owners


def language_of(lines: list[str]) -> str:
    """The language (``"pt"``) the byline and date ``lines`` under a pasted page's title are
    written in, or "" when they are English or do not tell one language from another. Each line
    counts for the languages of its "By"/"Published" word, its month's full name and its
    relative date; one language must count more than any other."""
    votes: Counter[str] = Counter()
    for line in (raw.strip() for raw in lines):
        votes.update(_owners(line, lambda lang: lang.by) | _owners(line, lambda lang: lang.dated))
        words = {w.lower().rstrip(".,") for w in line.split()}
        for lang in LANGUAGES:
            full_months = {spellings[0] for spellings in lang.months}
            if words & full_months or re.search(rf"(?<!\w)(?:{lang.ago})\.?$", line, re.I):
                votes[lang.code] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return "" if ranked[0][0] == LANGUAGES[0].code else ranked[0][0]
