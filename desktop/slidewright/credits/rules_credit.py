"""Rules about the credit text itself: present, unlabelled, agencies spelled and credited right.

Each function is one rule's logic; its id, default severity and description are in
:mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from slidewright.credits.agencies import agencies_in, house_spelling
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.findings import Fix, Hit
from slidewright.credits.labels import has_label, is_bare_label, split_caption, strip_labels
from slidewright.model import Slide

MAX_PATTERN_TEXT = 1000  # a credit names a photographer and an agency, not a paragraph


def credit_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "none" or not is_bare_label(slide.credit):
        return
    fix = None
    meta = image.meta
    if meta is not None and (meta.credit or meta.creators):
        embedded = meta.credit or ", ".join(meta.creators)
        fix = Fix.of(f"Use the credit embedded in the image: {embedded}", credit=embedded)
    yield Hit("credit", "the image has no credit", fix)


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
    for agency, match in agencies_in(slide.credit):
        written = match.group(0)
        if written != agency.name:
            yield Hit(
                "credit",
                f'"{written}" → "{agency.name}"',
                Fix.of(
                    f'Use the house spelling "{agency.name}"', credit=house_spelling(slide.credit)
                ),
            )


def credit_agency_pattern(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    credit = house_spelling(strip_labels(slide.credit))
    split = split_caption(credit)
    credit = split[0] if split else credit
    if len(credit) > MAX_PATTERN_TEXT:  # the agency list is user-edited: bound its patterns' work
        return
    for agency, _ in agencies_in(credit):
        if agency.pattern is None or agency.pattern.match(credit):
            continue
        fix = None
        creators = image.meta.creators if image.meta else ()
        if creators and credit.strip() == agency.name:
            better = agency.credit_for(creators[0])
            fix = Fix.of(f'Name the photographer from the image: "{better}"', credit=better)
        yield Hit(
            "credit",
            f'{agency.name} asks for the photographer too, like "{agency.example}"',
            fix,
        )


def credit_caption_mixed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    split = split_caption(strip_labels(slide.credit))
    if split is None:
        return
    credit, caption = split
    new_caption = f"{slide.caption.strip()} {caption}".strip() if slide.caption.strip() else caption
    yield Hit(
        "credit",
        f'caption text inside the credit: "{caption[:60]}{"…" if len(caption) > 60 else ""}"',
        Fix.of("Move the caption text into the caption", credit=credit, caption=new_caption),
    )


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def credit_metadata_mismatch(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    meta = image.meta
    if meta is None or not image.ok or is_bare_label(slide.credit):
        return
    credit = _normal(house_spelling(slide.credit))
    missing = [name for name in meta.creators if _normal(name) and _normal(name) not in credit]
    if missing and len(missing) == len(meta.creators):
        yield Hit(
            "credit",
            f"the image file names {', '.join(missing)} as its creator, but the credit does not",
        )
    credit_agencies = {a.name for a, _ in agencies_in(slide.credit)}
    file_agencies = {a.name for a, _ in agencies_in(f"{meta.source} {meta.credit}")}
    if file_agencies and credit_agencies and not file_agencies & credit_agencies:
        yield Hit(
            "credit",
            f"the image file says {', '.join(sorted(file_agencies))}; the credit says {', '.join(sorted(credit_agencies))}",
        )
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
