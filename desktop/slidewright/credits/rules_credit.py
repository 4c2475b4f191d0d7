"""Rules about the credit text itself: present, unlabelled, agencies spelled and credited right.

Each function is one rule's logic; its id, default severity and description are in
:mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence

from slidewright.credits.agencies import Agency, agencies_in, by_name, house_spelling
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.evidence import (
    MAX_CREDIT_TEXT,
    credit_through,
    people_in,
    persons_in,
    shown,
)
from slidewright.credits.findings import Fix, Hit, Severity
from slidewright.credits.labels import (
    has_label,
    is_bare_label,
    split_caption,
    strip_labels,
    without_hiding,
)
from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted
from slidewright.model import Slide
from slidewright.provenance.lookalikes import as_latin, latin_words, mixed_words
from slidewright.render.inline import inline_escape

MAX_PATTERN_TEXT = 1000  # a credit names a photographer and an agency, not a paragraph


def use_file_credit(ctx: CheckContext, slide: Slide, image: ImageState) -> Fix | None:
    """'Use the file's credit', when the file gives one and the slide's is not it already. A
    file that names its agency and no one ("Reuters") says nothing against the photographer
    the slide names: the fix credits them to the file's agency ("Reuters/Jane Doe"), never
    drops them."""
    evidence = ctx.evidence(image)
    credit = evidence.credit
    if credit and not evidence.people and evidence.agencies:
        typed = people_in(slide.credit, ctx.known)
        agency = by_name(evidence.agencies[0], ctx.known)
        if typed and agency is not None:
            credit = credit_through(agency, typed[0], evidence.quoted, ctx.known)
    elif evidence.creators and not evidence.agencies:
        credit = _with_the_photographer(ctx, slide.credit, evidence.creators[0]) or credit
    if not credit or credit == slide.credit.strip():
        return None
    label = QT_TRANSLATE_NOOP("RulesCredit", 'Use the file\'s credit: "{credit}"')
    return Fix.of(label.format(credit=shown(credit)), credit=credit)


def _with_the_photographer(ctx: CheckContext, typed: str, person: str) -> str:
    """A credit that names only an agency or an organisation ("Reuters", "NASA") with the
    photographer the file names: "Reuters/Bill Ingalls", "Bill Ingalls/NASA". The fix adds the
    photographer and keeps the organisation the writer named ("" when it names someone)."""
    clean = strip_labels(typed).strip()
    if not clean or persons_in(clean, ctx.known) or len(clean) > MAX_CREDIT_TEXT:
        return ""
    named = agencies_in(clean, ctx.known)
    if len(named) == 1 and not people_in(clean, ctx.known):
        return named[0][0].credit_for(person)
    organisations = people_in(clean, ctx.known)  # ("Courtesy of NASA" names NASA)
    return "/".join([person, *organisations]) if not named and organisations else ""


def credit_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "none" or not is_bare_label(slide.credit):
        return
    message = QT_TRANSLATE_NOOP("RulesCredit", "the image has no credit")
    yield Hit("credit", message, use_file_credit(ctx, slide, image))


def credit_label_in_text(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if has_label(slide.credit) and not is_bare_label(slide.credit):
        clean = strip_labels(slide.credit)
        label = ctx.article.credit_label or QT_TRANSLATE_NOOP("RulesCredit", "no label")
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            '"{credit}" carries its own label; the page already prints "{label}:" → "{clean}"',
        )
        drop = QT_TRANSLATE_NOOP("RulesCredit", 'Drop the label: "{clean}"')
        yield Hit(
            "credit",
            message.format(credit=shown(slide.credit), label=label, clean=shown(clean)),
            Fix.of(drop.format(clean=shown(clean)), credit=clean),
        )


def credit_agency_spelling(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    known = ctx.known
    clean = without_hiding(slide.credit)
    if clean != slide.credit and agencies_in(clean, known):
        # "A\u200bFP": the page shows AFP, a search and a partner's system read another word
        gone = Counter(slide.credit) - Counter(clean)
        hidden = sorted(unicodedata.name(c, f"U+{ord(c):04X}") for c in gone)
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            '"{credit}" holds characters that do not show ({hidden}): the page shows one '
            'thing, a search reads another → "{fixed}"',
        )
        label = QT_TRANSLATE_NOOP("RulesCredit", 'Write it without them: "{fixed}"')
        fixed = house_spelling(clean, known)
        said = message.format(credit=shown(clean), hidden=", ".join(hidden), fixed=shown(fixed))
        yield Hit("credit", said, Fix.of(label.format(fixed=shown(fixed)), credit=fixed))
        return
    for agency, match in agencies_in(slide.credit, known):
        written = slide.credit[match.start() : match.end()]  # (the match reads it in Latin)
        if written != agency.name and not in_own_script(written):
            message = QT_TRANSLATE_NOOP("RulesCredit", '"{written}" → "{agency}"')
            if as_latin(written) != written:  # "АFP": looks right, and is not
                message = QT_TRANSLATE_NOOP(
                    "RulesCredit",
                    '"{written}" is written with letters of another alphabet that look '
                    'Latin → "{agency}"',
                )
            label = QT_TRANSLATE_NOOP("RulesCredit", 'Use the house spelling "{agency}"')
            yield Hit(
                "credit",
                message.format(written=written, agency=agency.name),
                Fix.of(
                    label.format(agency=agency.name), credit=house_spelling(slide.credit, known)
                ),
            )


_SPACED_SLASH = re.compile(r"\s*/\s*")
_POOL = re.compile(r"(?:/|\s[-–]\s)pool/", re.IGNORECASE)


def in_own_script(written: str) -> bool:
    """An agency's name written in another script ("新华社", "Рейтер", "AFP通信"), not a Latin one
    in look-alike letters ("АР" with Cyrillic А and Р, read as Latin they are all Latin): no
    misspelling of the house name, and its house form ("Name/Xinhua") is the Latin one's."""
    return any(c.isalpha() and not c.isascii() for c in as_latin(written))


def credit_agency_pattern(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """Say the agency's house form ('AFP credits read "Name/AFP"'); the fix writes it that way
    with the photographer the credit names, or else the one the file names."""
    known = ctx.known
    credit = house_spelling(strip_labels(slide.credit), known)
    split = split_caption(credit)
    credit = split[0] if split else credit
    if len(credit) > MAX_PATTERN_TEXT:  # the agency list is user-edited: bound its patterns' work
        return
    unlabelled = strip_labels(slide.credit)
    native = {
        a.name
        for a, m in agencies_in(unlabelled, known)
        if in_own_script(unlabelled[m.start() : m.end()])
    }
    named = [(a, m) for a, m in agencies_in(credit, known) if a.name not in native]
    # "Jean Dupont / AFP" is "Jean Dupont/AFP" spaced: the house form is weighed without them,
    # and without a pool's mark ("Jane Doe/Pool/AFP via Getty Images", "Jane Doe - Pool/AFP")
    unspaced = _POOL.sub("/", _SPACED_SLASH.sub("/", credit))
    via = _distributed(named)
    if via is not None and via[0].pattern is not None and via[0].pattern.match(unspaced):
        via = None  # "Getty Images/AFP" reads as AFP's form: Getty Images' finding says why not
    carried = _carried(credit, named)
    # "Jane Doe/EPA-EFE/Shutterstock": a distributor whose own form names the agency before it
    last = named[-1][0] if len(named) > 1 else None
    head = ""
    if last is not None and last.distributes and last.pattern and last.pattern.match(unspaced):
        head = unspaced.removesuffix(f"/{last.name}")
    for agency, _ in named:
        if agency.pattern is None or agency.pattern.match(unspaced):
            continue
        if head and agency.pattern.match(head):
            continue
        if via is not None and agency is via[1]:
            continue  # "Name/AFP/Getty Images": one finding, AFP's, whose fix names both
        if carried is not None and (
            agency is carried[1] or agency.pattern.match(_POOL.sub("/", carried[0]))
        ):
            continue  # "Name/Kyodo via AP": Kyodo's form, carried by AP (not AP's own photo)
        people = people_in(credit, known)
        fix = None
        if (len(named) == 1 or via is not None or carried is not None) and len(people) <= 1:
            from_file = not people
            evidence = ctx.evidence(image)
            person = people[0] if people else next(iter(evidence.creators), "")
            better = agency.credit_for(person) if person else ""
            chain = via[1] if via is not None else carried[1] if carried is not None else None
            if better and chain is not None:
                better = f"{better} via {chain.name}"
            typed = {a.name for a, _ in named}
            if from_file and evidence.credit and typed < set(evidence.agencies):
                # "Getty Images" for the file's "AFP via Getty Images": the file's whole credit,
                # not the distributor's alone
                better = evidence.credit
            if better and better != slide.credit.strip():
                label = (
                    QT_TRANSLATE_NOOP(
                        "RulesCredit", 'Name the photographer from the file: "{credit}"'
                    )
                    if from_file
                    else QT_TRANSLATE_NOOP("RulesCredit", 'Write it: "{credit}"')
                )
                fix = Fix.of(label.format(credit=shown(better)), credit=better)
        message: Message = agency.house_form()
        if not people:
            message = QT_TRANSLATE_NOOP(
                "RulesCredit", "{house_form} (the photographer is missing)"
            ).format(house_form=message)
        yield Hit("credit", message, fix)


def _carried(credit: str, named: list[tuple[Agency, re.Match[str]]]) -> tuple[str, Agency] | None:
    """(the credit before "via", the wire after it) for a picture a wire carried and does not
    own ("Kyodo via AP", "KCNA via Reuters", "Sputnik via AP"): the wire's house form ("AP
    Photo/Name") is for its own pictures, and the agency's is weighed without "via AP". A
    distributor such as Getty Images, whose chain each agency's own form names, is not one."""
    cuts = list(re.finditer(r"\s+via\s+", credit, re.IGNORECASE))
    if not cuts:
        return None
    cut = cuts[-1]
    after = [a for a, m in named if m.start() >= cut.end()]
    if len(after) != 1 or after[0].distributes:
        return None
    if any(a is after[0] for a, m in named if m.start() < cut.start()):
        return None
    return _SPACED_SLASH.sub("/", credit[: cut.start()]), after[0]


def _distributed(named: list[tuple[Agency, re.Match[str]]]) -> tuple[Agency, Agency] | None:
    """(agency, distributor) when a credit names an agency and one that distributes others'
    pictures, and the agency's house form allows "Name/AFP via Getty Images"."""
    if len(named) != 2:
        return None
    (one, _), (other, _) = named
    agency, distributor = (other, one) if one.distributes else (one, other)
    if agency.distributes or not distributor.distributes or agency.pattern is None:
        return None
    if agency.pattern.match(f"{agency.credit_for('Name')} via {distributor.name}") is None:
        return None
    return agency, distributor


def credit_caption_mixed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    split = split_caption(strip_labels(slide.credit))
    if split is None:
        return
    credit, caption = split
    moved = inline_escape(caption)  # plain words, into a caption read as inline Markdown
    new_caption = f"{slide.caption.strip()} {moved}".strip() if slide.caption.strip() else moved
    shown = f"{caption[:60]}{'…' if len(caption) > 60 else ''}"
    message = QT_TRANSLATE_NOOP("RulesCredit", 'caption text inside the credit: "{caption}"')
    label = QT_TRANSLATE_NOOP("RulesCredit", "Move the caption text into the caption")
    fix: Fix | None = Fix.of(label, credit=credit, caption=new_caption)
    if agencies_in(caption, ctx.known):
        # the part read as caption names the agency ("HARBOUR – May 2: boats return. Jo
        # Bell/AFP"): moved, the credit would lose it; where the credit ends is the writer's call
        fix = None
    yield Hit("credit", message.format(caption=shown), fix)


# Doubled punctuation or spaces; not a link's "//" ("Jo Bell on Unsplash (https://unsplash.com)")
_DOUBLED = re.compile(r"([.,;:])\1|(?<!:)//|\s{2,}")


def credit_hygiene_slide(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    credit = slide.credit
    if not credit.strip():
        return
    yield from _mixed_alphabets(ctx, credit)
    spaces, doubled = credit != credit.strip(), bool(_DOUBLED.search(credit.strip()))
    if spaces and doubled:
        message = QT_TRANSLATE_NOOP(
            "RulesCredit", '"{credit}": stray spaces at the ends, doubled spaces or punctuation'
        )
    elif spaces:
        message = QT_TRANSLATE_NOOP("RulesCredit", '"{credit}": stray spaces at the ends')
    elif doubled:
        message = QT_TRANSLATE_NOOP("RulesCredit", '"{credit}": doubled spaces or punctuation')
    else:
        return
    clean = re.sub(r"([.,;:])\1+", r"\1", credit.strip())
    clean = re.sub(r"\s{2,}", " ", re.sub(r"(?<!:)/{2,}", "/", clean))
    tidy = QT_TRANSLATE_NOOP("RulesCredit", 'Tidy: "{clean}"')
    yield Hit(
        "credit",
        message.format(credit=shown(credit)),
        Fix.of(tidy.format(clean=shown(clean)), credit=clean),
    )


def _mixed_alphabets(ctx: CheckContext, credit: str) -> Iterator[Hit]:
    """ "Jеan Dupont" with a Cyrillic е reads as Jean and is not: no search or byline finds it.
    (An agency so written is credit-agency-spelling's.)"""
    words = [w for w in mixed_words(credit[:MAX_CREDIT_TEXT]) if not agencies_in(w, ctx.known)]
    if words:
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            '"{credit}": {words} mixes Latin letters with look-alikes from another alphabet',
        )
        latin = latin_words(credit)
        label = QT_TRANSLATE_NOOP("RulesCredit", 'Write it in Latin letters: "{clean}"')
        yield Hit(
            "credit",
            message.format(credit=shown(credit), words=", ".join(f'"{w}"' for w in words[:3])),
            Fix.of(label.format(clean=shown(latin)), credit=latin),
        )


def credit_hygiene_article(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """Across the article: one copyright sign, one habit for the final period."""
    credits = [(i, s.credit.strip()) for i, s, _ in slides if s.credit.strip()]
    signs = {
        i: ("©" if "©" in c else "(c)")
        for i, c in credits
        if "©" in c or re.search(r"\(c\)", c, re.I)
    }
    if len(set(signs.values())) > 1:
        for i, sign in signs.items():
            if sign == "(c)":
                yield Hit(
                    "credit",
                    QT_TRANSLATE_NOOP("RulesCredit", "mixed © and (c) in this article: use ©"),
                    Fix.of(
                        QT_TRANSLATE_NOOP("RulesCredit", "Use ©"),
                        credit=re.sub(r"\(c\)", "©", ctx.article.slides[i].credit, flags=re.I),
                    ),
                    slide=i,
                )
    with_period = [i for i, c in credits if c.endswith(".")]
    if with_period and len(with_period) < len(credits):
        minority = (
            with_period
            if len(with_period) <= len(credits) / 2
            else [i for i, _ in credits if i not in with_period]
        )
        for i in minority:
            message = QT_TRANSLATE_NOOP(
                "RulesCredit", "final period differs from the other credits in this article"
            )
            yield Hit("credit", message, slide=i)


def credit_missing_article(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    yield from credits_not_found(ctx, slides)
    yield from credit_missing_read_more(ctx, slides)


def credits_not_found(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """Slides with neither image nor credit: after a text import these are the slides whose
    credit line was not found, and the picture they are waiting for will need one. One warning
    naming them (the images themselves are image-missing's), not one per slide."""
    waiting = [
        s.position for s in slides if s.image.kind == "none" and is_bare_label(s.slide.credit)
    ]
    if not waiting:
        return
    shown = ", ".join(str(p + 1) for p in waiting[:8]) + (", …" if len(waiting) > 8 else "")
    message = counted(
        len(waiting),
        QT_TRANSLATE_NOOP(
            "RulesCredit",
            "{count} of {total} slides has no credit yet (slide {shown}): "
            "the picture it is waiting for will need one",
        ),
        QT_TRANSLATE_NOOP(
            "RulesCredit",
            "{count} of {total} slides have no credit yet (slides {shown}): "
            "the pictures they are waiting for will need one",
        ),
    )
    if len(slides) == 1:  # not "1 of 1 slides has…", which reads wrong in every language
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the article's only slide has no credit yet: "
            "the picture it is waiting for will need one",
        )
    yield Hit(
        "credit",
        message.format(count=len(waiting), total=len(slides), shown=shown),
        slide=waiting[0] if len(waiting) == 1 else None,
        severity=Severity.WARNING,
    )


def credit_missing_read_more(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """The read-more block's images are credited like slides' (its findings name no slide)."""
    read_more = ctx.article.read_more
    if read_more is None:
        return
    for i, item in enumerate(read_more.items):
        if item.image.strip() and is_bare_label(item.credit):
            message = QT_TRANSLATE_NOOP(
                "RulesCredit", 'the read-more image for "{title}" has no credit'
            )
            yield Hit(f"read_more.items[{i}].credit", message.format(title=item.title))
