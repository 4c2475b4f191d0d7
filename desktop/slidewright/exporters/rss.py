"""A Media RSS feed with the article as one item and every slide as a ``media:content`` of it,
the shape syndication partners read slideshows from, written to the Media RSS 1.5.1 spec:

- one ``media:content`` per slide image, directly in the item and in slide order (the spec keeps
  ``media:group`` for several renditions of *one* picture), with type, medium, width and height;
- in each: ``media:title`` (the heading), ``media:description`` (caption and body, as HTML),
  ``media:credit`` (EBU roles: the person "photographer", the agency "distributor"),
  ``media:copyright``, ``media:license`` and ``media:thumbnail`` (the 480 px rendition);
- the item has a ``guid`` (the page's address), ``dc:creator`` (RSS's ``author`` wants an
  e-mail address) and the whole article as ``content:encoded`` for readers without Media RSS;
  the channel an ``atom:link rel="self"``.

Every address is absolute, so a feed needs ``--base-url``; a slide without an image cannot be a
``media:content`` and is reported (strict: refused), never dropped without a word."""

from __future__ import annotations

import copy
import datetime
import email.utils
import mimetypes
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from slidewright.errors import SlidewrightError
from slidewright.exporters.feeditems import media_credits, thumbnail, without_controls
from slidewright.exporters.images import bundle_file, damage_problem
from slidewright.exporters.options import ExportOptions
from slidewright.exporters.picturepolicy import copyright_notice, original_rights
from slidewright.exporters.problems import where_in_article
from slidewright.exporters.published import article_html, language, public_url
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.imagesize import shown_size
from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.model import Article, Slide
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.inline import inline_html
from slidewright.render.markdown import markdown_to_html
from slidewright.urls import is_remote, safe_url, without_passwords

MEDIA = "http://search.yahoo.com/mrss/"
DC = "http://purl.org/dc/elements/1.1/"
ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
for prefix, uri in (("media", MEDIA), ("dc", DC), ("atom", ATOM), ("content", CONTENT)):
    ET.register_namespace(prefix, uri)


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


def _media(parent: ET.Element, name: str, attrs: dict[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, f"{{{MEDIA}}}{name}", attrs or {})


def slide_description(slide: Slide) -> str:
    """The slide's caption (inline Markdown, as the page shows it) and body as the HTML a partner
    shows under the picture."""
    caption = f"<p>{inline_html(xml_text(slide.caption))}</p>\n" if slide.caption.strip() else ""
    return caption + markdown_to_html(xml_text(slide.body))


def _content(item: ET.Element, slide: Slide, url: str, file: Path | None) -> None:
    """``file``: the slide's picture in the article's folder (None for a remote one)."""
    width, height = shown_size(file) if file else (0, 0)
    attrs = {"url": url, "medium": "image"}
    if mime := mimetypes.guess_type(slide.image.split("?")[0])[0]:
        attrs["type"] = mime
    if width:
        attrs.update(width=str(width), height=str(height))
    content = _media(item, "content", attrs)
    _media(content, "title", {"type": "plain"}).text = slide.heading
    _media(content, "description", {"type": "html"}).text = slide_description(slide)
    for role, name in media_credits(slide):
        _media(content, "credit", {"role": role, "scheme": "urn:ebu"}).text = name
    license_url = safe_url(slide.license_url)
    notice = copyright_notice(slide, original_rights(file) if file else "")
    if notice:
        _media(content, "copyright", {"url": license_url} if license_url else {}).text = notice
    if license_url or slide.license:
        licence = _media(content, "license", {"href": license_url} if license_url else {})
        licence.text = slide.license or None
    _media(content, "thumbnail", thumbnail(url, attrs.get("type", ""), width, height))


class _Damage:
    """Which pictures the site exports leave out as cut off or not what their names say (the
    checker's image-damaged rule, ``damage_problem``), asked once per file for the feed."""

    def __init__(self) -> None:
        self.known: dict[Path, Message | None] = {}

    def of(self, file: Path) -> Message | None:
        if file not in self.known:
            self.known[file] = damage_problem(file)
        return self.known[file]


def _article_html(article: Article, page_url: str, bundle: Path | None, damage: _Damage) -> str:
    """The whole article as the preview shows it, images at their absolute addresses."""

    def image(path: str) -> ImageRef:
        url = public_url(page_url, path)
        file = bundle_file(bundle, path) if bundle and url and not is_remote(path) else None
        if bundle and url and not is_remote(path) and (file is None or damage.of(file)):
            return ImageRef(None)  # not a picture of the article's folder: not published
        width, height = shown_size(file) if file else (0, 0)
        return ImageRef(url or None, width=width, height=height)

    clean = _xml_clean(copy.deepcopy(article))  # the renderer, too, needs encodable text
    page = render_page(clean, RenderContext(target="export", image=image))
    return without_controls(article_html(page))


def _xml_clean(value: Any) -> Any:
    """``value`` (an article, slide, list…) with every string passed through ``xml_text``."""
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list):
        return [_xml_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _xml_clean(item) for key, item in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            setattr(value, name, _xml_clean(getattr(value, name)))
    return value


def build_feed(
    article: Article,
    base_url: str = "",
    bundle: Path | None = None,
    feed_url: str = "",
    warn: Callable[[str], None] | None = None,
) -> bytes:
    """The feed's bytes. ``base_url``: where the article's folder is published (its images
    under it as in the bundle); ``feed_url``: where this feed is; ``warn`` hears of each slide
    that cannot be a media:content."""
    page_url = base_url
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = article.title
    ET.SubElement(channel, "link").text = page_url or "./"
    ET.SubElement(channel, "description").text = article.description or article.title
    if feed_url:
        ET.SubElement(
            channel,
            f"{{{ATOM}}}link",
            {"href": feed_url, "rel": "self", "type": "application/rss+xml"},
        )
    ET.SubElement(channel, "language").text = language(article)
    for category in article.categories:
        ET.SubElement(channel, "category").text = category
    ET.SubElement(channel, "generator").text = "Slidewright"
    item = ET.SubElement(channel, "item")
    ET.SubElement(item, "title").text = article.title
    ET.SubElement(item, "link").text = page_url or "./"
    if page_url:
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = page_url
    ET.SubElement(item, "description").text = (
        markdown_to_html(xml_text(article.intro)) or article.description
    )
    for category in dict.fromkeys([*article.categories, *article.tags]):
        ET.SubElement(item, "category").text = category
    if article.author:
        ET.SubElement(item, f"{{{DC}}}creator").text = article.author
    if article.date and (published := _date(article.date)):
        ET.SubElement(item, "pubDate").text = published
    damage = _Damage()
    ET.SubElement(item, f"{{{CONTENT}}}encoded").text = _article_html(
        article, page_url, bundle, damage
    )
    for number, slide in enumerate(article.slides, 1):
        url = safe_url(slide.image)  # no image, or a javascript:/data: address
        if not url or url.startswith("data:"):
            if warn is not None:
                no_image = QT_TRANSLATE_NOOP(
                    "RssExport",
                    "slide {number} ({heading}) has no image: the feed carries it in the "
                    "article's content only, not as a media:content",
                )
                heading = slide.heading or QT_TRANSLATE_NOOP("RssExport", "untitled")
                warn(no_image.format(number=number, heading=heading))
            continue
        local = bundle is not None and not is_remote(url)
        file = bundle_file(bundle, slide.image) if bundle is not None and local else None
        if bundle is not None and local and file is None:
            if warn is not None:  # the checker's rule: missing, outside the folder, no picture
                where = where_in_article(bundle, slide.image)
                gone = QT_TRANSLATE_NOOP(
                    "RssExport",
                    "{where}: image {path} is not a picture in the article's folder: the feed "
                    "gives slide {number} no media:content",
                )
                warn(gone.format(where=where, path=repr(slide.image), number=number))
            continue
        if file is not None and (reason := damage.of(file)):
            if warn is not None and bundle is not None:  # the site exports leave it out too
                where = where_in_article(bundle, slide.image)
                damaged = QT_TRANSLATE_NOOP(
                    "RssExport",
                    "{where}: image {path} left out: {reason}; the feed gives slide {number} no "
                    "media:content",
                )
                warn(
                    damaged.format(
                        where=where, path=repr(slide.image), reason=reason, number=number
                    )
                )
            continue
        _content(item, slide, _url(base_url, url), file)
    _scrub(rss)
    ET.indent(rss)
    text = ET.tostring(rss, encoding="unicode")  # (every address's password out: the page's rule)
    body = without_passwords(text).encode("utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


def export_rss(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    if not options.base_url:
        raise SlidewrightError(
            "rss: --base-url is required: a feed is read from elsewhere, so its links and image "
            "addresses must be absolute (give the address the article's folder is published at)"
        )
    feed_url = urljoin(options.base_url, target.path.name)
    return target.write_whole(
        build_feed(article, options.base_url, bundle, feed_url, options.problem)
    )
