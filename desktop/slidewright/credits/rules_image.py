"""Rules about the image: on disk and readable, large enough, used once, described, and cleared
for this use (licence, editorial-only; AI disclosure is in :mod:`.rules_provenance`).

Each function is one rule's logic; its id, default severity and description are in
:mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from slidewright.credits.agencies import agencies_in
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.findings import Action, Fix, Hit, Severity
from slidewright.credits.rules_text import with_userinfo
from slidewright.fileformat.images import shown_path
from slidewright.i18n import QT_TRANSLATE_NOOP, listing
from slidewright.model import Slide

CREATIVE_COMMONS = re.compile(
    r"\bCC[ -]?(?:BY|0|ZERO)\b|creative\s*commons|creativecommons\.org", re.I
)
PUBLIC_DOMAIN = re.compile(r"\bCC[ -]?(?:0|ZERO)\b|public\s+domain|publicdomain", re.I)
VERSION = re.compile(r"\b\d\.\d\b")


def image_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "missing":
        message = QT_TRANSLATE_NOOP("RulesImage", "{image} is not in the article folder")
        yield Hit("image", message.format(image=shown_path(slide.image)))


def _slide_list(positions: list[int], shown: int = 8) -> str:
    numbers = [str(p + 1) for p in positions[:shown]]
    return ", ".join(numbers) + (", …" if len(positions) > shown else "")


def images_not_chosen(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """Slides with no image at all. One is a slip on that slide; several are an article whose
    images are still to come (a text import has none): one finding, with the action that
    assigns a folder of images to them all, instead of a wall of identical errors."""
    empty = [state.position for state in slides if state.image.kind == "none"]
    if len(empty) == 1:
        message = QT_TRANSLATE_NOOP("RulesImage", "the slide has no image")
        yield Hit("image", message, slide=empty[0])
    elif empty:
        if len(empty) == len(slides):
            message = QT_TRANSLATE_NOOP(
                "RulesImage",
                "all slides have no image yet (slides {shown}); "
                "choose images for all of them at once",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "RulesImage",
                "{count} of {total} slides have no image yet (slides {shown}); "
                "choose images for all of them at once",
            )
        yield Hit(
            "image",
            message.format(count=len(empty), total=len(slides), shown=_slide_list(empty)),
            action=Action.CHOOSE_IMAGES,
        )


def image_outside_bundle(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "outside":
        message = QT_TRANSLATE_NOOP(
            "RulesImage",
            "{image} is outside the article folder; publishing tools will not find it",
        )
        yield Hit("image", message.format(image=shown_path(slide.image)))


def image_remote(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """A picture linked from another site (an imported page's ``<img src="http://…">``). Over
    plain http the exported page's Content-Security-Policy blocks it (docs/security.md), so the
    published slide has no picture, and every reader's visit is told to that server unencrypted:
    a warning. Over https it is shown, but it is not in the article folder, so nothing here
    checks it or holds its credit to the file: a note."""
    if image.kind != "remote":
        return
    if urlsplit(slide.image).scheme == "http":
        message = QT_TRANSLATE_NOOP(
            "RulesImage",
            "{image} is a plain http address: the published page will not show it, and each "
            "reader's visit is sent to that server; put the picture in the article folder",
        )
        yield Hit("image", message.format(image=_shown_remote(slide.image)))
    else:
        message = QT_TRANSLATE_NOOP(
            "RulesImage",
            "{image} is on another site, not in the article folder: the picture is not checked "
            "and its credit cannot be compared with the file",
        )
        yield Hit("image", message.format(image=_shown_remote(slide.image)), severity=Severity.INFO)


def _shown_remote(address: str) -> str:
    """The address as a message may quote it: a user name and password before its host are
    "…" (url-credentials names the field; the message must not repeat them), controls shown."""
    return shown_path(with_userinfo(address) or address)


def image_unreadable(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "unreadable":
        if image.meta is not None and image.meta.problem:
            message = QT_TRANSLATE_NOOP(
                "RulesImage", "{image} is not an image that can be opened ({reason})"
            )
        else:
            message = QT_TRANSLATE_NOOP("RulesImage", "{image} is not an image that can be opened")
        reason = image.meta.problem if image.meta is not None else ""
        yield Hit("image", message.format(image=shown_path(slide.image), reason=reason))


def image_damaged(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """A file whose header reads but whose picture is cut off, or whose content is not what its
    name says: the exports leave it out, so the writer hears it before publishing."""
    if image.ok and image.meta is not None and image.meta.damage:
        message = QT_TRANSLATE_NOOP("RulesImage", "{image} is left out of every export: {reason}")
        yield Hit("image", message.format(image=shown_path(slide.image), reason=image.meta.damage))


def image_too_small(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    meta = image.meta
    if meta is None or meta.format == "SVG":  # a drawing scales to any size
        return
    if image.ok and min(meta.width, meta.height) < ctx.options.min_side:
        message = QT_TRANSLATE_NOOP(
            "RulesImage",
            "{width}×{height} px: the shorter side is under the house minimum of {minimum} px",
        )
        minimum = ctx.options.min_side
        yield Hit("image", message.format(width=meta.width, height=meta.height, minimum=minimum))


def alt_missing(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    if image.kind == "none" or slide.alt.strip():
        return
    suggestion = image.meta.alt_text if image.meta is not None else ""
    label = QT_TRANSLATE_NOOP("RulesImage", 'Use the alt text embedded in the image: "{alt}"')
    fix = Fix.of(label.format(alt=suggestion), alt=suggestion) if suggestion else None
    message = QT_TRANSLATE_NOOP("RulesImage", "no alt text for readers who cannot see the image")
    yield Hit("alt", message, fix)


def alt_poor(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    alt = slide.alt.strip()
    if image.kind == "none" or not alt:
        return
    name = PurePosixPath(slide.image).name
    file_name = QT_TRANSLATE_NOOP(
        "RulesImage", "the alt text only repeats the file name; describe what the image shows"
    )
    poor = {
        name.casefold(): file_name,
        PurePosixPath(name).stem.casefold(): file_name,
        slide.heading.strip().casefold(): QT_TRANSLATE_NOOP(
            "RulesImage", "the alt text only repeats the heading; describe what the image shows"
        ),
        slide.credit.strip().casefold(): QT_TRANSLATE_NOOP(
            "RulesImage", "the alt text only repeats the credit; describe what the image shows"
        ),
    }
    if alt.casefold() in poor and alt.casefold():
        yield Hit("alt", poor[alt.casefold()])


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
        missing.append(QT_TRANSLATE_NOOP("RulesImage", "the author (creator)"))
    if not slide.source_url.strip():
        missing.append(QT_TRANSLATE_NOOP("RulesImage", "a link to the source"))
    if not (slide.license.strip() and VERSION.search(slide.license)):
        missing.append(
            QT_TRANSLATE_NOOP("RulesImage", "the licence name with its version (e.g. CC BY-SA 4.0)")
        )
    if not slide.license_url.strip():
        missing.append(QT_TRANSLATE_NOOP("RulesImage", "a link to the licence"))
    if missing:
        message = QT_TRANSLATE_NOOP("RulesImage", "Creative Commons credit needs {missing}")
        yield Hit("license", message.format(missing=listing(missing)))


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
            message = QT_TRANSLATE_NOOP(
                "RulesImage", "{agency} pictures come under the {licence}: {note}"
            )
            label = QT_TRANSLATE_NOOP("RulesImage", "Name the licence: {licence}")
            yield Hit(
                "license",
                message.format(
                    agency=agency.name, licence=agency.licence, note=agency.licence_note
                ),
                Fix.of(label.format(licence=agency.licence), **changes),
                severity=Severity.INFO,
            )
            return


# (the slide says so, the file says so, the article is sponsored) -> the finding
_EDITORIAL = {
    (True, True, False): QT_TRANSLATE_NOOP(
        "RulesImage", "the slide and the image file say editorial use only"
    ),
    (True, False, False): QT_TRANSLATE_NOOP("RulesImage", "the slide says editorial use only"),
    (False, True, False): QT_TRANSLATE_NOOP("RulesImage", "the image file says editorial use only"),
    (True, True, True): QT_TRANSLATE_NOOP(
        "RulesImage",
        "the slide and the image file say editorial use only; "
        "it cannot illustrate a sponsored article",
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "RulesImage",
        "the slide says editorial use only; it cannot illustrate a sponsored article",
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "RulesImage",
        "the image file says editorial use only; it cannot illustrate a sponsored article",
    ),
}


def editorial_only(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """Info by default; an error in a sponsored article, which editorial images cannot illustrate."""
    meta = image.meta
    in_file = meta is not None and (
        "editorial" in f"{meta.instructions} {meta.usage_terms} {meta.description}".casefold()
    )
    if not (slide.editorial_only or in_file):
        return
    sponsored = bool(ctx.article.sponsored)
    yield Hit(
        "image",
        _EDITORIAL[(bool(slide.editorial_only), in_file, sponsored)],
        severity=Severity.ERROR if sponsored else None,
    )


def image_duplicate(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    first: dict[str, int] = {}
    for index, _, image in slides:
        if image.meta is None or not image.meta.sha256:
            continue
        if image.meta.sha256 in first:
            message = QT_TRANSLATE_NOOP("RulesImage", "the same image as slide {slide}")
            yield Hit("image", message.format(slide=first[image.meta.sha256] + 1), slide=index)
        else:
            first[image.meta.sha256] = index
