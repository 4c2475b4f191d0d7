"""What WordPress puts in a saved post: captions (block-editor ``figcaption``, classic
``wp-caption-text``), galleries (classic ``[gallery]`` markup and the block editor's
``wp-block-gallery``) whose items become slides, and the byline and date in the post's meta."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from slidewright.importers.byline import read_byline
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.htmlchrome import in_chrome
from slidewright.importers.htmltree import Element
from slidewright.model import Slide

CAPTION_CLASSES = ("wp-caption-text", "gallery-caption", "wp-element-caption")
IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|webp|gif)(?:$|[?#])", re.I)
# a theme's thumbnail size in the name: quay-150x150.jpg is a small copy of quay.jpg
THUMBNAIL = re.compile(r"-\d{2,4}x\d{2,4}(?=\.\w+$)")


def is_caption(element: Element) -> bool:
    if element.tag == "figcaption":
        return True
    names = element.attrs.get("class", "")
    return "caption" in names and any(c in names.split() for c in CAPTION_CLASSES)


def in_caption(element: Element) -> bool:
    """The element is a caption or sits in one (captions hold a paragraph or two, not pages:
    only the nearest few ancestors are looked at)."""
    return is_caption(element) or any(is_caption(a) for a in islice(element.ancestors(), 4))


def gallery_items(body: Element) -> list[Element]:
    """Each picture of the post's galleries, in order: classic ``.gallery-item`` (figure or dl)
    and the block editor's images inside ``.wp-block-gallery``."""
    items = []
    for element in body.iter():
        if in_chrome(element):
            continue
        classes = element.classes().split()
        if "gallery-item" in classes:
            items.append(element)
        elif (
            element.tag == "figure"
            and "wp-block-image" in classes
            and any("wp-block-gallery" in a.classes() for a in element.ancestors())
        ):
            items.append(element)
    return items


def full_size_source(image: Element, source_of: Callable[[Element], str]) -> str:
    """A gallery thumbnail links to the full picture: that one, when the link is to an image."""
    link = next((a for a in image.ancestors() if a.tag == "a"), None)
    href = link.attrs.get("href", "").strip() if link is not None else ""
    if href and IMAGE_LINK.search(href):
        return href
    return source_of(image)


def caption_and_credit(text: str) -> tuple[str, str]:
    """A caption that may end with its credit ('Crates at dawn. Credit: Ana Ruiz')."""
    found = read_credit_line(text)
    if found is None:
        return text, ""
    return found.caption, found.credit


def gallery_slide(item: Element, n: int, add_image: Callable[[Element, str, str], str]) -> Slide:
    """One gallery picture as a slide: the heading from its caption's first sentence (or its alt
    text), the caption and credit from the caption, the full-size image where linked."""
    image = item.find("img")
    caption_element = next((e for e in item.iter() if is_caption(e)), None)
    caption, credit = caption_and_credit(caption_element.text() if caption_element else "")
    alt = image.attrs.get("alt", "").strip() if image is not None else ""
    first = re.split(r"(?<=[.!?])\s", caption, maxsplit=1)[0].rstrip(".") if caption else ""
    heading = first if first and len(first.split()) <= 12 else alt or f"Picture {n}"
    slide = Slide(heading=heading, alt=alt, credit=credit, caption=caption)
    if image is not None:
        slide.image = add_image(image, heading, "full")
    return slide


def post_byline(root: Element) -> tuple[str, str]:
    """Author and date from the post's meta, its ``<time datetime>``, its byline and its
    ``rel="author"`` link."""
    author = date = ""
    for element in root.iter():
        name = (element.attrs.get("name") or element.attrs.get("property") or "").lower()
        content = element.attrs.get("content", "").strip()
        if element.tag == "meta" and name == "author" and not author:
            author = content
        elif element.tag == "meta" and name == "article:published_time" and not date:
            date = content[:10]
        elif element.tag == "time" and not date and not in_chrome(element):
            date = element.attrs.get("datetime", "")[:10]
        elif (
            not author
            and element.tag == "a"
            and "author" in element.attrs.get("rel", "").lower().split()
            and 0 < len(element.text().split()) <= 5
        ):  # "Av <a rel="author">Jonas Berg</a>": the theme's byline in any language
            author = element.text()
        elif not author and any(c in element.classes().split() for c in ("author", "byline")):
            text = element.text()
            for time in (e for e in element.iter() if e.tag == "time"):  # "By X <time>Feb. 11"
                date = date or time.attrs.get("datetime", "")[:10]
                text = text.replace(time.text(), " ").strip()
            found, _ = read_byline([text])  # "By Hana Iqbal · 14 Oct 2026"
            text = re.sub(r"^\s*by\s+", "", text, flags=re.I).strip()
            author = found.author or (text if 0 < len(text.split()) <= 5 else "")
            date = date or found.date
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = ""
    return author, date
