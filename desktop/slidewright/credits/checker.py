"""Run every rule over an article: the one entry point for the CLI, the window and the tests."""

from __future__ import annotations

from pathlib import Path

from slidewright.credits import rules_credit, rules_image
from slidewright.credits.context import CheckContext, CheckOptions
from slidewright.credits.findings import SEVERITY_RANK, Finding
from slidewright.credits.labels import is_bare_label
from slidewright.credits.metadata import MetadataCache

SLIDE_RULES = (*rules_image.SLIDE_RULES, *rules_credit.SLIDE_RULES)


def check_article(
    article: object,
    bundle: Path,
    cache: MetadataCache | None = None,
    options: CheckOptions | None = None,
) -> list[Finding]:
    """All findings, ordered by slide (article-level first), then severity."""
    ctx = CheckContext(article, bundle, cache or MetadataCache(), options or CheckOptions())
    findings: list[Finding] = []
    images = []
    for index, slide in enumerate(article.slides):
        image = ctx.image(slide.image)
        images.append((index, image))
        for rule in SLIDE_RULES:
            findings.extend(rule(ctx, index, slide, image))
    findings.extend(rules_image.image_duplicate(ctx, images))
    findings.extend(rules_credit.credit_hygiene_article(ctx, list(enumerate(article.slides))))
    findings.extend(_read_more(ctx))
    findings.sort(key=lambda f: (-1 if f.slide is None else f.slide, SEVERITY_RANK[f.severity]))
    return findings


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
