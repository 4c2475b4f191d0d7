"""Rules about the image: on disk and readable, large enough, used once, described, and cleared
for this use (licence, editorial-only; AI disclosure is in :mod:`.rules_provenance`).

Each function is one rule's logic; its id, default severity and description are in
:mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath

from slidewright.credits.agencies import agencies_in
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.findings import Action, Fix, Hit, Severity
from slidewright.model import Slide

CREATIVE_COMMONS = re.compile(
    r"\bCC[ -]?(?:BY|0|ZERO)\b|creative\s*commons|creativecommons\.org", re.I
)
PUBLIC_DOMAIN = re.compile(r"\bCC[ -]?(?:0|ZERO)\b|public\s+domain|publicdomain", re.I)
VERSION = re.compile(r"\b\d\.\d\b")


def image_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "missing":
        yield Hit("image", f"{slide.image} is not in the article folder")


def _slide_list(positions: list[int], shown: int = 8) -> str:
    numbers = [str(p + 1) for p in positions[:shown]]
    return ", ".join(numbers) + (", …" if len(positions) > shown else "")


def images_not_chosen(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """Slides with no image at all. One is a slip on that slide; several are an article whose
    images are still to come (a text import has none): one finding, with the action that
    assigns a folder of images to them all, instead of a wall of identical errors."""
    empty = [state.position for state in slides if state.image.kind == "none"]
    if len(empty) == 1:
        yield Hit("image", "the slide has no image", slide=empty[0])
    elif empty:
        of = "all" if len(empty) == len(slides) else f"{len(empty)} of {len(slides)}"
        yield Hit(
            "image",
            f"{of} slides have no image yet (slides {_slide_list(empty)}); "
            "choose images for all of them at once",
            action=Action.CHOOSE_IMAGES,
        )


def image_outside_bundle(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "outside":
        yield Hit(
            "image",
            f"{slide.image} is outside the article folder; publishing tools will not find it",
        )


def image_unreadable(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "unreadable":
        reason = f" ({image.meta.problem})" if image.meta is not None and image.meta.problem else ""
        yield Hit("image", f"{slide.image} is not an image that can be opened{reason}")


def image_too_small(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    meta = image.meta
    if meta is None or meta.format == "SVG":  # a drawing scales to any size
        return
    if image.ok and min(meta.width, meta.height) < ctx.options.min_side:
        yield Hit(
            "image",
            f"{meta.width}×{meta.height} px: the shorter side is under the house minimum of {ctx.options.min_side} px",
        )


def alt_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "none" or slide.alt.strip():
        return
    suggestion = image.meta.alt_text if image.meta is not None else ""
    fix = (
        Fix.of(f'Use the alt text embedded in the image: "{suggestion}"', alt=suggestion)
        if suggestion
        else None
    )
    yield Hit("alt", "no alt text for readers who cannot see the image", fix)


def alt_poor(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    alt = slide.alt.strip()
    if image.kind == "none" or not alt:
        return
    name = PurePosixPath(slide.image).name
    poor = {
        name.casefold(): "the file name",
        PurePosixPath(name).stem.casefold(): "the file name",
        slide.heading.strip().casefold(): "the heading",
        slide.credit.strip().casefold(): "the credit",
    }
    if alt.casefold() in poor and alt.casefold():
        yield Hit(
            "alt",
            f"the alt text only repeats {poor[alt.casefold()]}; describe what the image shows",
        )


def license_incomplete(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    yield from _library_licence(ctx, slide)
    meta = image.meta
    text = " ".join(
        [
            slide.license,
            slide.credit,
            slide.license_url,
            meta.rights if meta else "",
            meta.web_statement if meta else "",
        ]
    )
    if not CREATIVE_COMMONS.search(text) or PUBLIC_DOMAIN.search(text):
        return
    creators = meta.creators if meta else ()
    missing = []
    if not (slide.creator.strip() or creators):
        missing.append("the author (creator)")
    if not slide.source_url.strip():
        missing.append("a link to the source")
    if not (slide.license.strip() and VERSION.search(slide.license)):
        missing.append("the licence name with its version (e.g. CC BY-SA 4.0)")
    if not slide.license_url.strip():
        missing.append("a link to the licence")
    if missing:
        yield Hit("license", "Creative Commons credit needs " + ", ".join(missing))


def _library_licence(ctx: CheckContext, slide: Slide) -> Iterator[Hit]:
    """A note for pictures from a library with its own licence (Unsplash, Pexels) whose slide
    names no licence: what the licence allows, and a fix that names it."""
    if slide.license.strip():
        return
    for agency, _ in agencies_in(slide.credit, ctx.known):
        if agency.licence:
            changes = {"license": agency.licence}
            if not slide.license_url.strip() and agency.licence_url:
                changes["license_url"] = agency.licence_url
            yield Hit(
                "license",
                f"{agency.name} pictures come under the {agency.licence}: {agency.licence_note}",
                Fix.of(f"Name the licence: {agency.licence}", **changes),
                severity=Severity.INFO,
            )
            return


def editorial_only(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """Info by default; an error in a sponsored article, which editorial images cannot illustrate."""
    meta = image.meta
    said = [slide.editorial_only and "the slide"]
    if meta is not None:
        said += [
            "editorial" in f"{meta.instructions} {meta.usage_terms} {meta.description}".casefold()
            and "the image file",
        ]
    sources = [s for s in said if s]
    if sources:
        sponsored = ctx.article.sponsored
        yield Hit(
            "image",
            f"{' and '.join(sources)} say{'s' if len(sources) == 1 else ''} editorial use only"
            + ("; it cannot illustrate a sponsored article" if sponsored else ""),
            severity=Severity.ERROR if sponsored else None,
        )


def image_duplicate(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    first: dict[str, int] = {}
    for index, _, image in slides:
        if image.meta is None or not image.meta.sha256:
            continue
        if image.meta.sha256 in first:
            yield Hit(
                "image", f"the same image as slide {first[image.meta.sha256] + 1}", slide=index
            )
        else:
            first[image.meta.sha256] = index
