"""Article -> the plain values the templates show (credit lines, resolved images, body HTML)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from slidewright.model import SLIDE_FIELDS, Article, ReadMore, ReadMoreItem, Slide
from slidewright.render.context import ImageRef, RenderContext
from slidewright.render.inline import inline_html
from slidewright.render.markdown import markdown_to_html
from slidewright.render.messages import messages_for, page_language
from slidewright.urls import safe_url


def credit_line(label: str, credit: str) -> str:
    """'Credit: Depositphotos' — the label is the article's house style, the text the slide's."""
    credit = credit.strip()
    if not credit:
        return ""
    label = label.strip().rstrip(":")
    return f"{label}: {credit}" if label else credit


def credit_markup(label: str, credit: str) -> Markup:
    """The credit line as HTML: the label, then the credit isolated in a ``<bdi>`` so that a
    Latin name keeps its order inside an Arabic or Hebrew page (and the other way round)."""
    credit = credit.strip()
    if not credit:
        return Markup("")
    label = label.strip().rstrip(":")
    if label:
        return Markup("{}: <bdi>{}</bdi>").format(label, credit)
    return Markup("<bdi>{}</bdi>").format(credit)


# Fields the catalogue places nowhere in particular: listed under the figure with their label.
DETAIL_FIELDS = tuple(spec for spec in SLIDE_FIELDS if spec.placement == "detail")


@dataclass
class SlideView:
    index: int
    number: int
    heading: str
    image: ImageRef
    alt: str
    caption: Markup  # inline Markdown rendered (render/inline.py)
    credit: str
    license: str
    license_url: str
    source_url: str
    body: Markup
    details: list[tuple[str, str]]  # (label, text) of the catalogue's "detail" fields that are set
    eager: bool = False  # the page's first picture: loaded at once, with high priority
    credit_html: Markup = Markup("")  # the credit line with the credit isolated (<bdi>)


@dataclass
class ReadMoreItemView:
    title: str
    url: str
    image: ImageRef
    credit: str
    caption: Markup = Markup("")  # inline Markdown rendered
    credit_html: Markup = Markup("")


@dataclass
class ReadMoreView:
    heading: str
    items: list[ReadMoreItemView]


def _label(article: Article) -> str:
    """The article's credit label; the app's default "Credit" in the page's own language."""
    return messages_for(page_language(article)).credit_label(article.credit_label)


def slide_view(article: Article, index: int, slide: Slide, ctx: RenderContext) -> SlideView:
    label = _label(article)
    return SlideView(
        index=index,
        number=index + 1,
        heading=slide.heading,
        image=ctx.image(slide.image) if slide.image else ImageRef(None),
        alt=slide.alt,
        caption=Markup(inline_html(slide.caption)),
        credit=credit_line(label, slide.credit),
        credit_html=credit_markup(label, slide.credit),
        license=slide.license,
        license_url=safe_url(slide.license_url),
        source_url=safe_url(slide.source_url),
        body=Markup(markdown_to_html(slide.body, ctx.cleaner)),
        details=[
            (spec.plain_label, safe_url(value) if spec.kind == "url" else str(value))
            for spec in DETAIL_FIELDS
            if (value := getattr(slide, spec.name))
        ],
        eager=index == 0,
    )


def item_caption(item: ReadMoreItem) -> str:
    """The read-more item's caption as written (inline Markdown; kept in the item's extra keys)."""
    value = getattr(item, "caption", None)
    if value is None:
        value = item.extra.get("caption")
    return value.strip() if isinstance(value, str) else ""


def read_more_view(
    article: Article, read_more: ReadMore | None, ctx: RenderContext
) -> ReadMoreView | None:
    if read_more is None or not (read_more.heading or read_more.items):
        return None
    label = _label(article)
    items = [
        ReadMoreItemView(
            title=item.title,
            url=safe_url(item.url),
            image=ctx.image(item.image) if item.image else ImageRef(None),
            credit=credit_line(label, item.credit),
            credit_html=credit_markup(label, item.credit),
            caption=Markup(inline_html(item_caption(item))),
        )
        for item in read_more.items
    ]
    return ReadMoreView(heading=read_more.heading, items=items)


def intro_html(article: Article, ctx: RenderContext) -> Markup:
    return Markup(markdown_to_html(article.intro, ctx.cleaner))
