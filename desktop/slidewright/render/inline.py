"""Inline Markdown: a caption's emphasis, strong emphasis and links, and nothing else.

A slide's caption and a read-more link's caption sit inside a ``<figcaption>`` or a list item, so
they take only what fits in a line of text: ``*italic*``, ``**bold**``, ``[words](address)``,
`` `code` `` and ``~~struck~~``. Block syntax (``# ``, ``- ``, ``> ``) is never read as a block,
raw HTML is shown as the characters typed, and a picture (``![alt](src)``) shows its alt text.
The result passes the same kind of sanitiser as a body, with inline tags only, so an address
the body would refuse (``javascript:``) is refused here too.

Every place that needs a caption as words rather than markup (JSON-LD, a picture's embedded
description, the WordPress media caption, the credit checker, search and spelling) takes
:func:`inline_text`: the words a reader sees, a link's words without its address.

CommonMark's rules keep old plain captions as they were in the common cases: an underscore
inside a word (``Photo_2024_final``) never emphasises; a lone ``*`` or ``_`` stays itself. A
pair of asterisks around a word (``2*3*4``) now emphasises; ``\\*`` writes one literally."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is imported on first use: the window's first paint needs none
    import nh3
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

INLINE_TAGS = {"strong", "em", "a", "code", "s", "del", "br"}
INLINE_ATTRIBUTES = {"a": {"href", "title"}}
MAX_INLINE_CHARS = 5_000  # longer than any caption; beyond it the text is shown as typed


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable(["strikethrough"])


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    import nh3

    from slidewright.render.markdown import URL_SCHEMES

    return nh3.Cleaner(
        tags=INLINE_TAGS,
        attributes=INLINE_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _tokens(text: str) -> list[Token]:
    """The inline tokens of ``text``, a picture replaced by its alt text (a caption holds no
    picture of its own; the figure's picture is the slide's)."""
    from markdown_it.token import Token

    parsed = _parser().parseInline(text.strip())
    children = parsed[0].children if parsed and parsed[0].children else []
    out: list[Token] = []
    for token in children:
        if token.type == "image":
            out.append(Token("text", "", 0, content=token.content))
        else:
            out.append(token)
    return out


def inline_html(text: str) -> str:
    """``text`` (inline Markdown) as sanitised inline HTML; "" for an empty text."""
    if not text.strip():
        return ""
    if len(text) > MAX_INLINE_CHARS or text.count("[") > 200:
        return html.escape(text.strip(), quote=False)
    from markdown_it.renderer import RendererHTML

    md = _parser()
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)  # the parser's own, which renders inline tokens
    rendered = renderer.renderInline(_tokens(text), md.options, {})
    return str(_cleaner().clean(rendered))


def inline_text(text: str) -> str:
    """The words a reader sees in ``text`` (inline Markdown): emphasis marks and link addresses
    gone, escapes resolved, line breaks as spaces."""
    if not text.strip():
        return ""
    if len(text) > MAX_INLINE_CHARS or text.count("[") > 200:
        return text.strip()
    parts = []
    for token in _tokens(text):
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()


_SPECIAL = re.compile(r"[\\*`\[\]<~]|(?<!\w)_|_(?!\w)")


def inline_escape(text: str) -> str:
    """Plain ``text`` (a credit's words moved into a caption, a disclosure sentence) written so
    that inline Markdown shows it as it is: its asterisks, brackets and backquotes escaped, an
    underscore only where it could start or end emphasis (``file_name`` stays as typed)."""
    return _SPECIAL.sub(lambda found: "\\" + found[0], text)
