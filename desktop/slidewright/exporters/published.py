"""Where a published article and its images live, as absolute addresses.

Sharing cards, search engines and feed readers fetch what a page names from elsewhere, so a
relative ``images/x.jpg`` is no address at all to them. Every output resolves its links here,
against the page's own public address (``--base-url``), the same way."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from slidewright.model import Article
from slidewright.urls import is_remote, safe_url


@dataclass(frozen=True)
class PublishedImage:
    """One slide image as published: its absolute address ("" when it has none, e.g. inlined
    into a single file or exported without a base URL) and its pixel size."""

    url: str = ""
    width: int = 0
    height: int = 0
    mime: str = ""


def public_url(page_url: str, src: str) -> str:
    """``src`` (as a page refers to it) as an absolute address, or "" when it has none; never
    with a user name or password in it (safe_url)."""
    if not src or src.startswith("data:") or not safe_url(src):
        return ""
    src = safe_url(src)
    if src.startswith("//"):
        return "https:" + src
    if is_remote(src):
        return src
    return urljoin(page_url, src) if page_url else ""


def article_field(article: Article, name: str) -> str:
    """An article-level field the catalogue may add (publisher, modified…): read from the
    Article when it has it, from the article's kept front matter otherwise."""
    value: Any = getattr(article, name, None)
    if value is None:
        value = article.extra.get(name)
    return str(value).strip() if isinstance(value, str | int | float) else ""


def iso_moment(text: str) -> str:
    """An article date as ISO 8601 with a time zone (a bare day is midnight UTC), or ""."""
    text = text.strip()
    if not text:
        return ""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.isoformat()


def language(article: Article) -> str:
    """The article's language tag, as the page's ``<html lang>`` gives it."""
    from slidewright.render.messages import page_language

    return page_language(article)


def article_html(page: str) -> str:
    """The ``<article class="sw-article">`` element of a rendered page: what a site layout
    frames and a feed carries. (Sanitised bodies hold no <article>; the page's closes last.)"""
    start = page.index('<article class="sw-article"')
    end = page.rindex("</article>") + len("</article>")
    return page[start:end]
