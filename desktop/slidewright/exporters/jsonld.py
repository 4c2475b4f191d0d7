"""JSON-LD for a published article: a schema.org ``NewsArticle`` with one ``ImageObject`` per
slide image, carrying the image's credit and licence the way Google's image licence metadata
and news crawlers read them (license and acquireLicensePage as URLs, creditText,
copyrightNotice)."""

from __future__ import annotations

from typing import Any

from slidewright.exporters.picturepolicy import copyright_notice
from slidewright.exporters.published import (
    PublishedImage,
    article_field,
    iso_moment,
    language,
)
from slidewright.model import Article, Slide
from slidewright.render.inline import inline_text
from slidewright.urls import safe_url


def _absolute(url: str) -> str:
    """A licence or source link only when it is an absolute http(s) address."""
    url = safe_url(url)
    return url if url.startswith(("http://", "https://")) else ""


def image_object(slide: Slide, image: PublishedImage, rights: str = "") -> dict[str, Any]:
    """One slide image as a schema.org ImageObject."""
    data: dict[str, Any] = {"@type": "ImageObject"}
    if image.url:
        data["contentUrl"] = image.url
        data["url"] = image.url
    if image.width:
        data["width"] = image.width
        data["height"] = image.height
    if caption := (inline_text(slide.caption) or slide.heading.strip()):
        data["caption"] = caption
    if slide.alt.strip():
        data["description"] = slide.alt.strip()
    if slide.credit.strip():
        data["creditText"] = slide.credit.strip()
    if slide.creator.strip():  # a person; the credit line ("Name/Agency") is creditText
        data["creator"] = {"@type": "Person", "name": slide.creator.strip()}
    if notice := copyright_notice(slide, rights):
        data["copyrightNotice"] = notice
    if licence := _absolute(slide.license_url):
        data["license"] = licence
    if page := (_absolute(slide.source_url) or _absolute(slide.license_url)):
        data["acquireLicensePage"] = page
    return data


def news_article(
    article: Article,
    page_url: str,
    images: list[tuple[Slide, PublishedImage, str]],
) -> dict[str, Any]:
    """The article's JSON-LD. ``images``: each slide with an image, where it is published and
    the original file's copyright notice ("" when it has none)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": language(article),
    }
    if page_url:
        data["url"] = page_url
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": page_url}
    if article.description:
        data["description"] = article.description
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
        if url := _absolute(article_field(article, "author_url")):
            data["author"]["url"] = url
    if publisher := article_field(article, "publisher"):
        org: dict[str, Any] = {"@type": "Organization", "name": publisher}
        if logo := _absolute(article_field(article, "publisher_logo")):
            org["logo"] = {"@type": "ImageObject", "url": logo}
        data["publisher"] = org
    if published := iso_moment(article.date):
        data["datePublished"] = published
        modified = iso_moment(
            article_field(article, "modified") or article_field(article, "updated")
        )
        data["dateModified"] = modified or published
    if article.category:
        data["articleSection"] = article.category
    keywords = list(dict.fromkeys([*article.categories, *article.tags]))
    if keywords:
        data["keywords"] = keywords
    if images:
        data["image"] = [image_object(slide, image, rights) for slide, image, rights in images]
    return data
