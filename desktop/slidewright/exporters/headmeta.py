"""The <head> of a published page: canonical address, Open Graph, Twitter card, article tags
and JSON-LD, from the article and where its images are published. One builder for the HTML
exports and the Hugo and Jekyll pages, so every output says the same about itself."""

from __future__ import annotations

from slidewright.exporters.jsonld import news_article
from slidewright.exporters.published import (
    PublishedImage,
    article_field,
    iso_moment,
    language,
)
from slidewright.model import Article, Slide
from slidewright.render.pagemeta import PageImage, PageMeta


def page_meta(
    article: Article,
    page_url: str,
    images: list[tuple[Slide, PublishedImage, str]],
) -> PageMeta:
    """What the page at ``page_url`` says about itself; ``images`` as for the JSON-LD."""
    lead = next(((slide, image) for slide, image, _ in images if image.url), None)
    card = (
        PageImage(lead[1].url, lead[0].alt.strip(), lead[1].width, lead[1].height) if lead else None
    )
    published = iso_moment(article.date)
    modified = iso_moment(article_field(article, "modified") or article_field(article, "updated"))
    return PageMeta(
        canonical=page_url,
        image=card,
        published=published,
        modified=modified or published,
        author=article.author,
        section=article.category,
        tags=tuple(article.tags),
        site_name=article_field(article, "publisher"),
        locale=language(article).replace("-", "_"),
        json_ld=news_article(article, page_url, images),
    )
