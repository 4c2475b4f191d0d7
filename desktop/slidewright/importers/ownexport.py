"""A page Slidewright exported, read back into the article it was made from.

A writer who lost the bundle but kept the export gets the article back field by field: the
export's page structure (``resources/templates/``: ``h1.sw-title``, ``p.sw-byline``,
``section.sw-slide`` with its figure, credit and body, ``footer.sw-read-more``), its meta tags
(``article:tag``) and its JSON-LD (categories, the pictures' creators) say where each field is;
nothing is guessed from the page's shape. A page is taken for an export only when its
``generator`` meta names Slidewright *and* it has the export's article element. Images inlined as
``data:`` addresses (the single-file export) are decoded into the bundle (datauri.py); the paged
export (one folder a slide) is followed through its ``rel="next"`` links inside its own folder.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from slidewright.errors import UnsafePathError
from slidewright.fileformat.safefiles import contained
from slidewright.importers.common import ImportFailed, ImportResult, read_source
from slidewright.importers.html import inline_markdown
from slidewright.importers.htmlblocks import blocks_markdown
from slidewright.importers.htmltree import Element, parse_html
from slidewright.importers.localimages import LocalImages
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

MAX_PAGES = 200  # a paged export writes one page a slide (htmlpages.py has the same bound)
_GENERATOR = re.compile(r"<meta\s+name=\"generator\"\s+content=\"(Slidewright[^\"]{0,40})\"", re.I)
_RENDITION = re.compile(r"-\d{2,5}w$")  # fog-1200w.jpg: a rendition of fog.jpg


def exported_by_slidewright(text: str) -> str:
    """The page's generator ("Slidewright 0.1.0") when it is a page Slidewright exported."""
    match = _GENERATOR.search(text[:20000])
    return match.group(1) if match and 'class="sw-article"' in text else ""


def _by_class(root: Element, tag: str, name: str) -> Element | None:
    return next(
        (e for e in root.iter() if e.tag == tag and name in e.attrs.get("class", "").split()),
        None,
    )


def _all_by_class(root: Element, tag: str, name: str) -> list[Element]:
    return [e for e in root.iter() if e.tag == tag and name in e.attrs.get("class", "").split()]


def _json_ld(root: Element) -> dict[str, Any]:
    for script in root.iter():
        if script.tag == "script" and script.attrs.get("type") == "application/ld+json":
            try:
                data = json.loads("".join(c for c in script.children if isinstance(c, str)))
            except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
                return {}
            return data if isinstance(data, dict) else {}
    return {}


def _meta(root: Element, key: str) -> list[str]:
    return [
        e.attrs.get("content", "")
        for e in root.iter()
        if e.tag == "meta" and key in (e.attrs.get("name"), e.attrs.get("property"))
    ]


def _without(element: Element, drop: str) -> str:
    """The element's text without its child of class ``drop`` (the heading's "1.")."""
    copy = Element(element.tag, element.attrs)
    copy.children = [
        c for c in element.children
        if not (isinstance(c, Element) and drop in c.attrs.get("class", "").split())
    ]  # fmt: skip
    return copy.text()


class _Reader:
    """Reads one or more pages of one export into one article, images into one LocalImages."""

    def __init__(self, root_folder: Path, source: Path, generator: str) -> None:
        self.folder = root_folder
        self.images = LocalImages(root_folder / "index.html", data_images=True)
        self.source = source
        self.generator = generator
        self.label = ""

    def image(self, img: Element, page_dir: str, fallback: str) -> str:
        src = img.attrs.get("src", "").strip()
        if not src:
            return ""
        parts = urlsplit(src)
        if parts.scheme or parts.netloc:
            return self.images.add(src, fallback)
        path = posixpath.normpath(posixpath.join(page_dir, unquote(parts.path)))
        stem = _RENDITION.sub("", posixpath.splitext(posixpath.basename(path))[0])
        return self.images.add(path, stem or fallback)

    def credit(self, span: Element, slide: Slide | None = None) -> str:
        """The credit in the ``<bdi>`` of 'Credit: <bdi>X</bdi> (CC BY 4.0, source)'; the label
        before it is the article's credit label, the links after it the licence and source."""
        bdi = span.find("bdi")
        if bdi is None:
            return span.text()
        before = []
        for child in span.children:
            if child is bdi:
                break
            before.append(child if isinstance(child, str) else child.text())
        self.label = self.label or "".join(before).strip().rstrip(":").strip()
        if slide is not None:
            after = span.children[span.children.index(bdi) + 1 :]
            self._licence(after, slide)
        return bdi.text()

    @staticmethod
    def _licence(after: list[Element | str], slide: Slide) -> None:
        for child in after:
            if isinstance(child, Element) and child.tag == "a":
                if "license" in child.attrs.get("rel", "").split():
                    slide.license, slide.license_url = child.text(), child.attrs.get("href", "")
                else:
                    slide.source_url = child.attrs.get("href", "")
        if not slide.license:  # a licence without an address: " (CC BY 4.0, " or " (CC0)"
            first = after[0] if after and isinstance(after[0], str) else ""
            match = re.match(r"\s*\((?P<licence>[^,()]+?)\s*(?:,|\))", first)
            if match:
                slide.license = match.group("licence")

    def slide(self, section: Element, page_dir: str) -> Slide:
        heading = _by_class(section, "h2", "sw-heading")
        slide = Slide(heading=_without(heading, "sw-number") if heading else "")
        img = section.find("img")
        if img is not None:
            slide.image = self.image(img, page_dir, slide.heading)
            slide.alt = img.attrs.get("alt", "")
        if caption := _by_class(section, "span", "sw-caption"):
            slide.caption = inline_markdown(caption)
        if credit := _by_class(section, "span", "sw-credit"):
            slide.credit = self.credit(credit, slide)
        if body := _by_class(section, "div", "sw-body"):
            text = blocks_markdown(body)
            slide.body = text + "\n" if text else ""
        return slide

    def read_more(self, footer: Element, page_dir: str) -> ReadMore:
        heading = footer.find("h2")
        read_more = ReadMore(heading=heading.text() if heading else "")
        for li in (e for e in footer.iter() if e.tag == "li"):
            link = li.find("a")
            plain = next((c for c in li.children if isinstance(c, Element) and c.tag == "span"
                          and "sw-caption" not in c.attrs.get("class", "")), None)  # fmt: skip
            item = ReadMoreItem(
                title=link.text() if link else (plain.text() if plain else ""),
                url=link.attrs.get("href", "") if link else "",
            )
            if img := li.find("img"):
                item.image = self.image(img, page_dir, item.title)
            if caption := _by_class(li, "span", "sw-caption"):
                item.caption = inline_markdown(caption)
            if credit := _by_class(li, "small", "sw-credit"):
                item.credit = self.credit(credit)
            read_more.items.append(item)
        return read_more


def _header(article: Article, root: Element) -> None:
    """Title, description, byline, categories, tags and language: the head and the header."""
    titles = _meta(root, "og:title")  # as written; the <h1> says "Untitled" for none
    heading = _by_class(root, "h1", "sw-title")
    article.title = titles[0] if titles else (heading.text() if heading else "")
    descriptions = _meta(root, "description")
    description = _by_class(root, "p", "sw-description")
    article.description = (
        descriptions[0] if descriptions else (description.text() if description else "")
    )
    byline = _by_class(root, "p", "sw-byline")
    authors = _meta(root, "author")
    article.author = authors[0] if authors else ""
    if not article.author and byline is not None and (bdi := byline.find("bdi")):
        article.author = bdi.text()
    if byline is not None and (time := byline.find("time")):
        article.date = time.attrs.get("datetime", "")
    html = root.find("html")
    article.lang = html.attrs.get("lang", "") if html else ""
    article.tags = _meta(root, "article:tag")
    data = _json_ld(root)
    listed = data.get("keywords")
    keywords = [k for k in listed if isinstance(k, str)] if isinstance(listed, list) else []
    categories = [k for k in keywords if k not in article.tags]
    section = data.get("articleSection") or next(iter(_meta(root, "article:section")), "")
    if not categories:  # no JSON-LD (the preview's page): the breadcrumb's one category
        crumbs = _by_class(root, "nav", "sw-breadcrumb")
        names = [b.text() for b in crumbs.iter() if b.tag == "bdi"] if crumbs else []
        categories = names[:-1] if len(names) > 1 else []
    if isinstance(section, str) and section and section not in categories:
        categories.insert(0, section)
    article.categories = categories


def _creators(article: Article, root: Element) -> None:
    """The pictures' creators, said only in the JSON-LD (one ImageObject a slide's picture,
    in order, its description the picture's alt text)."""
    images = _json_ld(root).get("image", [])
    objects = [i for i in images if isinstance(i, dict)] if isinstance(images, list) else []
    pictured = iter(s for s in article.slides if s.image)
    for obj, slide in zip(objects, pictured, strict=False):
        if obj.get("description", "") != slide.alt:  # not the export's own list: stop
            break
        creator = obj.get("creator")
        if isinstance(creator, dict) and isinstance(creator.get("name"), str):
            slide.creator = creator["name"]
        if not slide.license_url and isinstance(obj.get("license"), str):
            slide.license_url = obj["license"]


def _pages(source: Path, text: str, root: Element) -> tuple[Path, list[tuple[str, Element]]]:
    """The export's folder, and its pages as (folder inside it, tree): one page, or the pages
    of a paged export from the first, following rel="next" inside the export's folder."""
    body = root.find("body")
    classes = body.attrs.get("class", "").split() if body else []
    if "mode-paged" not in classes:
        return source.parent, [("", root)]
    folder = source.parent.resolve()
    page, tree = folder / source.name, root
    first = folder.parent / "index.html"  # a later page is slide-N/index.html beside the first
    if "sw-later" in classes and (first_text := _export_text(first)):
        folder, page, tree = folder.parent, first.resolve(), parse_html(first_text)
    pages: list[tuple[str, Element]] = []
    seen: set[Path] = set()
    while page not in seen and len(pages) < MAX_PAGES:
        seen.add(page)
        rel_dir = posixpath.dirname(page.relative_to(folder).as_posix())
        pages.append((rel_dir, tree))
        following = _next_page(tree, folder, page.parent)
        following_text = _export_text(following) if following is not None else ""
        if following is None or not following_text:
            break  # the last page, or a link to something this export did not write
        page, tree = following, parse_html(following_text)
    return folder, pages


def _export_text(file: Path) -> str:
    """The text of ``file`` when it is a readable page Slidewright exported, else ""."""
    try:
        text = read_source(file) if file.is_file() else ""
    except ImportFailed:
        return ""
    return text if exported_by_slidewright(text) else ""


def _next_page(tree: Element, folder: Path, here: Path) -> Path | None:
    for a in tree.iter():
        if a.tag == "a" and "next" in a.attrs.get("rel", "").split():
            href = unquote(urlsplit(a.attrs.get("href", "")).path)
            if not href or urlsplit(a.attrs.get("href", "")).scheme:
                return None
            try:
                target = contained(folder, (here / href).resolve().relative_to(folder).as_posix())
            except (UnsafePathError, ValueError):
                return None
            return target if target.is_file() else None
    return None


def read_export(text: str, source: Path, generator: str) -> ImportResult:
    """The article a Slidewright export was made from (see the module's docstring)."""
    root = parse_html(text)
    folder, pages = _pages(source, text, root)
    reader = _Reader(folder, source, generator)
    article = Article()
    first = pages[0][1]
    _header(article, first)
    if intro := _by_class(first, "div", "sw-intro"):
        article.intro = blocks_markdown(intro)
    for page_dir, tree in pages:
        article.slides.extend(
            reader.slide(s, page_dir) for s in _all_by_class(tree, "section", "sw-slide")
        )
        if footer := _by_class(tree, "footer", "sw-read-more"):
            article.read_more = reader.read_more(footer, page_dir)
    if not article.slides:
        raise ImportFailed(f"{source}: a page {generator} exported, but it holds no slides")
    _creators(article, first)
    article.credit_label = reader.label
    how = f"{len(pages)} pages of a paged export" if len(pages) > 1 else "one page"
    guessed = [
        f"a page {generator} exported ({how}): every field read back from its markup and "
        "JSON-LD; pictures are the export's largest renditions"
    ]
    images = reader.images
    return ImportResult(article, images.dropped, images.images, images.refused, guessed)
