"""Notes about how the article will look once published (issue 26): what search engines cut,
and what a page's image metadata cannot say. Registered in credits/registry.py."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from slidewright.credits.agencies import agencies_in
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.findings import Hit
from slidewright.credits.rules_text import HEADLINE_MAX
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Slide

# Google's article structured data: "headline ... should not exceed 110 characters"; longer
# headlines are cut in rich results.
HEADLINE_LIMIT = 110


def headline_too_long(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    title = ctx.article.title.strip()
    if HEADLINE_LIMIT < len(title) <= HEADLINE_MAX:  # beyond, text-too-long says more
        message = QT_TRANSLATE_NOOP(
            "RulesPublishing",
            "The headline is {length} characters: search engines show {limit} and "
            "cut the rest (Google's article headline); say it in fewer words",
        )
        yield Hit("title", message.format(length=len(title), limit=HEADLINE_LIMIT))


def stock_without_licence(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """A stock agency's picture is always licensed; unless the licence is named (the slide's
    licence or link, or the file's usage terms or web statement), the published page cannot
    say it and an editor cannot check it."""
    meta = image.meta
    named = [slide.license, slide.license_url]
    if meta is not None:
        named += [meta.usage_terms, meta.web_statement]
    if any(text.strip() for text in named):
        return
    # (each read apart: "Jo Doe" beside a source "EPA" is not one name, "Jo Doe EPA")
    found = agencies_in(slide.credit) or agencies_in(meta.source if meta else "")
    if found:
        # Whose picture it is, the file says first: a credit naming another agency is
        # credit-metadata-mismatch's finding, not a reason to call it that agency's picture.
        from_file = ctx.evidence(image).agencies
        agency = from_file[0] if from_file else found[0][0].name
        message = QT_TRANSLATE_NOOP(
            "RulesPublishing",
            "{agency} picture without a licence: name the licence you bought (e.g. Standard "
            "licence, Editorial use only) and link its terms, so the page's image data can say it",
        )
        yield Hit("license", message.format(agency=agency))
