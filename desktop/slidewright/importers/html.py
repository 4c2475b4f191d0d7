"""An article page saved from a browser: <h1> title, <h2>/<h3> slides with the nearest image,
figcaption and credit, paragraphs as Markdown body, and a read-more block."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers.byline import read_byline
from slidewright.importers.common import (
    CREDIT_LINE,
    READ_MORE,
    ImportFailed,
    ImportResult,
    parse_credit,
    slide_heading,
)
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.htmlchrome import dropped_chrome, in_chrome
from slidewright.importers.htmlmeta import breadcrumb_category, page_language
from slidewright.importers.htmltree import MAX_DEPTH, SKIP, Element, parse_html_noting_depth
from slidewright.importers.languages import READ_MORE_HEADINGS, language_of
from slidewright.importers.localimages import LocalImages
from slidewright.importers.wordpress import (
    caption_and_credit,
    full_size_source,
    gallery_items,
    gallery_slide,
    in_caption,
    is_caption,
    post_byline,
)
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset")
INLINE_MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`"}


def _markdown(element: Element, marks: frozenset[str] = frozenset()) -> str:
    """Inline content as Markdown: links, emphasis and code kept, everything else as text.
    A mark already open (``<b>`` inside ``<b>``) is not opened again."""
    parts: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag in SKIP or child.tag == "img":
            continue
        elif child.tag == "a" and child.attrs.get("href", "").startswith(
            ("http://", "https://", "mailto:")
        ):
            parts.append(f"[{_markdown(child, marks).strip()}]({child.attrs['href']})")
        elif child.tag in INLINE_MARKS:
            mark = INLINE_MARKS[child.tag]
            if mark in marks:
                parts.append(_markdown(child, marks))
                continue
            inner = _markdown(child, marks | {mark}).strip()
            parts.append(f"{mark}{inner}{mark}" if inner else "")
        elif child.tag == "br":
            parts.append("\n")
        else:
            parts.append(_markdown(child, marks))
    return " ".join("".join(parts).replace("\n", " \n ").split(" ")).replace(" \n ", "\n").strip()


_in_chrome = in_chrome
inline_markdown = _markdown  # also read back Slidewright's own exports (ownexport.py)
_DEEP = f"HTML nesting below {MAX_DEPTH} levels (those tags were read as plain text)"


def _image_source(element: Element) -> str:
    """The real address of an image; saved pages often keep it in data-src or srcset and put a
    placeholder (empty or a data: URI) in src."""
    src = element.attrs.get("src", "").strip()
    if src and not src.startswith("data:"):
        return src
    for name in LAZY_SRC:
        value = element.attrs.get(name, "").strip()
        if value:
            return value.split(",")[0].split()[0]
    return src


def _is_credit(element: Element) -> bool:
    if "credit" in element.classes() or CREDIT_LINE.match(element.text()):
        return True
    found = read_credit_line(element.text()) if element.tag != "a" else None
    return found is not None and found.label_style != "after-caption"


class _Page:
    def __init__(self, root: Element, source: Path, local: LocalImages) -> None:
        self.root = root
        self.source = source
        self.local = local

    def image(self, element: Element, name_hint: str, size: str = "") -> str:
        src = full_size_source(element, _image_source) if size else _image_source(element)
        return self.local.add(src, name_hint)


def parse_html_page(text: str, source: Path, local: LocalImages | None = None) -> ImportResult:
    """One saved page; ``local`` collects the images of a slideshow saved as several pages."""
    root, flattened = parse_html_noting_depth(text)
    page = _Page(root, source, local or LocalImages(source))
    body = root.find("body") or root
    h1 = next((e for e in body.iter() if e.tag == "h1" and not _in_chrome(e)), None)
    title_element = root.find("title")
    title = h1.text() if h1 else (title_element.text() if title_element else source.stem)
    level = "h2" if any(e.tag == "h2" and not _in_chrome(e) for e in body.iter()) else "h3"
    headings = [e for e in body.iter() if e.tag == level and not _in_chrome(e)]
    gallery = gallery_items(body)
    guessed: list[str] = []
    if not headings and gallery:
        headings = []  # a gallery post: each picture is a slide
        guessed.append(f"{len(gallery)} slides from the post's gallery (headings from captions)")
    elif not headings:
        result = _by_shape(body, source, page.local, flattened)
        result.article.lang = page_language(root) or result.article.lang
        if not result.article.categories and (category := breadcrumb_category(body, title)):
            result.article.categories = [category]
            result.guessed.append(f"category “{category}” from the breadcrumb")
        return result
    meta = {
        m.attrs.get("name", "").lower(): m.attrs.get("content", "")
        for m in root.iter()
        if m.tag == "meta"
    }
    author, date = post_byline(root)
    article = Article(
        title=title, description=meta.get("description", ""), author=author, date=date
    )
    article.categories = [c for c in [breadcrumb_category(body, title)] if c]
    article.lang = page_language(root)
    if not headings:
        first = _sections(body, gallery[:1])[0]
        sections = [[e for e in first if not any(e is g for g in gallery)]]
        article.slides = [gallery_slide(item, n + 1, page.image) for n, item in enumerate(gallery)]
    else:
        sections = _sections(body, headings)
    intro = (
        [_markdown(p) for p in sections.pop(0) if p.tag == "p" and not _in_chrome(p)]
        if sections
        else []
    )
    byline, intro = read_byline([x for x in intro if x])  # <p class="byline">By … · 14 Oct</p>
    if byline.lines:
        article.author = article.author or byline.author
        article.date = article.date or byline.date
        article.lang = article.lang or language_of(byline.lines)
    article.intro = "\n\n".join(intro)
    for heading, content in zip(headings, sections, strict=True):
        if READ_MORE.match(heading.text()) or READ_MORE_HEADINGS.match(heading.text()):
            article.read_more = _read_more(heading, content, page)
            continue
        article.slides.append(_slide(heading, content, page))
    if not article.slides:
        raise ImportFailed(f"{source}: the headings found hold no slides")
    local = page.local
    dropped = [*dropped_chrome(body), *local.dropped]
    if flattened:
        dropped.append(_DEEP)
    if article.categories:
        guessed.append(f"category “{article.categories[0]}” from the breadcrumb")
    found = [w for w, v in (("author", article.author), ("date", article.date)) if v]
    if found:
        guessed.append(f"{' and '.join(found)} from the page's byline and meta")
    return ImportResult(article, dropped, local.images, local.refused, guessed)


_LINES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dd", "dt", "blockquote"}


def _by_shape(body: Element, source: Path, local: LocalImages, flattened: bool) -> ImportResult:
    """A page whose slides are not marked as headings (``<p><strong>1. The Quay</strong></p>``):
    its paragraphs are read by their shape, as pasted text is. A page nested deeper than
    MAX_DEPTH lost the tags down there (its headings among them): the summary or the error
    says so, rather than that the page has none."""
    from slidewright.importers.text import parse_text

    lines = [
        e.text()
        for e in body.iter()
        if e.tag in _LINES
        and not _in_chrome(e)
        and not any(isinstance(c, Element) and c.tag in _LINES for c in e.children)
    ]
    try:
        result = parse_text("\n\n".join(line for line in lines if line), str(source))
    except ImportFailed:
        deep = f"; {_DEEP}" if flattened else ""
        raise ImportFailed(
            f"{source}: no slide headings (<h2> or <h3>) found{deep}; nothing to import"
        ) from None
    result.guessed.insert(0, "no <h2> or <h3> slide headings: the page's paragraphs read by shape")
    result.dropped = [*dropped_chrome(body), *result.dropped, *local.dropped]
    if flattened:
        result.dropped.append(_DEEP)
    return result


def _sections(body: Element, headings: list[Element]) -> list[list[Element]]:
    """Elements between headings, in document order: [before first, after 1st, after 2nd, …]."""
    marks = {id(h): n for n, h in enumerate(headings)}
    sections: list[list[Element]] = [[] for _ in range(len(headings) + 1)]
    current = 0
    for element in body.iter():
        if id(element) in marks:
            current = marks[id(element)] + 1
        elif element.tag in ("p", "img", "figcaption", "a") or "credit" in element.classes():
            if not any(id(a) in marks for a in element.ancestors()) and not _in_chrome(element):
                sections[current].append(element)
    return sections


def _slide(heading: Element, content: list[Element], page: _Page) -> Slide:
    slide = Slide(heading=slide_heading(heading.text()))
    image = next((e for e in content if e.tag == "img"), None)
    if image is not None:
        slide.image = page.image(image, slide.heading)
        slide.alt = image.attrs.get("alt", "").strip()
    credit_element = next((e for e in content if _is_credit(e) and e.text()), None)
    if credit_element is not None:
        line = read_credit_line(credit_element.text())  # "Crédito: X", "Beeld: X" (languages.py)
        if line is not None and line.label_style in ("label", "by"):
            slide.credit, slide.caption = line.credit, line.caption
        else:
            slide.credit, slide.caption = parse_credit(credit_element.text())
    caption_element = next((e for e in content if is_caption(e)), None)
    if caption_element is not None and not slide.caption:
        text = caption_element.text()
        if credit_element is not None and credit_element.text() in text:
            text = text.replace(credit_element.text(), "").strip(" –-|")
        elif credit_element is None:  # "Crates at dawn. Credit: Ana Ruiz" in one caption
            text, credit = caption_and_credit(text)
            slide.credit = slide.credit or credit
        slide.caption = "" if CREDIT_LINE.match(text) else text
    paragraphs = [
        _markdown(p)
        for p in content
        if p.tag == "p"
        and not _is_credit(p)
        and not (credit_element is not None and any(e is credit_element for e in p.iter()))
        and not in_caption(p)
    ]
    body = "\n\n".join(x for x in paragraphs if x)
    slide.body = body + "\n" if body else ""
    return slide


def _read_more(heading: Element, content: list[Element], page: _Page) -> ReadMore:
    items = []
    for link in (e for e in content if e.tag == "a" and e.attrs.get("href")):
        image = link.find("img")
        items.append(
            ReadMoreItem(
                title=link.text(),
                url=link.attrs["href"],
                image=page.image(image, link.text()) if image is not None else "",
            )
        )
    credit = next((e for e in content if _is_credit(e) and e.text()), None)
    if credit is not None and items:
        items[0].credit = parse_credit(credit.text())[0]
    return ReadMore(heading=heading.text(), items=items)
