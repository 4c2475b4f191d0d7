"""A slideshow saved as several pages, imported as one article in order.

Paged slideshows show one slide a page; a writer saves each (``page-1.html``, ``page-2.html`` …,
or whatever the site called them, linked by ``rel="next"``). Starting from the file chosen, the
series is found by following ``rel="next"`` links to files saved beside it, or else by the
numbers in the names (``slideshow.html``, ``slideshow-2.html`` …). Only files in the same folder
are read; the walk stops at a page seen before and after ``MAX_PAGES``.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from slidewright.errors import UnsafePathError
from slidewright.fileformat.safefiles import contained
from slidewright.importers.common import (
    ImportFailed,
    ImportResult,
    captions_as_written,
    read_source,
)
from slidewright.importers.html import parse_html_page
from slidewright.importers.htmltree import parse_html
from slidewright.importers.localimages import LocalImages

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


def _by_number(source: Path) -> list[Path]:
    """page-1.html, page-2.html … (or slideshow.html, slideshow-2.html …) beside ``source``."""
    match = _NUMBERED.match(source.stem)
    if match is None:
        return [source]
    stem = match.group("stem")
    found: dict[int, Path] = {}
    for sibling in source.parent.iterdir():
        if sibling.suffix.lower() != source.suffix.lower() or len(found) >= MAX_PAGES:
            continue
        other = _NUMBERED.match(sibling.stem)
        if other is not None and other.group("stem") == stem:
            found[int(other.group("n") or 1)] = sibling
    if len(found) < 2 or (match.group("n") is None and 2 not in found):
        return [source]
    return [found[n] for n in sorted(found)]


def page_series(source: Path, first_text: str) -> tuple[list[Path], str]:
    """The saved pages of the slideshow ``source`` belongs to, in order, and how they were found."""
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
        return pages, 'linked by rel="next"'
    numbered = _by_number(source)
    return numbered, "numbered file names" if len(numbered) > 1 else ""


def parse_html_pages(text: str, source: Path) -> ImportResult:
    """``source`` and the pages that follow it as one article (or the one page alone)."""
    return captions_as_written(_parse_pages(text, source))


def _parse_pages(text: str, source: Path) -> ImportResult:
    pages, how = page_series(source, text)
    if len(pages) == 1:
        return parse_html_page(text, source)
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
        dropped.append("pages without slides: " + ", ".join(skipped))
    guessed = [
        f"{len(results)} saved pages read as one slideshow ({how}: "
        f"{pages[0].name} … {pages[-1].name})",
        *dict.fromkeys(g for r in results for g in r.guessed),
    ]
    return ImportResult(article, dropped, local.images, local.refused, guessed)
