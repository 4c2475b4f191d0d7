"""The licence-date rules: whether a picture's licence covers the day the article is published.

The dates are the slide's *Licence from* / *Licence until*, else the picture file's own (PLUS, or
IIM ExpirationDate for the end), read and parsed by licence_dates.py exactly as the library audit
reads them; ``license-ended-before-article`` is the audit's rule of that name, said before the
article is published instead of after. The article's day is its Date; an article with no date is
a draft that can be published today at the earliest. Registered in credits/registry.py.

What the audit alone says: a licence that ends (or has ended) while an article dated in the past
is online (its ``license-expiring``). The checker speaks of what the writer is about to publish,
so its ``license-ending-soon`` is a note for an article not yet published (undated, or dated today
or later) whose picture's licence ends within ``CheckOptions.expiring_days`` (30) of today.

Every finding is on the slide's field for that date (``license_start`` or ``license_end``), the
one the Problems panel opens, also when the date comes from the file: the slide's date is the
one that counts, so that is where a writer corrects it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from slidewright.credits.context import CheckContext, ImageState
from slidewright.credits.findings import Hit
from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted
from slidewright.licence_dates import LicenceDate, day_of, licence_date
from slidewright.model import Slide

START, END = "license_start", "license_end"

# Where a date comes from, as the messages quote it: (the slide's field, the picture file's)
_SOURCES = {
    START: (
        QT_TRANSLATE_NOOP("RulesLicence", "the slide's Licence from"),
        QT_TRANSLATE_NOOP("RulesLicence", "the picture file's licence start date"),
    ),
    END: (
        QT_TRANSLATE_NOOP("RulesLicence", "the slide's Licence until"),
        QT_TRANSLATE_NOOP("RulesLicence", "the picture file's licence end date"),
    ),
}
# A date that is not one, named by the field it is in: the slide's, or the file's (which the
# writer does not edit: the slide's field, which counts before it, is where to write the date)
_NOT_A_DATE = {
    START: (
        QT_TRANSLATE_NOOP(
            "RulesLicence", "Licence from is '{text}', which is not a date: write it as YYYY-MM-DD"
        ),
        QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The picture file's licence start date is '{text}', which is not a date: write the "
            "start in the slide's Licence from as YYYY-MM-DD",
        ),
    ),
    END: (
        QT_TRANSLATE_NOOP(
            "RulesLicence", "Licence until is '{text}', which is not a date: write it as YYYY-MM-DD"
        ),
        QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The picture file's licence end date is '{text}', which is not a date: write the "
            "end in the slide's Licence until as YYYY-MM-DD",
        ),
    ),
}


def _dates(slide: Slide, image: ImageState) -> dict[str, LicenceDate | None]:
    meta = image.meta if image.ok else None
    return {
        START: licence_date(slide.license_start, meta.licence_start if meta else ""),
        END: licence_date(slide.license_end, meta.licence_end if meta else ""),
    }


def _source(field: str, date: LicenceDate) -> Message:
    return _SOURCES[field][date.from_file]


def _day(
    dates: dict[str, LicenceDate | None], field: str
) -> tuple[LicenceDate, datetime.date] | None:
    """(the date, its day) when the field's date reads as one (license-date-invalid says the
    others), else None."""
    date = dates[field]
    return None if date is None or date.day is None else (date, date.day)


def license_date_invalid(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    for field, date in _dates(slide, image).items():
        if date is not None and date.day is None:
            yield Hit(field, _NOT_A_DATE[field][date.from_file].format(text=date.text))


def license_ended_before_article(
    ctx: CheckContext, slide: Slide, image: ImageState
) -> Iterator[Hit]:
    found = _day(_dates(slide, image), END)
    if found is None:
        return
    end, day = found
    published = day_of(ctx.article.date)
    if published is not None and day < published:
        message = QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The licence ended on {end} ({source}), before the article's date {published}: "
            "this picture may not be published on that date",
        )
        yield Hit(
            END,
            message.format(
                end=day.isoformat(), source=_source(END, end), published=published.isoformat()
            ),
        )
    elif published is None and day < ctx.today:
        message = QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The licence ended on {end} ({source}) and the article has no date yet: published "
            "today ({today}) or later, it would show this picture without a licence",
        )
        yield Hit(
            END,
            message.format(
                end=day.isoformat(), source=_source(END, end), today=ctx.today.isoformat()
            ),
        )


def license_start_after_article(
    ctx: CheckContext, slide: Slide, image: ImageState
) -> Iterator[Hit]:
    """Only for a dated article: a draft with no date may wait for its pictures' licences."""
    found = _day(_dates(slide, image), START)
    if found is None:
        return
    start, day = found
    published = day_of(ctx.article.date)
    if published is not None and day > published:
        message = QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The licence starts on {start} ({source}), after the article's date {published}: "
            "this picture may not be published on that date",
        )
        yield Hit(
            START,
            message.format(
                start=day.isoformat(),
                source=_source(START, start),
                published=published.isoformat(),
            ),
        )


def license_start_after_end(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    dates = _dates(slide, image)
    starts, ends = _day(dates, START), _day(dates, END)
    if starts is None or ends is None:
        return
    (start, first), (end, last) = starts, ends
    if first > last:
        message = QT_TRANSLATE_NOOP(
            "RulesLicence",
            "The licence starts on {start} ({start_source}), after it ends on {end} "
            "({end_source}): one of the two dates is wrong",
        )
        # on the slide's own date, the one to correct; the start's when both are the slide's
        field = END if start.from_file and not end.from_file else START
        yield Hit(
            field,
            message.format(
                start=first.isoformat(),
                start_source=_source(START, start),
                end=last.isoformat(),
                end_source=_source(END, end),
            ),
        )


def license_ending_soon(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    found = _day(_dates(slide, image), END)
    if found is None:
        return
    end, day = found
    published = day_of(ctx.article.date)
    if published is not None and (published < ctx.today or day < published):
        return  # online already (the audit's), or license-ended-before-article's
    days = (day - ctx.today).days
    if 0 <= days <= ctx.options.expiring_days:
        message = counted(
            days,
            QT_TRANSLATE_NOOP(
                "RulesLicence",
                "The licence ends on {end} ({source}), in {days} day, and the article is not "
                "published yet: renew the licence, or choose a picture that stays licensed",
            ),
            QT_TRANSLATE_NOOP(
                "RulesLicence",
                "The licence ends on {end} ({source}), in {days} days, and the article is not "
                "published yet: renew the licence, or choose a picture that stays licensed",
            ),
        )
        yield Hit(END, message.format(end=day.isoformat(), source=_source(END, end), days=days))
