"""The html-folder export's pages: one page, or (``--mode paged``) one page per slide.

A paged export is how ad- and analytics-driven slideshow sites publish: the first slide at the
folder's ``index.html``, slide N at ``slide-N/index.html``, each a complete page with its own
title, Previous/Next links that work without JavaScript and a canonical link to the first page.
The links name ``index.html`` so the pages also walk from a folder opened on disk. Hugo and
Jekyll sites get the same pages through ``site_pages`` (their servers give folders' index pages,
so the links end in ``/``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Literal

from slidewright.errors import SlidewrightError
from slidewright.exporters.renditions import RenditionCache
from slidewright.exporters.responsive import FolderImages, RightsWriter, article_images
from slidewright.exporters.target import ExportTarget
from slidewright.model import Article
from slidewright.render import RenderContext, render_page
from slidewright.render.context import Mode, Paging, is_remote

PAGED_FORMATS = ("html-folder", "hugo", "jekyll")


def check_mode(to: str, mode: str) -> None:
    """Refuse ``--mode paged`` for an output that is not made of pages (before anything is
    written)."""
    if mode == "paged" and to not in PAGED_FORMATS:
        raise SlidewrightError(
            f"--mode paged writes one page per slide, which {to} cannot hold; "
            f"export to {' or '.join(PAGED_FORMATS)}, or choose --mode slideshow"
        )


def page_name(index: int) -> str:
    """Where slide ``index`` (from 0) is published in a paged export."""
    return "index.html" if index == 0 else f"slide-{index + 1}/index.html"


def paging(index: int, total: int) -> Paging:
    """The links of page ``index``: relative to its own folder."""
    up = "" if index == 0 else "../"

    def link(to: int) -> str:
        return up + page_name(to) if 0 <= to < total else ""

    return Paging(
        index=index,
        total=total,
        prev=link(index - 1),
        next=link(index + 1),
        first=link(0),
        canonical=up or "./",
    )


def _context(images: FolderImages, mode: Mode, prefix: str) -> RenderContext:
    return RenderContext(
        mode=mode,
        target="export",
        image=lambda path: images.image(path, prefix),
        img_src="'self' data: https:",
    )


def write_folder_pages(
    article: Article,
    bundle: Path,
    target: ExportTarget,
    mode: Mode = "article",
    cache: RenditionCache | None = None,
    rights: RightsWriter | None = None,
) -> Path:
    """Write the page(s) and the pictures' renditions into the target folder; return the first
    page. Nothing is written outside it, whatever the article's image paths say. ``rights``
    writes credits into each published picture (see responsive.RightsWriter)."""
    images = FolderImages(bundle, cache, rights)
    images.prepare(article_images(article))
    pages: dict[str, str] = {}
    total = len(article.slides)
    if mode != "paged" or total == 0:
        pages["index.html"] = render_page(article, _context(images, mode, ""))
    else:
        for index in range(total):
            ctx = _context(images, "paged", "" if index == 0 else "../")
            pages[page_name(index)] = render_page(article, ctx, paging=paging(index, total))
    images.write(target)
    for name, html in pages.items():
        target.write(name, html.encode("utf-8"))
    target.mark()  # last: it records every file written
    return target.path / "index.html"


def _up(value: str) -> str:
    """A page-relative address (or a srcset of them) as seen from one folder further down."""
    if not value or is_remote(value):
        return value
    return ", ".join("../" + part for part in value.split(", "))


def site_pages(placed: Article, folder: str, site: Literal["hugo", "jekyll"]) -> dict[str, Article]:
    """A paged Hugo or Jekyll site: the page bundle at ``folder`` (every slide, as the article is;
    the layout shows the first) and one page per further slide at ``…/slide-N/`` holding that
    slide, its pictures addressed in the first page's bundle. Each page's ``paging`` gives its
    number, title, and Previous/Next/first/canonical addresses relative to the page.

    Jekyll writes ``SLUG/slide-N/index.md``; Hugo cannot nest pages in a page bundle, so its
    pages are ``content/SLUG-slide-N/index.md`` published at ``/SLUG/slide-N/`` (``url``) and
    kept out of the site's lists. Returns file path -> page, the first page first."""
    total = len(placed.slides)
    slug = folder.rsplit("/", 1)[-1]

    def paging(index: int) -> dict[str, object]:
        up = "" if index == 0 else "../"
        heading = placed.slides[index].heading

        def link(to: int) -> str:
            if not 0 <= to < total:
                return ""
            return (up or "./") if to == 0 else f"{up}slide-{to + 1}/"

        return {
            "number": index + 1,
            "total": total,
            "title": placed.title
            if index == 0
            else f"{heading} ({index + 1}/{total}) – {placed.title}",
            "prev": link(index - 1),
            "next": link(index + 1),
            "first": link(0),
            "canonical": link(0),
        }

    placed.extra["paging"] = paging(0)
    pages = {f"{folder}/index.md": placed}
    for index in range(1, total):
        page = copy.deepcopy(placed)
        page.intro = ""
        page.read_more = placed.read_more if index == total - 1 else None
        slide = page.slides[index]
        slide.image = _up(slide.image)
        renditions = slide.extra.get("image_renditions")
        if isinstance(renditions, dict):
            for key in ("src", "srcset", "webp_srcset"):
                renditions[key] = _up(str(renditions.get(key) or ""))
        page.slides = [slide]
        page.extra["paging"] = paging(index)
        if site == "hugo":
            page.extra["url"] = f"/{slug}/slide-{index + 1}/"
            page.extra["build"] = {"list": "never"}  # not a separate article in the site's lists
            pages[f"content/{slug}-slide-{index + 1}/index.md"] = page
        else:
            pages[f"{folder}/slide-{index + 1}/index.md"] = page
    return pages
