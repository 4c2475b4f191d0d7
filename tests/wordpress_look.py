"""The post content WordPress receives, laid out as a page the one-look readers (looks.py) read:
each slide's blocks in a ``section.sw-slide`` (its body blocks in a ``div.sw-body``), the
read-more heading (the only other <h2>: bodies' headings start at <h3>) and list in a footer.
Only the grouping is added; every element inside is the post's."""

from __future__ import annotations

import re

from slidewright.model import Article
from slidewright.publish.content import ContentBuilder, Uploaded, body_images

BLOCK = re.compile(r"<!-- wp:(\w+)(?: (\{.*?\}))? -->\n(.*?)\n<!-- /wp:\1 -->", re.S)


def post_content(article: Article) -> str:
    """What the publisher sends for ``article``, every local image as if uploaded."""
    local = [s.image for s in article.slides if s.image and not s.image.startswith("http")]
    if article.read_more is not None:
        local += [i.image for i in article.read_more.items if i.image]
    local += body_images(article)
    media = {path: Uploaded(n + 1, f"https://site.example/media/{n + 1}") for n, path in
             enumerate(dict.fromkeys(local))}  # fmt: skip
    return ContentBuilder(article, media).build()


def post_as_page(content: str) -> str:
    slides: list[tuple[list[str], list[str]]] = []  # (heading, figure, details) and body blocks
    footer: list[str] = []
    for match in BLOCK.finditer(content):
        name, inner = match.group(1), match.group(3)
        if name == "heading" and 'class="sw-heading"' in inner:
            slides.append(([inner], []))
        elif not slides:
            continue  # the byline and the intro
        elif footer or "sw-read-more" in (match.group(2) or "") or inner.startswith("<h2"):
            footer.append(inner)
        elif name == "image" or inner.startswith(("<figure", '<dl class="sw-details"')):
            slides[-1][0].append(inner)
        else:
            slides[-1][1].append(inner)
    sections = "".join(
        f'<section class="sw-slide">{"".join(top)}<div class="sw-body">{chr(10).join(body)}</div>'
        "</section>"
        for top, body in slides
    )
    return f'<html><body><div id="sw-slides">{sections}</div><footer>{"".join(footer)}</footer>'
