"""Field checks: what a careful editor takes from a pasted page, counted one field at a time.

A page's expected reading (``.expected.json``) is split into single checks - the title, the
category, the author, the date, the intro's paragraph count and first words, each slide's heading,
credit, caption, alt text and paragraph count, the number of slides, the read-more heading and each
read-more title - so a score says how much of a page was read right, not only whether all of it was.
"""

from __future__ import annotations

from typing import Any

from slidewright.model import Article


def _paragraphs(text: str) -> int:
    return len([p for p in text.split("\n\n") if p.strip()])


def field_checks(article: Article, expected: dict[str, Any]) -> list[tuple[str, bool]]:
    """Every check on ``article`` with whether it passed, named for the failure message."""
    checks: list[tuple[str, bool]] = [
        (f"title {article.title!r}", article.title == expected["title"]),
        (
            f"category {article.categories!r}",
            article.categories == ([expected["category"]] if expected["category"] else []),
        ),
        (f"author {article.author!r}", article.author == expected.get("author", "")),
        (f"date {article.date!r}", article.date == expected.get("date", "")),
        (
            f"intro paragraphs {_paragraphs(article.intro)}",
            _paragraphs(article.intro) == expected["intro_paragraphs"],
        ),
        (
            f"intro start {article.intro[:40]!r}",
            article.intro.startswith(expected["intro_starts"]),
        ),
        (f"{len(article.slides)} slides", len(article.slides) == len(expected["headings"])),
    ]
    slides = article.slides
    per_slide = [("heading", "headings"), ("credit", "credits"), ("caption", "captions")]
    per_slide.append(("alt", "alts"))
    for name, key in per_slide:
        for n, want in enumerate(expected.get(key, [])):
            got = getattr(slides[n], name) if n < len(slides) else None
            checks.append((f"slide {n + 1} {name} {got!r}", got == want))
    for n, want in enumerate(expected["paragraphs"]):
        got_n = _paragraphs(slides[n].body) if n < len(slides) else None
        checks.append((f"slide {n + 1} paragraphs {got_n}", got_n == want))
    more = article.read_more
    if "read_more" in expected:
        heading = more.heading if more else None
        checks.append((f"read-more {heading!r}", heading == expected["read_more"]))
        titles = [i.title for i in more.items] if more else []
        for n, want in enumerate(expected.get("read_more_items", [])):
            got_t = titles[n] if n < len(titles) else None
            checks.append((f"read-more item {n + 1} {got_t!r}", got_t == want))
    else:
        checks.append((f"no read-more {more.heading if more else ''!r}", more is None))
    return checks
