"""Article -> the post's block-editor content, from the same templates as the preview and every
export (resources/templates: slide.html.j2, readmore.html.j2), so WordPress gets what the writer saw.

Each slide is rendered as the preview renders it, with the site's addresses for its images; the
pieces of its ``<section>`` become the editor's blocks: the heading a heading block, the figure
(picture, caption, credit, licence) an image block (or Custom HTML when there is no picture), the
details list Custom HTML, the body its paragraphs, lists and headings. Only the wrapping is
WordPress's: block comments and the classes its image block needs. The intro comes first, the
read-more links (readmore.html.j2) last.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from slidewright.model import Article
from slidewright.publish.blocks import PAGE_BREAK, block, html_blocks, split_top_level
from slidewright.render import RenderContext, render_read_more, render_slide
from slidewright.render.context import ImageRef
from slidewright.render.markdown import make_cleaner, markdown_to_html
from slidewright.render.messages import direction, messages_for, page_language
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


def _text(text: str) -> str:
    """Text for element content: ``&``, ``<`` and ``>`` escaped, apostrophes left as typed."""
    return html.escape(text, quote=False)


def _inner(outer: str) -> str:
    """The content of one element's outer HTML (the templates' own markup: one start tag)."""
    return outer[outer.index(">") + 1 : outer.rindex("</")]


def wordpress_isolates(html: str) -> str:
    """The page's ``<bdi>`` (a Latin credit inside an Arabic caption keeps its order) as
    ``<span dir="auto">``, the same isolate in the tags WordPress lets every author publish
    (its kses list has no bdi, and would drop the isolation for an author's post)."""
    return re.sub(r"<bdi(?=[\s>])", '<span dir="auto"', html).replace("</bdi>", "</span>")


class ContentBuilder:
    """Builds the content for one article, given the media its local images became."""

    def __init__(self, article: Article, media: Mapping[str, Uploaded]) -> None:
        self.article = article
        self.media = media
        self.cleaner = make_cleaner(self.image_url)
        # as an export renders, with the site's addresses for the images (no renditions: the
        # site makes its own sizes of what it is sent)
        self.context = RenderContext(target="export", image=lambda p: ImageRef(self.image_url(p)))
        self.direction = direction(page_language(article))

    def image_url(self, path: str) -> str | None:
        """An uploaded image's address on the site; a remote one as written; None (dropped)
        for anything else."""
        if is_local(path):
            uploaded = self.media.get(path)
            return uploaded.url if uploaded else None
        return safe_url(path) or None

    def markdown(self, text: str) -> list[str]:
        return html_blocks(markdown_to_html(text, self.cleaner), self.direction)

    def figure_block(self, figure: str, image: str) -> str:
        """The template's ``<figure>`` as an image block: WordPress's classes added to it, its
        ``<img>`` and its ``<figcaption>``; without a picture (a credit alone) Custom HTML."""
        if "<img" not in figure:
            return block("html", figure)
        uploaded = self.media.get(image)
        attrs: dict[str, object] = {"sizeSlug": "full", "linkDestination": "none"}
        if uploaded:
            attrs = {"id": uploaded.id, **attrs}
            figure = figure.replace("<img ", f'<img class="wp-image-{uploaded.id}" ', 1)
        figure = figure.replace('<figure class="sw-figure">', _WP_FIGURE, 1)
        figure = figure.replace("<figcaption>", '<figcaption class="wp-element-caption">', 1)
        return block("image", figure, {**attrs, "className": "sw-figure"})

    def slide_blocks(self, index: int) -> list[str]:
        section = wordpress_isolates(render_slide(self.article, index, self.context))
        blocks = []
        for tag, outer in split_top_level(_inner(section.strip())):
            if tag == "h2":
                blocks.append(block("heading", outer, {"className": "sw-heading"}))
            elif tag == "figure":
                blocks.append(self.figure_block(outer, self.article.slides[index].image))
            elif tag == "div":  # the body
                blocks.extend(html_blocks(_inner(outer), self.direction))
            else:  # the details list
                blocks.append(block("html", outer))
        return blocks

    def read_more_blocks(self) -> list[str]:
        footer = wordpress_isolates(render_read_more(self.article, self.context).strip())
        blocks = []
        for tag, outer in split_top_level(_inner(footer) if footer else ""):
            if tag == "h2":
                blocks.append(block("heading", outer))
            elif tag == "ul":
                listed = outer.replace("<ul>", '<ul class="sw-read-more">', 1)
                blocks.append(block("list", listed, {"className": "sw-read-more"}))
        return blocks

    def build(self, byline: str = "", paged: bool = False) -> str:
        """The whole content; ``byline`` (the article's author, when they are not the post's
        WordPress author) opens it; ``paged`` puts each slide on a page of its own."""
        first: list[str] = []
        if byline:  # "By …" in the article's language (render/messages.py)
            words = messages_for(page_language(self.article)).format("by_author", author=byline)
            first.append(
                block(
                    "paragraph",
                    f'<p class="sw-byline">{_text(words)}</p>',
                    {"className": "sw-byline"},
                )
            )
        first.extend(self.markdown(self.article.intro))
        pages = [self.slide_blocks(i) for i in range(len(self.article.slides))]
        if not pages:
            pages = [[]]
        pages[0] = first + pages[0]
        pages[-1] = pages[-1] + self.read_more_blocks()
        if paged:
            return f"\n\n{PAGE_BREAK}\n\n".join("\n\n".join(page) for page in pages)
        return "\n\n".join(b for page in pages for b in page)


_WP_FIGURE = '<figure class="wp-block-image size-full sw-figure">'
