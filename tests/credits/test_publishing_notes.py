"""Checker notes about the published page (issue 26): a headline search engines would cut, and
a stock agency's picture whose licence is not named."""

from __future__ import annotations

from pathlib import Path

from slidewright import load_article, save_article
from slidewright.credits import RuleId, Severity, check_article


def _found(bundle: Path, rule: RuleId) -> list[tuple[int | None, str]]:
    findings = check_article(load_article(bundle), bundle)
    return [
        (f.slide, f.message) for f in findings if f.rule == rule and f.severity == Severity.INFO
    ]


def test_a_headline_over_110_characters_gets_a_note(sample_bundle: Path) -> None:
    article = load_article(sample_bundle)
    article.title = "Harbour " * 13 + "Towns"  # 109 characters: fits
    save_article(article, sample_bundle)
    assert _found(sample_bundle, RuleId.HEADLINE_TOO_LONG) == []
    article.title += " and Two"  # 117
    save_article(article, sample_bundle)
    ((slide, message),) = _found(sample_bundle, RuleId.HEADLINE_TOO_LONG)
    assert slide is None and message.startswith("The headline is 117 characters")


def test_a_stock_picture_without_a_licence_gets_a_note(sample_bundle: Path) -> None:
    noted = dict(_found(sample_bundle, RuleId.STOCK_LICENSE_MISSING))
    # (slides from 0) the first is Marta Lind/Shutterstock without a licence; the seventh is a
    # photographer's own, the eighth has its CC licence
    assert noted[0].startswith("Shutterstock picture without a licence")
    assert 6 not in noted and 7 not in noted
    article = load_article(sample_bundle)
    article.slides[0].license = "Standard licence"
    save_article(article, sample_bundle)
    assert 0 not in dict(_found(sample_bundle, RuleId.STOCK_LICENSE_MISSING))
