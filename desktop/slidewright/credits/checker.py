"""Run the enabled rules of the registry over an article: the one entry point for the CLI, the
window and the tests.

A :class:`CreditChecker` remembers each slide's findings by the slide's revision (which changes on
any edit to any of its fields), its image's content hash, the article fields the catalogue marks as
checked (the date among them), the options (with the day the licence rules compare with) and the
rules enabled, so re-checking after a keystroke re-runs the rules for the edited slide only.
"""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from slidewright.credits.ai_wording import default_disclosure
from slidewright.credits.context import CheckContext, CheckOptions, ImageState, SlideState
from slidewright.credits.findings import SEVERITY_RANK, Finding
from slidewright.credits.metadata import MetadataCache
from slidewright.credits.registry import CreditRules
from slidewright.fileformat.images import ImagePaths
from slidewright.model import ARTICLE_FIELDS, Article, Slide

MAX_REMEMBERED = 20_000
# The article fields a slide's findings can depend on (the catalogue says).
CHECKED_ARTICLE_FIELDS = tuple(spec.name for spec in ARTICLE_FIELDS if spec.checked)


def _slide_key(ctx: CheckContext, slide: Slide, image: ImageState) -> tuple[object, ...]:
    return (
        slide.revision,
        image.kind,
        image.meta.sha256 if image.meta else "",
        *(getattr(ctx.article, name) for name in CHECKED_ARTICLE_FIELDS),
        ctx.options,
    )


class CreditChecker:
    def __init__(
        self,
        cache: MetadataCache | None = None,
        options: CheckOptions | None = None,
        rules: CreditRules | None = None,
    ) -> None:
        self.cache = cache or MetadataCache()
        self.options = options or CheckOptions()
        self.rules = rules or CreditRules()
        self._slides: dict[tuple[object, ...], list[Finding]] = {}
        self._paths = ImagePaths()

    def check(self, article: Article, bundle: Path) -> list[Finding]:
        """All findings, ordered by slide (article-level first), then severity."""
        options = self.options
        if not options.ai_disclosure.strip():  # none of the writer's own: the article's language's
            options = dataclasses.replace(options, ai_disclosure=default_disclosure(article.lang))
        if options.today is None:  # part of every slide's key: a new day checks every slide again
            options = dataclasses.replace(options, today=datetime.date.today())
        ctx = CheckContext(article, bundle.resolve(), self.cache, options, self._paths)
        if len(self._slides) > MAX_REMEMBERED:
            self._slides.clear()
        active = self.rules.active()
        slide_rules = [rule for rule in active if rule.per_slide is not None]
        enabled = tuple(rule.id for rule in slide_rules)
        findings: list[Finding] = []
        states: list[SlideState] = []
        self.cache.read_ahead(self._paths.pictures(ctx.bundle, (s.image for s in article.slides)))
        try:
            for index, slide in enumerate(article.slides):
                state = SlideState(index, slide, ctx.image(slide.image))
                states.append(state)
                key = (_slide_key(ctx, slide, state.image), enabled)
                found = self._slides.get(key)
                if found is None:
                    found = [f for rule in slide_rules for f in rule.check_slide(ctx, state)]
                    self._slides[key] = found
                findings.extend(
                    f if f.slide == index else dataclasses.replace(f, slide=index) for f in found
                )
        finally:
            self.cache.stop_ahead()
        for rule in active:
            findings.extend(rule.check_article(ctx, states))
        findings.sort(key=lambda f: (-1 if f.slide is None else f.slide, SEVERITY_RANK[f.severity]))
        return findings


def check_article(
    article: Article,
    bundle: Path,
    cache: MetadataCache | None = None,
    options: CheckOptions | None = None,
    rules: CreditRules | None = None,
) -> list[Finding]:
    """Check once (the CLI's way); the window keeps a :class:`CreditChecker` instead."""
    return CreditChecker(cache, options, rules).check(article, bundle)
