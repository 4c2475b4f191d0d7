"""Run every rule over an article: the one entry point for the CLI, the window and the tests.

A :class:`CreditChecker` remembers each slide's findings by the slide's content and its image's
content hash, so re-checking after a keystroke re-runs the rules for the edited slide only.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from slidewright.credits import rules_credit, rules_image
from slidewright.credits.context import CheckContext, CheckOptions, ImageState
from slidewright.credits.findings import SEVERITY_RANK, Finding
from slidewright.credits.labels import is_bare_label
from slidewright.credits.metadata import MetadataCache
from slidewright.model import Article, Slide

SLIDE_RULES = (*rules_image.SLIDE_RULES, *rules_credit.SLIDE_RULES)
MAX_REMEMBERED = 20_000


def _slide_key(ctx: CheckContext, slide: Slide, image: ImageState) -> tuple:
    return (
        slide.heading,
        slide.image,
        slide.alt,
        slide.credit,
        slide.caption,
        slide.license,
        slide.creator,
        slide.source_url,
        slide.license_url,
        slide.editorial_only,
        image.kind,
        image.meta.sha256 if image.meta else "",
        ctx.article.credit_label,
        ctx.article.sponsored,
        ctx.options,
    )


class CreditChecker:
    def __init__(
        self, cache: MetadataCache | None = None, options: CheckOptions | None = None
    ) -> None:
        self.cache = cache or MetadataCache()
        self.options = options or CheckOptions()
        self._slides: dict[tuple, list[Finding]] = {}

    def check(self, article: Article, bundle: Path) -> list[Finding]:
        """All findings, ordered by slide (article-level first), then severity."""
        ctx = CheckContext(article, bundle.resolve(), self.cache, self.options)
        if len(self._slides) > MAX_REMEMBERED:
            self._slides.clear()
        findings: list[Finding] = []
        images = []
        for index, slide in enumerate(article.slides):
            image = ctx.image(slide.image)
            images.append((index, image))
            key = _slide_key(ctx, slide, image)
            found = self._slides.get(key)
            if found is None:
                found = [f for rule in SLIDE_RULES for f in rule(ctx, index, slide, image)]
                self._slides[key] = found
            findings.extend(
                f if f.slide == index else dataclasses.replace(f, slide=index) for f in found
            )
        findings.extend(rules_image.image_duplicate(ctx, images))
        findings.extend(rules_credit.credit_hygiene_article(ctx, list(enumerate(article.slides))))
        findings.extend(_read_more(ctx))
        findings.sort(key=lambda f: (-1 if f.slide is None else f.slide, SEVERITY_RANK[f.severity]))
        return findings


def check_article(
    article: Article,
    bundle: Path,
    cache: MetadataCache | None = None,
    options: CheckOptions | None = None,
) -> list[Finding]:
    """Check once (the CLI's way); the window keeps a :class:`CreditChecker` instead."""
    return CreditChecker(cache, options).check(article, bundle)


def _read_more(ctx: CheckContext) -> list[Finding]:
    read_more = ctx.article.read_more
    if read_more is None:
        return []
    findings = []
    for i, item in enumerate(read_more.items):
        if item.image.strip() and is_bare_label(item.credit):
            findings.append(
                Finding(
                    "credit-missing",
                    "error",
                    None,
                    f"read_more.items[{i}].credit",
                    f'the read-more image for "{item.title}" has no credit',
                )
            )
    return findings
