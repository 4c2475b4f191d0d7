"""Markdown (CommonMark) to sanitised HTML: the only way article text becomes markup."""

from __future__ import annotations

from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "s",
    "del",
    "sub",
    "sup",
    "code",
    "pre",
    "kbd",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto"}

# Slide headings are <h2>; headings written inside a body start two levels lower.
_HEADING_SHIFT = 2

ImageResolver = Callable[[str], str | None]

_md = MarkdownIt("commonmark", {"html": True, "typographer": False}).enable(
    ["table", "strikethrough"]
)


def _to_html(text: str) -> str:
    tokens = _md.parse(text)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(6, int(token.tag[1]) + _HEADING_SHIFT)
            token.tag = f"h{level}"
    return _md.renderer.render(tokens, _md.options, {})


def make_cleaner(resolve_image: ImageResolver | None = None) -> nh3.Cleaner:
    """A sanitiser that strips everything that could run, load or escape the slide: scripts,
    handlers, iframes, styles, ``javascript:`` URLs. Image sources pass through ``resolve_image``
    (None drops them). Build one per render and reuse it: construction is the costly part."""

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and resolve_image is not None:
            return resolve_image(value)
        return value

    return nh3.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        attribute_filter=attribute_filter,
        strip_comments=True,
    )


_DEFAULT_CLEANER = make_cleaner()


def markdown_to_html(text: str, cleaner: nh3.Cleaner | None = None) -> str:
    """Render Markdown ``text`` to safe HTML."""
    if not text.strip():
        return ""
    return (cleaner or _DEFAULT_CLEANER).clean(_to_html(text))
