"""A slideshow saved as several pages, imported as one article in order.

Paged slideshows show one slide a page; a writer saves each (``page-1.html``, ``page-2.html`` …,
or whatever the site called them, linked by ``rel="next"``). Starting from the file chosen, the
series is found by following ``rel="next"`` links to files saved beside it, or else among the
numbered names (``slideshow.html``, ``slideshow-2.html`` …): a name is only a candidate, since
``guide.html`` and ``guide2.html`` are as often two articles; numbered pages are joined only
while each links to the next as its next/previous page or both have the same title and heading.
Only files in the same folder are read; the walk stops at a page seen before and after
``MAX_PAGES``.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from slidewright.errors import UnsafePathError
from slidewright.fileformat.safefiles import contained
from slidewright.importers import note_text
from slidewright.importers.common import (
    ImportFailed,
    ImportResult,
    captions_as_written,
    read_source,
)
from slidewright.importers.html import parse_html_page
from slidewright.importers.htmltree import Element, PageTooLarge, parse_html
from slidewright.importers.localimages import LocalImages
from slidewright.importers.mojibake import repair_mojibake, repaired_note
from slidewright.importers.ownexport import exported_by_slidewright, read_export

MAX_PAGES = 200  # a long paged slideshow has fifty
_NUMBERED = re.compile(r"^(?P<stem>.*?)(?:[-_ ]?(?:page[-_ ]?)?(?P<n>(?<!\d)\d{1,3}))?$", re.I)


def _next_link(text: str) -> str:
    """The ``href`` of the page's ``rel="next"`` link or anchor, if any."""
    root = parse_html(text)
    for element in root.iter():
        if element.tag in ("link", "a") and "next" in element.attrs.get("rel", "").lower().split():
            return element.attrs.get("href", "").strip()
    return ""


def _local_file(folder: Path, href: str) -> Path | None:
    """A link to a saved page beside this one, or None (remote, outside the folder, missing)."""
    parts = urlsplit(href)
    if not href or parts.scheme or parts.netloc:
        return None
    try:
        file = contained(folder, unquote(parts.path))
    except UnsafePathError:
        return None
    return file if file.is_file() and file.suffix.lower() in (".html", ".htm") else None


def _numbered(source: Path) -> list[tuple[int, Path]]:
    """page-1.html, page-2.html … (or slideshow.html, slideshow-2.html …) beside ``source``,
    by number: only candidates, since names alone do not make a slideshow."""
    match = _NUMBERED.match(source.stem)
    if match is None:
        return [(1, source)]
    stem = match.group("stem")
    found: dict[int, Path] = {}
    for sibling in source.parent.iterdir():
        if sibling.suffix.lower() != source.suffix.lower() or len(found) >= MAX_PAGES:
            continue
        other = _NUMBERED.match(sibling.stem)
        if other is not None and other.group("stem") == stem:
            found[int(other.group("n") or 1)] = sibling
    if len(found) < 2 or (match.group("n") is None and 2 not in found):
        return [(1, source)]
    return sorted(found.items())


class _Look:
    """What tells two saved pages are one slideshow: their heading and title (without the page
    numbers a slideshow adds: "Six Ferries (2)") and the files their next/previous links name."""

    def __init__(self, file: Path, text: str) -> None:
        root = parse_html(text)
        h1 = root.find("h1")
        title = root.find("title")
        self.heading = _plain(h1.text() if h1 else "")
        self.title = _plain(title.text() if title else "")
        folder = file.parent.resolve()
        self.links: set[Path] = set()
        for element in root.iter():
            if element.tag in ("link", "a") and _PAGING.search(_link_words(element)):
                linked = _local_file(folder, element.attrs.get("href", "").strip())
                if linked is not None:
                    self.links.add(linked.resolve())


_PAGING = re.compile(
    r"\b(?:next|prev|previous|suivante?|précédente?|weiter|zurück|nächste|vorherige|"
    r"siguiente|anterior|successiva|precedente|próxima|volgende|vorige)\b|[›»→←‹«]",
    re.I,
)


def _link_words(element: Element) -> str:
    """A link's rel, class, label and words: where a page says "next" or "previous"."""
    attrs = element.attrs
    return " ".join(
        [attrs.get("rel", ""), attrs.get("class", ""), attrs.get("aria-label", ""), element.text()]
    )


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[\d\W_]+", " ", text).lower().split())


_SAME_HEADING_GAP = 10  # pages of one slideshow saved with a few missing, not page 1 and page 150


def _together(a: tuple[int, Path, _Look], b: tuple[int, Path, _Look]) -> str:
    """Why numbered pages ``a`` and ``b`` (next to each other by number) are one slideshow:
    "linked" (as next/previous pages), "same heading", or "" (two articles that share a name)."""
    (na, fa, la), (nb, fb, lb) = a, b
    if fb.resolve() in la.links or fa.resolve() in lb.links:
        return "linked"
    if la.heading and la.heading == lb.heading and la.title == lb.title:
        return "same heading" if nb - na <= _SAME_HEADING_GAP else ""
    return ""


def _by_number(source: Path, text: str) -> tuple[list[Path], str, list[str]]:
    """The numbered pages around ``source`` that are evidently one slideshow with it, how that
    shows, and the numbered pages beside it that were left out."""
    candidates = _numbered(source)
    if len(candidates) == 1:
        return [source], "", []
    looks: list[tuple[int, Path, _Look]] = []
    for n, file in candidates:
        try:
            page_text = text if file == source else read_source(file)
        except ImportFailed:
            continue
        looks.append((n, file, _Look(file, page_text)))
    at = next(i for i, (_, f, _) in enumerate(looks) if f == source)
    start = end = at
    reasons: set[str] = set()
    while start > 0 and (why := _together(looks[start - 1], looks[start])):
        start -= 1
        reasons.add(why)
    while end + 1 < len(looks) and (why := _together(looks[end], looks[end + 1])):
        end += 1
        reasons.add(why)
    pages = [f for _, f, _ in looks[start : end + 1]]
    left_out = [f.name for _, f, _ in looks[:start] + looks[end + 1 :]]
    how = "both" if len(reasons) > 1 else next(iter(reasons), "")  # "linked", "same heading"
    return pages, how, left_out


def page_series(source: Path, first_text: str) -> tuple[list[Path], str, list[str]]:
    """The saved pages of the slideshow ``source`` belongs to, in order, how they were found,
    and the numbered pages beside it that are not part of it (another article each)."""
    folder = source.parent.resolve()
    pages, text = [source], first_text
    seen = {source.resolve()}
    while len(pages) < MAX_PAGES:
        following = _local_file(folder, _next_link(text))
        if following is None or following.resolve() in seen:
            break
        seen.add(following.resolve())
        pages.append(following)
        text = read_source(following)
    if len(pages) > 1:
        return pages, "next", []
    return _by_number(source, first_text)


def parse_html_pages(text: str, source: Path) -> ImportResult:
    """``source`` and the pages that follow it as one article (or the one page alone); a page
    Slidewright exported is read back field by field (ownexport.py). A page too large to be
    an article's (htmltree.MAX_ELEMENTS) ends the import with one line saying so."""
    try:
        if generator := exported_by_slidewright(text):
            return read_export(text, source, generator)
        text, misread = repair_mojibake(text)
        result = captions_as_written(_parse_pages(text, source))
    except PageTooLarge as error:
        raise ImportFailed(f"{source}: {error}") from None
    if misread:  # (the following pages of a paged slideshow are not looked at)
        result.guessed.append(repaired_note(misread))
    return result


def _parse_pages(text: str, source: Path) -> ImportResult:
    pages, how, left_out = page_series(source, text)
    if len(pages) == 1:
        result = parse_html_page(text, source)
        if left_out:
            shown = ", ".join(left_out[:5]) + (", …" if len(left_out) > 5 else "")
            result.guessed.append(note_text.page_read_alone(shown))
        return result
    local = LocalImages(source)
    texts = {pages[0]: text} if pages[0] == source else {}
    results = []
    skipped = []
    for page in pages:
        try:
            results.append(parse_html_page(texts.get(page) or read_source(page), page, local))
        except ImportFailed:
            skipped.append(page.name)
    if not results:
        raise ImportFailed(f"{source}: none of the {len(pages)} saved pages holds a slide")
    first = results[0]
    article = first.article
    for result in results[1:]:
        article.slides.extend(result.article.slides)
        if result.article.read_more is not None:
            article.read_more = result.article.read_more
    dropped = list(dict.fromkeys(d for r in results for d in r.dropped))
    if skipped:
        dropped.append(note_text.pages_without_slides(", ".join(skipped)))
    guessed = [
        note_text.pages_read_as_one(len(results), how, pages[0].name, pages[-1].name),
        *dict.fromkeys(g for r in results for g in r.guessed),
    ]
    return ImportResult(article, dropped, local.images, local.refused, guessed)
