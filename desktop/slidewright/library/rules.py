"""The library rules: what only a view over every article can see about a picture's rights.

Reported like the credit rules (credits/registry.py): each rule has an id, a default severity and
a one-sentence description in one ordered table, which ``slidewright audit --disable``, the
``audit --list-rules`` output and docs/library.md read. Rules read the index only (see store.py),
never the files, so a whole-library audit of an unchanged library costs a query and a pass.
"""

from __future__ import annotations

import datetime
import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from slidewright.credits.findings import SEVERITY_RANK, Severity
from slidewright.i18n import QT_TRANSLATE_NOOP, counted
from slidewright.library.rule_helpers import (
    and_more,
    by_photo,
    normal_credit,
    quoted_uses,
    where_used,
)
from slidewright.library.usage_rows import RULE_ROWS, Row, load_rows, unreadable_articles
from slidewright.licence_dates import EXPIRING_DAYS as EXPIRING_DAYS  # the window reads it
from slidewright.licence_dates import day_of, licence_date

REUSE_DAYS = 7
STOCK_AGENCIES = frozenset(
    {"Depositphotos", "Shutterstock", "Getty Images", "iStock", "Alamy", "Adobe Stock"}
)


class LibraryRuleId(StrEnum):
    ARTICLE_UNREADABLE = "article-unreadable"
    PICTURE_UNREADABLE = "picture-unreadable"
    CREDIT_DIFFERS_ELSEWHERE = "credit-differs-elsewhere"
    LICENSE_ENDED_BEFORE_ARTICLE = "license-ended-before-article"
    LICENSE_EXPIRING = "license-expiring"
    STOCK_WITHOUT_LICENSE = "stock-without-license"
    PHOTO_REUSED_RECENTLY = "photo-reused-recently"


@dataclass(frozen=True)
class LibraryFinding:
    """One finding: ``article`` is the bundle path relative to the library, ``slide`` 1-based
    (None for the whole article), ``image`` the picture file relative to the library (or the path
    the slide writes, when there is no file)."""

    rule: str
    severity: Severity
    article: str
    slide: int | None
    image: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": str(self.rule),
            "severity": str(self.severity),
            "article": self.article,
            "slide": self.slide,
            "image": self.image,
            "message": self.message,
        }


@dataclass(frozen=True)
class Context:
    rows: list[Row]
    unreadable: list[tuple[str, str]]  # (article path, why)
    today: datetime.date
    expiring_days: int
    photos: dict[str, list[Row]]  # photo -> its usages, for photos used more than once


Check = Callable[[Context], Iterable[tuple[Row | str, str]]]  # (row or article path, message)


@dataclass(frozen=True)
class LibraryRule:
    id: LibraryRuleId
    severity: Severity
    description: str
    check: Check


# -- the rules ----------------------------------------------------------------------------------


def article_unreadable(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    for path, problem in ctx.unreadable:
        yield path, problem or QT_TRANSLATE_NOOP("LibraryRules", "the article cannot be read")


# What the checker's image rules say of a path that names no usable file (the state is the
# kind of fileformat.images.ImageProblem that bundle_image raised: the one rule for both).
_STATES = {
    "outside": QT_TRANSLATE_NOOP(
        "LibraryRules",
        "{image} is outside the article folder (an absolute path, a link out of it or an "
        "address that is no file): no export takes it",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "LibraryRules", "{image} names no picture file in the article folder: no export takes it"
    ),
}


def picture_unreadable(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    """What ``slidewright check`` says of a slide's picture, across the library: a path out of
    the folder (a link, an absolute path, a ``javascript:`` address), a file that is not there or
    is a device, a pipe or a folder, and a file that does not open, is cut off or is not what its
    name says (``damage``, kept as the picture's problem)."""
    for row in ctx.rows:
        if row.state in _STATES:
            yield row, _STATES[row.state].format(image=row.image)
        elif row.state == "unreadable":
            message = QT_TRANSLATE_NOOP("LibraryRules", "{image} cannot be read: {problem}")
            problem = row.problem or QT_TRANSLATE_NOOP("LibraryRules", "no reason given")
            yield row, message.format(image=row.image, problem=problem)
        elif row.digest and not row.readable:
            message = QT_TRANSLATE_NOOP(
                "LibraryRules", "{image} is not an image that opens: {problem}"
            )
            yield row, message.format(image=row.image, problem=row.picture_problem)


def credit_differs_elsewhere(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    for group in ctx.photos.values():
        credited = sorted((row for row in group if row.credit), key=lambda r: (r.article, r.slide))
        variants = {normal_credit(row.credit) for row in credited}
        if len(variants) < 2:
            continue
        for row in credited:
            mine = normal_credit(row.credit)
            others: dict[str, Row] = {}  # by article: each other article quoted once
            for other in credited:
                if other.article != row.article and normal_credit(other.credit) != mine:
                    others.setdefault(other.article, other)
            if others:
                message = QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "this photo is credited '{credit}' here, but {others}: agree on one credit",
                )
                yield (
                    row,
                    message.format(credit=row.credit, others=quoted_uses(list(others.values()))),
                )


def _licence_end(row: Row) -> tuple[str, str]:
    """(the end date as written, where it comes from): the slide's, else the file's
    (licence_dates.licence_date, the credit checker's rule too)."""
    end = licence_date(row.licence_end, row.picture_licence_end)
    if end is None:
        return "", ""
    if end.from_file:
        return end.text, QT_TRANSLATE_NOOP("LibraryRules", "the picture file's licence end date")
    return end.text, QT_TRANSLATE_NOOP("LibraryRules", "the slide's licence")


def license_ended_before_article(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    for row in ctx.rows:
        text, source = _licence_end(row)
        end, published = day_of(text), day_of(row.article_date)
        if end is not None and published is not None and end < published:
            message = QT_TRANSLATE_NOOP(
                "LibraryRules",
                "the licence ended on {end} ({source}), before the article's date {published}",
            )
            yield (
                row,
                message.format(end=end.isoformat(), source=source, published=published.isoformat()),
            )


def license_expiring(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    horizon = ctx.today + datetime.timedelta(days=ctx.expiring_days)
    for row in ctx.rows:
        text, source = _licence_end(row)
        if not text:
            continue
        end = day_of(text)
        if end is None:
            message = QT_TRANSLATE_NOOP(
                "LibraryRules",
                "the licence end '{text}' ({source}) is not a date: write it as YYYY-MM-DD",
            )
            yield row, message.format(text=text, source=source)
            continue
        published = day_of(row.article_date)
        if published is not None and end < published:
            continue  # license-ended-before-article says it
        if end < ctx.today:
            days = (ctx.today - end).days
            message = counted(
                days,
                QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "the licence ended on {end} ({source}), {days} day ago, "
                    "and the article still shows the photo",
                ),
                QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "the licence ended on {end} ({source}), {days} days ago, "
                    "and the article still shows the photo",
                ),
            )
            yield row, message.format(end=end.isoformat(), source=source, days=days)
        elif end <= horizon:
            days = (end - ctx.today).days
            message = counted(
                days,
                QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "the licence ends on {end} ({source}), in {days} day: "
                    "renew it or replace the photo",
                ),
                QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "the licence ends on {end} ({source}), in {days} days: "
                    "renew it or replace the photo",
                ),
            )
            yield row, message.format(end=end.isoformat(), source=source, days=days)


@functools.lru_cache(maxsize=4096)
def stock_agency(credit: str) -> str:
    """The stock agency a credit names ('' for none); credits repeat, so this is remembered."""
    from slidewright.credits.agencies import agencies_in

    names = [agency.name for agency, _ in agencies_in(credit) if agency.name in STOCK_AGENCIES]
    return names[0] if names else ""


def stock_without_license(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    for row in ctx.rows:
        if not row.credit or row.has_licence:
            continue
        stock = stock_agency(row.credit)
        if stock:
            message = QT_TRANSLATE_NOOP(
                "LibraryRules",
                "a {agency} photo with no licence recorded: add the licence's end date (and "
                "link) in the slide's Licence section, from the agency's invoice",
            )
            yield row, message.format(agency=stock)


def photo_reused_recently(ctx: Context) -> Iterator[tuple[Row | str, str]]:
    window = datetime.timedelta(days=REUSE_DAYS)
    for group in ctx.photos.values():
        # an undated article is a draft being written now: it is compared with today
        dated = sorted(
            ((day_of(row.article_date) or ctx.today, row) for row in group),
            key=lambda pair: pair[0],
        )
        for i, (when, row) in enumerate(dated):
            near: dict[str, tuple[datetime.date, Row]] = {}
            for j in range(i - 1, -1, -1):
                if when - dated[j][0] > window:
                    break
                if dated[j][1].article != row.article:
                    near.setdefault(dated[j][1].article, dated[j])
            for j in range(i + 1, len(dated)):
                if dated[j][0] - when > window:
                    break
                if dated[j][1].article != row.article:
                    near.setdefault(dated[j][1].article, dated[j])
            if near:
                dated_use = QT_TRANSLATE_NOOP("LibraryRules", "{where}, dated {date}")
                shown = [
                    dated_use.format(where=where_used(r), date=d.isoformat())
                    for d, r in list(near.values())[:2]
                ]
                message = QT_TRANSLATE_NOOP(
                    "LibraryRules",
                    "this photo is also used in {uses}: within {days} days of this article",
                )
                uses = and_more(shown, len(near) - len(shown))
                yield row, message.format(uses=uses, days=REUSE_DAYS)


# In the order they run; findings are listed by article, slide and severity.
LIBRARY_RULES: tuple[LibraryRule, ...] = (
    LibraryRule(
        LibraryRuleId.ARTICLE_UNREADABLE,
        Severity.ERROR,
        "Every article in the library opens (its index.md reads as an article).",
        article_unreadable,
    ),
    LibraryRule(
        LibraryRuleId.PICTURE_UNREADABLE,
        Severity.WARNING,
        "Every slide's picture is a file inside its article's folder that can be read, opens as an "
        "image, is whole and is what its name says (what `slidewright check` says of it).",
        picture_unreadable,
    ),
    LibraryRule(
        LibraryRuleId.CREDIT_DIFFERS_ELSEWHERE,
        Severity.WARNING,
        "One photo (by content, resized or re-encoded copies too) has one credit in every article.",
        credit_differs_elsewhere,
    ),
    LibraryRule(
        LibraryRuleId.LICENSE_ENDED_BEFORE_ARTICLE,
        Severity.ERROR,
        "A picture's licence (the slide's Licence until, else PLUS Licence End Date or IIM "
        "Expiration Date in the file) does not end before the article's date.",
        license_ended_before_article,
    ),
    LibraryRule(
        LibraryRuleId.LICENSE_EXPIRING,
        Severity.WARNING,
        "A picture's licence has not ended and does not end within --expiring days (30) of today.",
        license_expiring,
    ),
    LibraryRule(
        LibraryRuleId.STOCK_WITHOUT_LICENSE,
        Severity.WARNING,
        "A stock agency's photo has its licence recorded (licence end or link on the slide, or "
        "licence terms in the file).",
        stock_without_license,
    ),
    LibraryRule(
        LibraryRuleId.PHOTO_REUSED_RECENTLY,
        Severity.INFO,
        f"A note when a photo is also used in another article dated within {REUSE_DAYS} days "
        "(an undated draft counts as today's), as picture desks warn before reuse.",
        photo_reused_recently,
    ),
)


class LibraryRules:
    """The library rules, each enabled or not; ``disable`` refuses an unknown id (KeyError)."""

    def __init__(self, rules: Iterable[LibraryRule] = LIBRARY_RULES) -> None:
        self._rules = {rule.id: rule for rule in rules}
        self._disabled: set[LibraryRuleId] = set()

    def __iter__(self) -> Iterator[LibraryRule]:
        return iter(self._rules.values())

    def disable(self, names: Iterable[str]) -> None:
        ids = []
        for name in names:
            try:
                ids.append(LibraryRuleId(name))
            except ValueError:
                raise KeyError(name) from None
        self._disabled.update(ids)

    def enabled(self) -> list[LibraryRule]:
        return [rule for rule in self._rules.values() if rule.id not in self._disabled]


def check_library(
    db: sqlite3.Connection,
    rules: LibraryRules | None = None,
    today: datetime.date | None = None,
    expiring_days: int = EXPIRING_DAYS,
    article: str | None = None,
) -> list[LibraryFinding]:
    """Every finding of the enabled rules over the indexed library (or one article's)."""
    rows = load_rows(db, RULE_ROWS)
    ctx = Context(
        rows,
        unreadable_articles(db),
        today or datetime.date.today(),
        expiring_days,
        by_photo(rows),
    )
    findings = []
    for rule in (rules or LibraryRules()).enabled():
        for where, message in rule.check(ctx):
            if isinstance(where, str):
                finding = LibraryFinding(rule.id, rule.severity, where, None, "", message)
            else:
                image = where.file or where.image
                finding = LibraryFinding(
                    rule.id, rule.severity, where.article, where.slide, image, message
                )
            if article is None or finding.article == article:
                findings.append(finding)
    findings.sort(key=lambda f: (f.article, f.slide or 0, SEVERITY_RANK[f.severity]))
    return findings
