"""An article page saved from a browser: <h1> title, <h2>/<h3> slides with the nearest image,
figcaption and credit, paragraphs as Markdown body, and a read-more block."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import note_text
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
from slidewright.importers.htmlimages import image_source
from slidewright.importers.htmlmeta import breadcrumb_category, page_language, page_title
from slidewright.importers.htmlshape import DEEP, by_shape
from slidewright.importers.htmltree import SKIP, Element, parse_html_noting_depth
from slidewright.importers.languages import READ_MORE_HEADINGS, language_of
from slidewright.importers.linkeddata import linked_data
from slidewright.importers.localimages import LocalImages
from slidewright.importers.notes import Notes
from slidewright.importers.pagechrome import chrome_kind
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
        def source(image: Element) -> str:
            return image_source(image, self.local.on_disk)

        src = full_size_source(element, source) if size else source(element)
        return self.local.add(src, name_hint)


def parse_html_page(text: str, source: Path, local: LocalImages | None = None) -> ImportResult:
    """One saved page; ``local`` collects the images of a slideshow saved as several pages."""
    root, flattened = parse_html_noting_depth(text)
    page = _Page(root, source, local or LocalImages(source))
    body = root.find("body") or root
    title = page_title(root, body, source.stem)
    level = "h2" if any(e.tag == "h2" and not _in_chrome(e) for e in body.iter()) else "h3"
    headings = [e for e in body.iter() if e.tag == level and not _in_chrome(e)]
    gallery = gallery_items(body)
    guessed: list[str] = []
    if not headings and gallery:
        headings = []  # a gallery post: each picture is a slide
        guessed.append(note_text.gallery_slides(len(gallery)))
    elif not headings:
        result = by_shape(body, source, page.local, flattened)
        result.article.lang = page_language(root) or result.article.lang
        described = linked_data(root)
        result.article.author = result.article.author or described.author
        result.article.date = result.article.date or described.date
        if not result.article.categories and (category := breadcrumb_category(body, title)):
            result.article.categories = [category]
            result.guessed.append(note_text.category_from(category, "breadcrumb"))
        return result
    meta = {
        m.attrs.get("name", "").lower(): m.attrs.get("content", "")
        for m in root.iter()
        if m.tag == "meta"
    }
    author, date = post_byline(root)
    described = linked_data(root)  # JSON-LD: where a script draws the byline
    article = Article(
        title=title,
        description=meta.get("description", ""),
        author=author or described.author,
        date=date or described.date,
    )
    crumb = breadcrumb_category(body, title)
    article.categories = [c for c in [crumb or described.section] if c]
    article.lang = page_language(root)
    if not headings:
        first = _sections(body, gallery[:1])[0]
        sections = [[e for e in first if not any(e is g for g in gallery)]]
        article.slides = [gallery_slide(item, n + 1, page.image) for n, item in enumerate(gallery)]
    else:
        sections = _sections(body, headings)
    notes = Notes()
    sections = [_without_chrome_lines(section, notes) for section in sections]
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
    dropped = [*dropped_chrome(body), *notes.dropped_lines(), *local.dropped]
    if flattened:
        dropped.append(DEEP)
    if article.categories:
        where = "breadcrumb" if crumb else "article data"
        guessed.append(note_text.category_from(article.categories[0], where))
    if article.author or article.date:
        guessed.append(note_text.byline_from_meta(bool(article.author), bool(article.date)))
    return ImportResult(article, dropped, local.images, local.refused, guessed)


def _without_chrome_lines(section: list[Element], notes: Notes) -> list[Element]:
    """The section without paragraphs that are the site's words, not the article's, where the
    theme gave them no class to tell: "Advertisement", "Story continues below advertisement",
    "Related: …", "Share this: Facebook Twitter" (pagechrome.py, as in pasted text)."""
    kept = []
    for element in section:
        kind = chrome_kind(element.text()) if element.tag == "p" else None
        if kind is None:
            kept.append(element)
        else:
            notes.drop(kind, element.text())
    return kept


def _wrappers(body: Element, headings: list[Element]) -> dict[int, int]:
    """Each slide's own box: the outermost element holding its heading and no other (nor the
    title), as ``{id(element): heading index}``. Arc- and Drupal-like galleries wrap each slide
    in one and put its picture above the heading; inside the box the picture is that slide's,
    not the one before's. On a flat page the headings share one parent and none has a box; boxes
    count only when every slide has one (a lone heading's "box" is the whole article)."""
    marked = {id(h) for h in headings}
    counts: dict[int, int] = {}  # headings (and titles) inside each element, itself included
    for element in reversed(list(body.iter())):  # every element after all of its descendants
        counts[id(element)] = (id(element) in marked or element.tag == "h1") + sum(
            counts[id(c)] for c in element.children if isinstance(c, Element)
        )
    boxes: dict[int, int] = {}  # (each climb stops at the first shared ancestor: linear)
    for n, heading in enumerate(headings):
        box = None
        for ancestor in heading.ancestors():
            if ancestor is body or counts[id(ancestor)] > 1:
                break
            box = ancestor
        if box is None:
            return {}
        boxes[id(box)] = n
    return boxes if len(boxes) >= 2 else {}


def _sections(body: Element, headings: list[Element]) -> list[list[Element]]:
    """Elements between headings, in document order: [before first, after 1st, after 2nd, …];
    what sits in a slide's own box (``_wrappers``) is that slide's wherever it stands."""
    marks = {id(h): n for n, h in enumerate(headings)}
    boxes = _wrappers(body, headings)
    sections: list[list[Element]] = [[] for _ in range(len(headings) + 1)]
    current = 0
    stack: list[tuple[Element, int | None]] = [(body, None)]
    while stack:  # document order, each element with the slide whose box holds it
        element, box = stack.pop()
        box = boxes.get(id(element), box)
        stack.extend((c, box) for c in reversed(element.children) if isinstance(c, Element))
        if id(element) in marks:
            current = marks[id(element)] + 1
        elif element.tag in ("p", "img", "figcaption", "a") or "credit" in element.classes():
            if not any(id(a) in marks for a in element.ancestors()) and not _in_chrome(element):
                sections[current if box is None else box + 1].append(element)
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
    if not slide.credit:  # "Grill stalls at dusk. (Photo: Omar Idrissi/Reuters)" in the text
        for n, paragraph in enumerate(paragraphs):
            tail = read_credit_line(paragraph)
            if tail is not None and tail.label_style == "after-caption" and tail.caption:
                slide.credit, paragraphs[n] = tail.credit, tail.caption
                break
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
