"""A Media RSS feed with the article as one item and every slide as a media:content entry, the
shape syndication partners read slideshows from (media:title, media:text, media:credit)."""

from __future__ import annotations

import datetime
import email.utils
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from slidewright.exporters.options import ExportOptions
from slidewright.exporters.target import ExportTarget
from slidewright.model import Article
from slidewright.render.context import safe_url
from slidewright.render.markdown import markdown_to_html

MEDIA = "http://search.yahoo.com/mrss/"
ET.register_namespace("media", MEDIA)


# Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) and the C1
# controls it discourages: a feed holding one is rejected whole by a strict reader.
NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters a feed must not carry."""
    return NOT_XML.sub("", text)


def _scrub(root: ET.Element) -> None:
    """Every text, tail and attribute of the feed through ``xml_text``: article text is not
    trusted to be XML-clean, wherever it ends up."""
    for element in root.iter():
        if element.text:
            element.text = xml_text(element.text)
        if element.tail:
            element.tail = xml_text(element.tail)
        for name, value in element.attrib.items():
            element.set(name, xml_text(value))


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
    ET.SubElement(channel, "generator").text = "Slidewright"
    item = ET.SubElement(channel, "item")
    ET.SubElement(item, "title").text = article.title
    ET.SubElement(item, "link").text = base_url or "./"
    ET.SubElement(item, "description").text = (
        markdown_to_html(xml_text(article.intro)) or article.description
    )
    for category in article.categories:
        ET.SubElement(item, "category").text = category
    if article.author:
        ET.SubElement(item, "author").text = article.author
    if article.date and (published := _date(article.date)):
        ET.SubElement(item, "pubDate").text = published
    group = ET.SubElement(item, f"{{{MEDIA}}}group")
    for slide in article.slides:
        if not safe_url(slide.image):  # no image, or a javascript:/data: address
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
        license_url = safe_url(slide.license_url)
        if license_url or slide.license:
            ET.SubElement(
                content,
                f"{{{MEDIA}}}license",
                {"href": license_url} if license_url else {},
            ).text = slide.license or None
        description = ET.SubElement(content, f"{{{MEDIA}}}description", {"type": "html"})
        description.text = markdown_to_html(xml_text(slide.body))
    _scrub(rss)
    ET.indent(rss)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="utf-8") + b"\n"


def export_rss(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    return target.write_whole(build_feed(article, options.base_url))
