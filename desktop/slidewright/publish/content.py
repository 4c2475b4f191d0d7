"""Article -> the post's block-editor content, matching what the preview shows.

Per slide: the heading (numbered, as in the preview), an image block whose caption holds the
slide's caption and its credit with the article's label, then the body paragraphs. The intro
comes first, the read-more links last. Body Markdown goes through the same sanitising renderer as
the preview and every export, so WordPress gets exactly what the writer saw.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from slidewright.model import Article, Slide
from slidewright.publish.blocks import PAGE_BREAK, block, html_blocks
from slidewright.render.markdown import make_cleaner, markdown_to_html
from slidewright.render.views import DETAIL_FIELDS, credit_line
from slidewright.urls import is_local, safe_url


def body_images(article: Article) -> list[str]:
    """Local images written inside the intro and slide bodies (``![..](images/x.jpg)``), as the
    renderer finds them (so exactly those the preview shows), each once, in order."""
    found: dict[str, None] = {}

    def collect(src: str) -> str | None:
        if is_local(src):
            found.setdefault(src, None)
        return None

    cleaner = make_cleaner(collect)
    for text in (article.intro, *(slide.body for slide in article.slides)):
        if "![" in text or "<img" in text.lower():
            markdown_to_html(text, cleaner)
    return list(found)


@dataclass(frozen=True)
class Uploaded:
    """An image as it is on the site: its media id and address."""

    id: int
    url: str


def _esc(text: str) -> str:
    """Text for an attribute value (quotes escaped too)."""
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    """Text for element content: ``&``, ``<`` and ``>`` escaped, apostrophes left as typed."""
    return html.escape(text, quote=False)


class ContentBuilder:
    """Builds the content for one article, given the media its local images became."""

    def __init__(self, article: Article, media: Mapping[str, Uploaded]) -> None:
        self.article = article
        self.media = media
        self.cleaner = make_cleaner(self.image_url)

    def image_url(self, path: str) -> str | None:
        """An uploaded image's address on the site; a remote one as written; None (dropped)
        for anything else."""
        if is_local(path):
            uploaded = self.media.get(path)
            return uploaded.url if uploaded else None
        return safe_url(path) or None

    def markdown(self, text: str) -> list[str]:
        return html_blocks(markdown_to_html(text, self.cleaner))

    def figcaption(self, slide: Slide) -> str:
        """Caption, then the credit with its label and licence: the preview's figcaption."""
        parts = []
        if slide.caption:
            parts.append(f'<span class="sw-caption">{_text(slide.caption)}</span>')
        credit = credit_line(self.article.credit_label, slide.credit)
        if credit:
            text = _text(credit)
            if slide.license:
                licence = _text(slide.license)
                if url := safe_url(slide.license_url):
                    licence = (
                        f'<a href="{_esc(url)}" rel="license noopener noreferrer">{licence}</a>'
                    )
                if url := safe_url(slide.source_url):
                    licence += f', <a href="{_esc(url)}" rel="noopener noreferrer">source</a>'
                text += f" ({licence})"
            parts.append(f'<span class="sw-credit">{text}</span>')
        return " ".join(parts)

    def image_block(self, slide: Slide) -> str | None:
        url = self.image_url(slide.image) if slide.image else None
        if not url:
            return None
        uploaded = self.media.get(slide.image)
        attrs: dict[str, object] = {"sizeSlug": "full", "linkDestination": "none"}
        img_class = ""
        if uploaded:
            attrs = {"id": uploaded.id, **attrs}
            img_class = f' class="wp-image-{uploaded.id}"'
        caption = self.figcaption(slide)
        figcaption = (
            f'<figcaption class="wp-element-caption">{caption}</figcaption>' if caption else ""
        )
        figure = (
            f'<figure class="wp-block-image size-full"><img src="{_esc(url)}" '
            f'alt="{_esc(slide.alt)}"{img_class}/>{figcaption}</figure>'
        )
        return block("image", figure, attrs)

    def slide_blocks(self, index: int, slide: Slide) -> list[str]:
        blocks = [block("heading", f"<h2>{index + 1}. {_text(slide.heading)}</h2>")]
        image = self.image_block(slide)
        if image:
            blocks.append(image)
        details = [
            f"<dt>{_text(spec.plain_label)}</dt><dd>{_text(str(value))}</dd>"
            for spec in DETAIL_FIELDS
            if (value := getattr(slide, spec.name))
        ]
        if details:  # fields the page lists under the figure, as the preview does
            blocks.append(block("html", f'<dl class="sw-details">{"".join(details)}</dl>'))
        blocks.extend(self.markdown(slide.body))
        return blocks

    def read_more_blocks(self) -> list[str]:
        read_more = self.article.read_more
        if read_more is None or not (read_more.heading or read_more.items):
            return []
        blocks = []
        if read_more.heading:
            blocks.append(block("heading", f"<h2>{_text(read_more.heading)}</h2>"))
        items = []
        for item in read_more.items:
            parts = []
            if item.image and (src := self.image_url(item.image)):
                parts.append(f'<img src="{_esc(src)}" alt=""/>')
            if url := safe_url(item.url):
                parts.append(f'<a href="{_esc(url)}">{_text(item.title or item.url)}</a>')
            else:
                parts.append(_text(item.title))
            if credit := credit_line(self.article.credit_label, item.credit):
                parts.append(f'<small class="sw-credit">{_text(credit)}</small>')
            items.append(f"<li>{' '.join(parts)}</li>")
        if items:
            blocks.append(
                block("list", f"<ul>{''.join(items)}</ul>", {"className": "sw-read-more"})
            )
        return blocks

    def build(self, byline: str = "", paged: bool = False) -> str:
        """The whole content; ``byline`` (the article's author, when they are not the post's
        WordPress author) opens it; ``paged`` puts each slide on a page of its own."""
        first: list[str] = []
        if byline:
            first.append(
                block(
                    "paragraph",
                    f'<p class="sw-byline">By {_text(byline)}</p>',
                    {"className": "sw-byline"},
                )
            )
        first.extend(self.markdown(self.article.intro))
        pages = [self.slide_blocks(i, slide) for i, slide in enumerate(self.article.slides)]
        if not pages:
            pages = [[]]
        pages[0] = first + pages[0]
        pages[-1] = pages[-1] + self.read_more_blocks()
        if paged:
            return f"\n\n{PAGE_BREAK}\n\n".join("\n\n".join(page) for page in pages)
        return "\n\n".join(b for page in pages for b in page)
