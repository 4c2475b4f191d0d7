"""The html-folder export's pages: one page, or (``--mode paged``) one page per slide.

A paged export is how ad- and analytics-driven slideshow sites publish: the first slide at the
folder's ``index.html``, slide N at ``slide-N/index.html``, each a complete page with its own
title, Previous/Next links that work without JavaScript and a canonical link to the first page.
The links name ``index.html`` so the pages also walk from a folder opened on disk. Hugo and
Jekyll sites get the same pages through ``site_pages`` (their servers give folders' index pages,
so the links end in ``/``)."""

from __future__ import annotations

from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.exporters.images import article_images
from slidewright.exporters.options import ExportOptions
from slidewright.exporters.picturecredits import SlideCredits
from slidewright.exporters.problems import ImageProblems, export_meta
from slidewright.exporters.renditions import RenditionCache
from slidewright.exporters.responsive import FolderImages
from slidewright.exporters.target import ExportTarget
from slidewright.model import Article
from slidewright.render import RenderContext, render_page
from slidewright.render.context import Mode, Paging

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
    options: ExportOptions | None = None,
    cache: RenditionCache | None = None,
) -> Path:
    """Write the page(s) and the pictures' renditions, each carrying its slide's credits, into
    the target folder; return the first page. Nothing is written outside it, whatever the
    article's image paths say. Every page says the same about itself (head metadata, JSON-LD):
    a paged page's canonical address is the first page's."""
    options = options or ExportOptions()
    images = FolderImages(
        bundle,
        cache,
        SlideCredits(article, bundle, options),
        problems=ImageProblems(bundle, options),
    )
    images.prepare(article_images(article))
    meta = export_meta(article, bundle, images.image, options, options.base_url)
    pages: dict[str, str] = {}
    total = len(article.slides)
    if options.mode != "paged" or total == 0:
        ctx = _context(images, options.mode, "")
        pages["index.html"] = render_page(article, ctx, meta=meta)
    else:
        for index in range(total):
            ctx = _context(images, "paged", "" if index == 0 else "../")
            pages[page_name(index)] = render_page(
                article, ctx, meta=meta, paging=paging(index, total)
            )
    images.write(target)
    for name, html in pages.items():
        target.write(name, html.encode("utf-8"))
    target.mark()  # last: it records every file written
    return target.path / "index.html"
