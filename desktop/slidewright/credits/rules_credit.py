"""Rules about the credit text itself: present, unlabelled, agencies spelled and credited right.

Each function is one rule's logic; its id, default severity and description are in
:mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from slidewright.credits.agencies import agencies_in, house_spelling
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.evidence import contradiction, missing_agency, missing_person, people_in
from slidewright.credits.findings import Fix, Hit, Severity
from slidewright.credits.labels import has_label, is_bare_label, split_caption, strip_labels
from slidewright.model import Slide
from slidewright.render.inline import inline_escape

MAX_PATTERN_TEXT = 1000  # a credit names a photographer and an agency, not a paragraph


def use_file_credit(ctx: CheckContext, slide: Slide, image: ImageState) -> Fix | None:
    """'Use the file's credit', when the file gives one and the slide's is not it already."""
    credit = ctx.evidence(image).credit
    if not credit or credit == slide.credit.strip():
        return None
    return Fix.of(f'Use the file\'s credit: "{credit}"', credit=credit)


def credit_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "none" or not is_bare_label(slide.credit):
        return
    yield Hit("credit", "the image has no credit", use_file_credit(ctx, slide, image))


def credit_label_in_text(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if has_label(slide.credit) and not is_bare_label(slide.credit):
        clean = strip_labels(slide.credit)
        label = ctx.article.credit_label or "no label"
        yield Hit(
            "credit",
            f'"{slide.credit}" carries its own label; the page already prints "{label}:" → "{clean}"',
            Fix.of(f'Drop the label: "{clean}"', credit=clean),
        )


def credit_agency_spelling(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    known = ctx.known
    for agency, match in agencies_in(slide.credit, known):
        written = match.group(0)
        if written != agency.name:
            yield Hit(
                "credit",
                f'"{written}" → "{agency.name}"',
                Fix.of(
                    f'Use the house spelling "{agency.name}"',
                    credit=house_spelling(slide.credit, known),
                ),
            )


def credit_agency_pattern(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """Say the agency's house form ('AFP credits read "Name/AFP"'); the fix writes it that way
    with the photographer the credit names, or else the one the file names."""
    known = ctx.known
    credit = house_spelling(strip_labels(slide.credit), known)
    split = split_caption(credit)
    credit = split[0] if split else credit
    if len(credit) > MAX_PATTERN_TEXT:  # the agency list is user-edited: bound its patterns' work
        return
    named = agencies_in(credit, known)
    for agency, _ in named:
        if agency.pattern is None or agency.pattern.match(credit):
            continue
        people = people_in(credit, known)
        fix = None
        if len(named) == 1 and len(people) <= 1:
            from_file = not people
            person = people[0] if people else next(iter(ctx.evidence(image).creators), "")
            better = agency.credit_for(person) if person else ""
            if better and better != slide.credit.strip():
                label = "Name the photographer from the file" if from_file else "Write it"
                fix = Fix.of(f'{label}: "{better}"', credit=better)
        missing = "" if people else " (the photographer is missing)"
        yield Hit("credit", f"{agency.house_form()}{missing}", fix)


def credit_caption_mixed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    split = split_caption(strip_labels(slide.credit))
    if split is None:
        return
    credit, caption = split
    moved = inline_escape(caption)  # plain words, into a caption read as inline Markdown
    new_caption = f"{slide.caption.strip()} {moved}".strip() if slide.caption.strip() else moved
    yield Hit(
        "credit",
        f'caption text inside the credit: "{caption[:60]}{"…" if len(caption) > 60 else ""}"',
        Fix.of("Move the caption text into the caption", credit=credit, caption=new_caption),
    )


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _names(names: Sequence[str], shown: int = 3) -> str:
    return ", ".join(names[:shown]) + (
        f" and {len(names) - shown} more" if len(names) > shown else ""
    )


def credit_metadata_mismatch(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """The file is evidence: a credit naming another agency or person than the file does is a
    finding quoting both, and its one fix is the file's own credit."""
    meta = image.meta
    if meta is None or not image.ok or is_bare_label(slide.credit):
        return
    known = ctx.known
    evidence = ctx.evidence(image)
    says = evidence.quoted or evidence.credit
    typed = slide.credit.strip()
    fix = use_file_credit(ctx, slide, image)
    if contradiction(slide.credit, evidence, known) is not None:
        yield Hit("credit", f"the file says {says}; the credit says {typed}", fix)
    elif missing_person(slide.credit, evidence, known):
        yield Hit(
            "credit",
            f"the image file names {_names(evidence.creators)} as its creator, but the credit "
            f"does not (the file says {says}; the credit says {typed})",
            fix,
        )
    elif (agency := missing_agency(slide.credit, evidence, known)) is not None:
        yield Hit("credit", f"the file says {says}; the credit leaves out {agency}", fix)
    if meta.xmp_credit and meta.iim_credit and _normal(meta.xmp_credit) != _normal(meta.iim_credit):
        yield Hit(
            "image",
            f'the image file disagrees with itself: XMP credit "{meta.xmp_credit}", IPTC credit "{meta.iim_credit}"',
        )


_DOUBLED = re.compile(r"([.,;:/])\1|\s{2,}")


def credit_hygiene_slide(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    credit = slide.credit
    if not credit.strip():
        return
    problems = []
    if credit != credit.strip():
        problems.append("stray spaces at the ends")
    if _DOUBLED.search(credit.strip()):
        problems.append("doubled spaces or punctuation")
    if problems:
        clean = re.sub(r"\s{2,}", " ", re.sub(r"([.,;:/])\1+", r"\1", credit.strip()))
        yield Hit(
            "credit",
            f'"{credit}": {", ".join(problems)}',
            Fix.of(f'Tidy: "{clean}"', credit=clean),
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
                    "mixed © and (c) in this article: use ©",
                    Fix.of(
                        "Use ©",
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
            yield Hit(
                "credit", "final period differs from the other credits in this article", slide=i
            )


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
    yield Hit(
        "credit",
        f"{len(waiting)} of {len(slides)} slides have no credit yet (slides {shown}): "
        "the pictures they are waiting for will need one",
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
            yield Hit(
                f"read_more.items[{i}].credit",
                f'the read-more image for "{item.title}" has no credit',
            )
