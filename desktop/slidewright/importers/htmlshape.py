"""A saved page whose slides are not marked as headings (``<p><strong>1. The Quay</strong></p>``):
its paragraphs are read by their shape, as pasted text is, and each slide then takes the first
picture between its heading and the next one."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers.common import ImportFailed, ImportResult, slide_heading
from slidewright.importers.htmlchrome import dropped_chrome, in_chrome
from slidewright.importers.htmlimages import image_source
from slidewright.importers.htmltree import MAX_DEPTH, Element
from slidewright.importers.localimages import LocalImages
from slidewright.importers.note_text import nesting_too_deep
from slidewright.model import Slide

DEEP = nesting_too_deep(MAX_DEPTH)
_LINES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dd", "dt", "blockquote"}


def by_shape(body: Element, source: Path, local: LocalImages, flattened: bool) -> ImportResult:
    """A page whose slides are not marked as headings (``<p><strong>1. The Quay</strong></p>``):
    its paragraphs are read by their shape, as pasted text is. A page nested deeper than
    MAX_DEPTH lost the tags down there (its headings among them): the summary or the error
    says so, rather than that the page has none."""
    from slidewright.importers.text import parse_text

    entries = [  # the page's lines and pictures, in order
        e for e in body.iter() if (e.tag == "img" or _is_line(e)) and not in_chrome(e)
    ]
    lines = [e.text() for e in entries if e.tag != "img"]
    try:
        result = parse_text("\n\n".join(line for line in lines if line), str(source))
    except ImportFailed:
        deep = f"; {DEEP}" if flattened else ""
        raise ImportFailed(
            f"{source}: no slide headings (<h2> or <h3>) found{deep}; nothing to import"
        ) from None
    _pictures(result.article.slides, entries, local)
    result.images, result.refused = local.images, [*result.refused, *local.refused]
    result.guessed.insert(0, "no <h2> or <h3> slide headings: the page's paragraphs read by shape")
    result.dropped = [*dropped_chrome(body), *result.dropped, *local.dropped]
    if flattened:
        result.dropped.append(DEEP)
    return result


def _is_line(element: Element) -> bool:
    return element.tag in _LINES and not any(
        isinstance(c, Element) and c.tag in _LINES for c in element.children
    )


def _pictures(slides: list[Slide], entries: list[Element], local: LocalImages) -> None:
    """Each slide's picture: the first ``<img>`` after the line its heading was read from and
    before the next slide's (the text reader sees only words, so the pictures were lost). When
    a heading's line cannot be found again, no slide gets one rather than the wrong one."""
    starts: list[int] = []
    at = 0
    for slide in slides:
        while at < len(entries) and (
            entries[at].tag == "img" or slide_heading(entries[at].text()) != slide.heading
        ):
            at += 1
        if at == len(entries):
            return
        starts.append(at)
        at += 1
    for slide, start, end in zip(slides, starts, [*starts[1:], len(entries)], strict=True):
        picture = next((e for e in entries[start:end] if e.tag == "img"), None)
        if picture is not None and not slide.image:
            slide.image = local.add(image_source(picture, local.on_disk), slide.heading)
            slide.alt = slide.alt or picture.attrs.get("alt", "").strip()
