"""Rules about the article's own words as the file holds them: a language the page can name,
texts no newsroom system would take, and no password in an address. Registered in
credits/registry.py.

Each is about values that load without error yet do not do what the writer meant: ``lang:
english`` gives the page ``lang="en"`` without a word, a headline of five million characters is
written into the page several times over (title, heading, sharing cards, structured data), and
``https://name:password@host/`` publishes the password.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.findings import Hit
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import ARTICLE_FIELDS, SLIDE_TEXT_FIELDS, Slide
from slidewright.render.messages import FALLBACK, is_language_tag
from slidewright.urls import USERINFO

# The longest texts the systems an article goes to accept. IPTC's Information Interchange Model
# (the picture metadata every newsroom system reads and writes) holds a headline in 256 bytes
# (2:105) and a caption in 2,000 (2:120); a slide's heading is a headline of its own. In
# characters, so that a heading in Greek or Hindi is held to the same length as one in English.
HEADLINE_MAX = 256
HEADING_MAX = 256
CAPTION_MAX = 2000


def language_not_a_tag(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    """``lang:`` holds something that is not a language tag (``english``, ``xx-!!``, ``"42"``):
    the page would silently say English."""
    lang = ctx.article.lang.strip()
    if lang and not is_language_tag(lang):
        message = QT_TRANSLATE_NOOP(
            "RulesText",
            "lang: {value} is not a language tag, so the page says {fallback}: write a BCP 47 "
            "tag such as fr or pt-BR",
        )
        yield Hit("lang", message.format(value=_quoted(lang), fallback=FALLBACK))


def title_too_long(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    length = len(ctx.article.title.strip())
    if length > HEADLINE_MAX:
        message = QT_TRANSLATE_NOOP(
            "RulesText",
            "The headline is {length} characters: newsroom systems take at most {limit} (the "
            "IPTC headline field); shorten it",
        )
        yield Hit("title", message.format(length=length, limit=HEADLINE_MAX))


def slide_text_too_long(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    length = len(slide.heading.strip())
    if length > HEADING_MAX:
        message = QT_TRANSLATE_NOOP(
            "RulesText",
            "The heading is {length} characters: a heading is a headline, and newsroom systems "
            "take at most {limit}; shorten it or move the rest into the text",
        )
        yield Hit("heading", message.format(length=length, limit=HEADING_MAX))
    length = len(slide.caption.strip())
    if length > CAPTION_MAX:
        message = QT_TRANSLATE_NOOP(
            "RulesText",
            "The caption is {length} characters: a picture's caption holds at most {limit} "
            "(the IPTC caption field); shorten it or move the rest into the text",
        )
        yield Hit("caption", message.format(length=length, limit=CAPTION_MAX))


def with_userinfo(text: str) -> str:
    """The first address in ``text`` that carries a user name, with "…" for it and the password
    (the name may be a token: ``https://ghp_…@github.com``); ""."""
    found = USERINFO.search(text)
    if found is None:
        return ""
    after = text[found.end() :].split()
    return _cut(f"{found.group(1)}…@{after[0] if after else ''}", 60)


_CREDENTIALS = QT_TRANSLATE_NOOP(
    "RulesText",
    "{field} holds an address with a user name or password in it ({address}): the page would "
    "publish it; remove the part before @ (and change the password if it was real)",
)


def slide_credentials(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    for name in SLIDE_TEXT_FIELDS:
        address = with_userinfo(getattr(slide, name))
        if address:
            yield Hit(name, _CREDENTIALS.format(field=name, address=address))


def article_credentials(ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Hit]:
    article = ctx.article
    texts = [(spec.name, getattr(article, spec.name)) for spec in ARTICLE_FIELDS]
    if article.read_more is not None:
        for item in article.read_more.items:
            texts += [("read_more", item.title), ("read_more", item.url), ("read_more", item.image)]
    for name, text in texts:
        address = with_userinfo(text) if isinstance(text, str) else ""
        if address:
            yield Hit(name, _CREDENTIALS.format(field=name, address=address))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quoted(value: str, limit: int = 40) -> str:
    """``value`` in quotes, cut to ``limit`` characters: a message never carries a whole file."""
    shown = _cut(value, limit)
    return '"' + shown.replace("\n", "\\n") + '"'
