"""Markdown (CommonMark) to sanitised HTML: the only way article text becomes markup."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt

from slidewright.urls import without_passwords, without_userinfo

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
    html: str = _md.renderer.render(tokens, _md.options, {})
    return html


def make_cleaner(resolve_image: ImageResolver | None = None) -> nh3.Cleaner:
    """A sanitiser that strips everything that could run, load or escape the slide: scripts,
    handlers, iframes, styles, ``javascript:`` URLs. Image sources pass through ``resolve_image``
    (None drops them). Build one per render and reuse it: construction is the costly part."""

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and resolve_image is not None:
            return resolve_image(value)
        if attribute in ("href", "src"):
            return without_userinfo(value)  # a link's password is never published
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


# Bounds on one text (a slide body, the intro) so that rendering it takes bounded time: the
# sanitiser's HTML parser does work proportional to the nesting for every tag (100k nested <div>s
# took 40 s), so deeper HTML than any writer types is shown as a notice instead.
MAX_TEXT_CHARS = 50_000
MAX_HTML_DEPTH = 200
# The Markdown parser itself is quadratic in two places: each "[" scans ahead for its "]" (45k of
# them took 2.8 s), and each line re-checks every open quote level (">" nested past its limit of
# 20 took 1.8 s). Texts beyond these are a notice too; no writer's slide comes close.
MAX_BRACKETS = 2_000
MAX_QUOTE_DEPTH = 20
_DEEP_QUOTE = re.compile(rf"^(?:[ \t]*>){{{MAX_QUOTE_DEPTH + 1}}}", re.MULTILINE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)


def html_depth(markup: str) -> int:
    """The deepest nesting of tags in ``markup``, counting tags never closed as open (one linear
    pass; an estimate on the high side, which is the safe side)."""
    depth = deepest = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.groups()
        if name.lower() in VOID_TAGS or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _notice(message: str, text: str) -> str:
    """What is shown instead of a text too large or too deep to render: the reason, and the
    start of the text as plain characters (escaped here, so it needs no sanitising)."""
    excerpt = html.escape(text[:2_000])
    return (
        f'<p class="sw-notice"><strong>{html.escape(message)}</strong></p>\n'
        f"<pre><code>{excerpt}{'…' if len(text) > 2_000 else ''}</code></pre>\n"
    )


def markdown_to_html(text: str, cleaner: nh3.Cleaner | None = None) -> str:
    """Render Markdown ``text`` to safe HTML, in bounded time: text longer than
    :data:`MAX_TEXT_CHARS` or HTML nested deeper than :data:`MAX_HTML_DEPTH` is replaced by a
    visible notice saying so. An address's user name and password are taken out of the words
    too (a bare ``<https://jo:pw@host>`` shows its address as its words), not only out of links."""
    if not text.strip():
        return ""
    text = without_passwords(text)
    if len(text) > MAX_TEXT_CHARS:
        return _notice(
            f"This text is {len(text):,} characters long; Slidewright shows texts of up to "
            f"{MAX_TEXT_CHARS:,} characters. Split it over several slides.",
            text,
        )
    if text.count("[") > MAX_BRACKETS:
        return _notice(
            f"This text has more than {MAX_BRACKETS:,} [ brackets, more than Slidewright renders "
            "in one text. Split it over several slides.",
            text,
        )
    if _DEEP_QUOTE.search(text):
        return _notice(
            f"This text nests quotes (>) more than {MAX_QUOTE_DEPTH} deep, too deep to show.", text
        )
    markup = _to_html(text)
    if html_depth(markup) > MAX_HTML_DEPTH:
        return _notice(
            f"This text's HTML is nested more than {MAX_HTML_DEPTH} tags deep, too deep to show; "
            "simplify its HTML.",
            text,
        )
    return drop_sourceless_images((cleaner or _DEFAULT_CLEANER).clean(markup))


# In the sanitiser's output every attribute is name="value" with " < > & escaped, so a tag is
# exactly this and a usable source is a non-empty src="...".
_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\ssrc="[^"]+"')


def drop_sourceless_images(cleaned: str) -> str:
    """``cleaned`` (sanitiser output) without the ``<img>`` tags left with no usable ``src``: one
    whose address was refused (``javascript:``, a file outside the article) or never given. An
    ``<img>`` without ``src`` is invalid HTML (the Nu checker rejects the page) and shows
    nothing but a broken-image box."""
    if "<img" not in cleaned:
        return cleaned
    return _IMG.sub(lambda tag: tag[0] if _SRC.search(tag[0]) else "", cleaned)
