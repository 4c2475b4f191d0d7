"""Rules about the image: on disk and readable, large enough, used once, described, and cleared
for this use (licence, editorial-only, AI disclosure)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from slidewright.credits.context import CheckContext, ImageState
from slidewright.credits.findings import Finding, Fix
from slidewright.model import Slide

AI_SOURCE_TYPES = (
    "trainedAlgorithmicMedia",
    "compositeWithTrainedAlgorithmicMedia",
    "algorithmicMedia",
)
AI_DISCLOSURE = re.compile(
    r"\b(?:AI|A\.I\.|artificial intelligence|generated|synthetic|machine[- ]made)\b", re.I
)
CREATIVE_COMMONS = re.compile(
    r"\bCC[ -]?(?:BY|0|ZERO)\b|creative\s*commons|creativecommons\.org", re.I
)
PUBLIC_DOMAIN = re.compile(r"\bCC[ -]?(?:0|ZERO)\b|public\s+domain|publicdomain", re.I)
VERSION = re.compile(r"\b\d\.\d\b")


def image_present(
    ctx: CheckContext, index: int, slide: Slide, image: ImageState
) -> Iterator[Finding]:
    messages = {
        "none": ("image-missing", "the slide has no image"),
        "missing": ("image-missing", f"{slide.image} is not in the article folder"),
        "outside": (
            "image-outside-bundle",
            f"{slide.image} is outside the article folder; publishing tools will not find it",
        ),
        "unreadable": ("image-unreadable", f"{slide.image} is not an image that can be opened"),
    }
    if image.kind in messages:
        rule, message = messages[image.kind]
        if image.kind == "unreadable" and image.meta is not None and image.meta.problem:
            message += f" ({image.meta.problem})"
        yield Finding(rule, "error", index, "image", message)


def image_too_small(
    ctx: CheckContext, index: int, slide: Slide, image: ImageState
) -> Iterator[Finding]:
    meta = image.meta
    if image.ok and meta is not None and min(meta.width, meta.height) < ctx.options.min_side:
        yield Finding(
            "image-too-small",
            "warning",
            index,
            "image",
            f"{meta.width}×{meta.height} px: the shorter side is under the house minimum of {ctx.options.min_side} px",
        )


def alt_text(ctx: CheckContext, index: int, slide: Slide, image: ImageState) -> Iterator[Finding]:
    if image.kind == "none":
        return
    alt = slide.alt.strip()
    meta = image.meta
    if not alt:
        suggestion = meta.alt_text if meta is not None else ""
        fix = (
            Fix.of(f'Use the alt text embedded in the image: "{suggestion}"', alt=suggestion)
            if suggestion
            else None
        )
        yield Finding(
            "alt-missing",
            "error",
            index,
            "alt",
            "no alt text for readers who cannot see the image",
            fix,
        )
        return
    name = PurePosixPath(slide.image).name
    poor = {
        name.casefold(): "the file name",
        PurePosixPath(name).stem.casefold(): "the file name",
        slide.heading.strip().casefold(): "the heading",
        slide.credit.strip().casefold(): "the credit",
    }
    if alt.casefold() in poor and alt.casefold():
        yield Finding(
            "alt-poor",
            "warning",
            index,
            "alt",
            f"the alt text only repeats {poor[alt.casefold()]}; describe what the image shows",
        )


def license_incomplete(
    ctx: CheckContext, index: int, slide: Slide, image: ImageState
) -> Iterator[Finding]:
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
        yield Finding(
            "license-incomplete",
            "error",
            index,
            "license",
            "Creative Commons credit needs " + ", ".join(missing),
        )


def editorial_only(
    ctx: CheckContext, index: int, slide: Slide, image: ImageState
) -> Iterator[Finding]:
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
        yield Finding(
            "editorial-only",
            "error" if sponsored else "info",
            index,
            "image",
            f"{' and '.join(sources)} say{'s' if len(sources) == 1 else ''} editorial use only"
            + ("; it cannot illustrate a sponsored article" if sponsored else ""),
        )


def ai_undisclosed(
    ctx: CheckContext, index: int, slide: Slide, image: ImageState
) -> Iterator[Finding]:
    meta = image.meta
    if meta is None or not meta.digital_source_type.endswith(AI_SOURCE_TYPES):
        return
    if not AI_DISCLOSURE.search(f"{slide.credit} {slide.caption}"):
        kind = meta.digital_source_type.rsplit("/", 1)[-1]
        yield Finding(
            "ai-undisclosed",
            "error",
            index,
            "credit",
            f"the image file says it is {kind} (AI-made), but neither credit nor caption says so",
        )


def image_duplicate(ctx: CheckContext, images: list[tuple[int, ImageState]]) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, image in images:
        if image.meta is None or not image.meta.sha256:
            continue
        if image.meta.sha256 in first:
            yield Finding(
                "image-duplicate",
                "warning",
                index,
                "image",
                f"the same image as slide {first[image.meta.sha256] + 1}",
            )
        else:
            first[image.meta.sha256] = index


SLIDE_RULES = (
    image_present,
    image_too_small,
    alt_text,
    license_incomplete,
    editorial_only,
    ai_undisclosed,
)
