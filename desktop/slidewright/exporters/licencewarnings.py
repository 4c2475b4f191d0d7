"""A picture whose licence forbids publishing it on the article's date, said by every export.

``--strict`` refuses an article the credit checker finds errors in (exporters/__init__.py); an
export without it used to say nothing of them, so a writer could publish a picture outside its
licence unawares. The licence-date rules (credits/rules_licence.py) are run here as the checker
runs them, only those rules, and each finding becomes one warning naming the index.md line, the
slide and the image, as the export's other image warnings do (exporters/problems.py). The rules'
own sentences say why: nothing about licence dates is decided twice.
"""

from __future__ import annotations

from pathlib import Path

from slidewright.exporters.options import ExportOptions
from slidewright.exporters.problems import where_in_article
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Article

# The rules whose finding means: this picture may not be published on the article's date.
FORBIDDING = (
    "license-ended-before-article",
    "license-start-after-article",
    "license-start-after-end",
)

PICTURE_NOT_LICENSED = QT_TRANSLATE_NOOP(
    "LicenceWarnings", "{where}: slide {slide}, image {path}: {reason} (published anyway)"
)


def warn_unlicensed_pictures(article: Article, bundle: Path, options: ExportOptions) -> None:
    """One warning per picture the licence-date rules forbid publishing on the article's date
    (a slide with two such findings is named once, with both reasons)."""
    if not any(slide.image for slide in article.slides):
        return  # no picture to publish: a text article's export loads no checker (nor Pillow)
    from slidewright.credits.checker import check_article
    from slidewright.credits.registry import CreditRules

    rules = CreditRules()
    rules.enable_only(FORBIDDING)
    reasons: dict[int, list[str]] = {}
    for finding in check_article(article, bundle, rules=rules):
        if finding.slide is not None and str(finding.rule) in FORBIDDING:
            reasons.setdefault(finding.slide, []).append(finding.message)
    for index, messages in reasons.items():
        path = article.slides[index].image
        options.warn(
            PICTURE_NOT_LICENSED.format(
                where=where_in_article(bundle, path),
                slide=index + 1,
                path=repr(path),
                reason=messages[0] if len(messages) == 1 else "; ".join(messages),
            )
        )
