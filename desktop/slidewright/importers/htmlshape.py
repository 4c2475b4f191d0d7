"""A saved page whose slides are not marked as headings (``<p><strong>1. The Quay</strong></p>``):
its paragraphs are read by their shape, as pasted text is, and each slide then takes the first
picture between its heading and the next one."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers.common import ImportFailed, ImportResult
from slidewright.importers.htmlchrome import dropped_chrome, in_chrome
from slidewright.importers.htmltree import MAX_DEPTH, Element
from slidewright.importers.localimages import LocalImages

DEEP = f"HTML nesting below {MAX_DEPTH} levels (those tags were read as plain text)"
_LINES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dd", "dt", "blockquote"}


def by_shape(body: Element, source: Path, local: LocalImages, flattened: bool) -> ImportResult:
    """A page whose slides are not marked as headings (``<p><strong>1. The Quay</strong></p>``):
    its paragraphs are read by their shape, as pasted text is. A page nested deeper than
    MAX_DEPTH lost the tags down there (its headings among them): the summary or the error
    says so, rather than that the page has none."""
    from slidewright.importers.text import parse_text

    lines = [
        e.text()
        for e in body.iter()
        if e.tag in _LINES
        and not in_chrome(e)
        and not any(isinstance(c, Element) and c.tag in _LINES for c in e.children)
    ]
    try:
        result = parse_text("\n\n".join(line for line in lines if line), str(source))
    except ImportFailed:
        deep = f"; {DEEP}" if flattened else ""
        raise ImportFailed(
            f"{source}: no slide headings (<h2> or <h3>) found{deep}; nothing to import"
        ) from None
    result.guessed.insert(0, "no <h2> or <h3> slide headings: the page's paragraphs read by shape")
    result.dropped = [*dropped_chrome(body), *result.dropped, *local.dropped]
    if flattened:
        result.dropped.append(DEEP)
    return result
