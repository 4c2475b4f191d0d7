"""A Media RSS feed with the article as one item and every slide as a media:content entry, the
shape syndication partners read slideshows from (media:title, media:text, media:credit)."""

from __future__ import annotations

import datetime
import email.utils
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from slidewright.fileformat.bundle import atomic_write
from slidewright.model import Article
from slidewright.render.markdown import markdown_to_html

MEDIA = "http://search.yahoo.com/mrss/"
ET.register_namespace("media", MEDIA)


def _url(base: str, path: str) -> str:
    return urljoin(base, path) if base else path


def _date(text: str) -> str | None:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return email.utils.format_datetime(moment)


def build_feed(article: Article, base_url: str = "") -> bytes:
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = article.title
    ET.SubElement(channel, "link").text = base_url or "./"
    ET.SubElement(channel, "description").text = article.description or article.title
    item = ET.SubElement(channel, "item")
    ET.SubElement(item, "title").text = article.title
    ET.SubElement(item, "link").text = base_url or "./"
    ET.SubElement(item, "description").text = markdown_to_html(article.intro) or article.description
    for category in article.categories:
        ET.SubElement(item, "category").text = category
    if article.author:
        ET.SubElement(item, "author").text = article.author
    if article.date and (published := _date(article.date)):
        ET.SubElement(item, "pubDate").text = published
    group = ET.SubElement(item, f"{{{MEDIA}}}group")
    for slide in article.slides:
        if not slide.image:
            continue
        content = ET.SubElement(
            group, f"{{{MEDIA}}}content", {"url": _url(base_url, slide.image), "medium": "image"}
        )
        ET.SubElement(content, f"{{{MEDIA}}}title").text = slide.heading
        if slide.alt:
            ET.SubElement(content, f"{{{MEDIA}}}text").text = slide.alt
        if slide.credit:
            credit = ET.SubElement(
                content, f"{{{MEDIA}}}credit", {"role": "photographer", "scheme": "urn:ebu"}
            )
            credit.text = slide.credit
        if slide.license_url or slide.license:
            ET.SubElement(
                content,
                f"{{{MEDIA}}}license",
                {"href": slide.license_url} if slide.license_url else {},
            ).text = slide.license or None
        description = ET.SubElement(content, f"{{{MEDIA}}}description", {"type": "html"})
        description.text = markdown_to_html(slide.body)
    ET.indent(rss)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="utf-8") + b"\n"


def export_rss(
    article: Article, bundle: Path, output: Path, mode: str = "article", base_url: str = ""
) -> Path:
    atomic_write(output, build_feed(article, base_url))
    return output
