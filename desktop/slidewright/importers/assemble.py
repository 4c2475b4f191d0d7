"""An article from a page's blocks and the role the sequence reader gave each one.

The roles come from importers/roles.py (decoded by importers/sequence.py); here each role's text
goes where a writer expects it: the title, byline and date, the intro, each slide's heading,
credit, caption, alt text and body, and the read-more block. What is the site's, not the
article's, is named in the summary.
"""

from __future__ import annotations

from slidewright.i18n import QT_TRANSLATE_NOOP, counted
from slidewright.importers import note_text
from slidewright.importers.barecredit import credit_shaped
from slidewright.importers.breadcrumb import Breadcrumb, category_of
from slidewright.importers.byline import read_byline
from slidewright.importers.common import slide_heading
from slidewright.importers.creditline import (
    CAPTION_LINE,
    CreditLine,
    read_alt_line,
    read_credit_line,
)
from slidewright.importers.languages import language_of
from slidewright.importers.notes import MAX_SHOWN, Notes
from slidewright.importers.pagechrome import chrome_kind
from slidewright.importers.roles import (
    ALT,
    BYLINE,
    CAPTION,
    CREDIT,
    ENDCREDIT,
    FURNHEAD,
    FURNITEM,
    HEADCREDIT,
    HEADING,
    INTRO,
    KICKER,
    MORECREDIT,
    MOREHEAD,
    MOREITEM,
    PREALT,
    PRECREDIT,
    TITLE,
)
from slidewright.importers.textshape import BULLETS, heading_shaped, long_paragraph, short
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide


def _credit(block: str) -> CreditLine:
    found = read_credit_line(block)
    if found is not None:
        return found
    return CreditLine(credit_shaped(block) or block, "", "bare")


def _give_credit(slide: Slide, line: CreditLine) -> None:
    if not slide.credit:
        slide.credit = line.credit
        if line.caption and not slide.caption:
            slide.caption = line.caption


def _finish(slide: Slide, body: list[str]) -> None:
    slide.body = "\n\n".join(body) + ("\n" if body else "")


def _sure(confidence: list[dict[str, float]], roles: list[str], role: str) -> float | None:
    """How sure (in percent) the reading is of the blocks given ``role``, at the least; None
    where not worked out (an over-long page)."""
    if not confidence:
        return None
    values = [confidence[i].get(role, 0.0) for i, r in enumerate(roles) if r == role]
    return 100 * min(values) if values else None


def assemble(
    found: list[str],
    roles: list[str],
    crumb: Breadcrumb,
    notes: Notes,
    confidence: list[dict[str, float]] | None = None,
) -> Article:
    """The article ``roles`` describe (one role per block of ``found``); ``confidence`` is each
    block's probability of each role, for the summary's guesses."""
    sure = confidence or []
    article = Article()
    title = next((b for b, r in zip(found, roles, strict=True) if r == TITLE), found[0])
    article.title = title
    bylines = [b for b, r in zip(found, roles, strict=True) if r == BYLINE]
    byline, _ = read_byline(bylines)
    article.author, article.date = byline.author, byline.date
    if lang := language_of(bylines):  # plain text has no <html lang>: the byline's words tell
        article.lang = lang
        notes.guessed.append(note_text.language_from_byline(lang, " · ".join(bylines)))
    if bylines and (byline.author or byline.date):
        said = " · ".join(bylines)
        found_in = note_text.byline_under_title(bool(byline.author), bool(byline.date), said)
        notes.guessed.append(note_text.with_confidence(found_in, _sure(sure, roles, BYLINE)))
    elif bylines:
        notes.drop("date line", " · ".join(bylines))
    category = ""
    if crumb.items:
        category = category_of(crumb.items, title)
        notes.drop("breadcrumb", " / ".join(crumb.items))
        if category:
            notes.guessed.append(note_text.category_from(category, crumb.shape))
    elif KICKER in roles:
        kicker = found[roles.index(KICKER)]
        category = kicker.title() if kicker.isupper() else kicker
        above = note_text.category_from(category, "label")
        notes.guessed.append(note_text.with_confidence(above, _sure(sure, roles, KICKER)))
    article.categories = [category] if category else []
    intro: list[str] = []
    slide: Slide | None = None
    body: list[str] = []
    pending: CreditLine | None = None  # a credit above the next heading
    pending_alt = ""  # the alt text of the image above the next heading
    more_at = None
    for i, (block, role) in enumerate(zip(found, roles, strict=True)):
        if role in (MOREHEAD, MOREITEM, MORECREDIT):
            if more_at is None and role == MOREHEAD:
                more_at = i
            continue
        if role in (FURNHEAD, FURNITEM):
            notes.drop("page furniture", block)
            continue
        if role == INTRO:
            intro.append(block)
        elif role in (HEADING, HEADCREDIT):
            if slide is not None:
                _finish(slide, body)
            line = _credit(block) if role == HEADCREDIT else None
            slide = Slide(heading=slide_heading(line.caption if line else block))
            if line is not None:
                slide.credit = line.credit
            if pending is not None:
                _give_credit(slide, pending)
                pending = None
            slide.alt, pending_alt = pending_alt, ""
            article.slides.append(slide)
            body = []
        elif role == PRECREDIT:
            pending = _credit(block)
        elif role == PREALT:
            pending_alt = read_alt_line(block)
        elif slide is None:
            continue  # the title, kicker and byline are read above
        elif role in (CREDIT, ENDCREDIT):
            _give_credit(slide, _credit(block))
        elif role == CAPTION:
            label = CAPTION_LINE.match(block)
            slide.caption = slide.caption or (label.group("caption") if label else block)
        elif role == ALT:
            slide.alt = slide.alt or read_alt_line(block)
        else:
            body.append(block)
    if slide is not None:
        _finish(slide, body)
    article.intro = "\n\n".join(intro)
    if more_at is not None:
        items = [b for b, r in zip(found[more_at + 1 :], roles[more_at + 1 :], strict=True)]
        kept = [
            b
            for b, r in zip(items, roles[more_at + 1 :], strict=True)
            if r in (MOREITEM, MORECREDIT)
        ]
        article.read_more = read_more(found[more_at], kept, notes)
        if unlinked := [i.title for i in article.read_more.items if i.title and not i.url]:
            titles = ", ".join(f"“{t}”" for t in unlinked[:MAX_SHOWN])
            unlinked_note = counted(  # the import summary says it in the window's language
                len(unlinked),
                QT_TRANSLATE_NOOP(
                    "ImportNotes",
                    "{count} read-more title with no link yet (add its address): {titles}",
                ),
                QT_TRANSLATE_NOOP(
                    "ImportNotes",
                    "{count} read-more titles with no link yet (add their addresses): {titles}",
                ),
            )
            # pasted text carries no addresses: the writer adds them
            notes.guessed.append(unlinked_note.format(count=len(unlinked), titles=titles))
    return article


def _unbulleted(line: str) -> str:
    """'- Five Breads…' as the list item's text: the page's bullet is not part of the title."""
    while line.startswith(BULLETS):
        line = line[1:].lstrip()
    return line


def read_more(heading: str, lines: list[str], notes: Notes) -> ReadMore:
    items: list[ReadMoreItem] = []
    credit: CreditLine | None = None
    for line in lines:
        line = _unbulleted(line)
        if (kind := chrome_kind(line)) is not None:  # "- Share", "• Next article": no link
            notes.drop(kind, line)
            continue
        found = read_credit_line(line)
        if found is not None:
            if items:
                items[-1].credit = items[-1].credit or found.credit
            else:
                credit = credit or found
        elif heading_shaped(line) or (short(line) and not long_paragraph(line)):
            items.append(ReadMoreItem(title=line))
        else:
            notes.drop("text after the read-more heading", line)
    if credit is not None:
        items = items or [ReadMoreItem()]
        items[0].credit = credit.credit
        if credit.caption:
            items[0].extra["caption"] = credit.caption
    return ReadMore(heading=heading, items=items)
