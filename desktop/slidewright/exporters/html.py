"""HTML exports: one self-contained file, or a folder with index.html and assets/."""

from __future__ import annotations

from pathlib import Path

from slidewright.exporters.images import bundle_file, data_uri
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.svgclean import SvgRefused
from slidewright.model import Article
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.context import Mode, is_remote


def _missing(path: str) -> ImageRef:
    return ImageRef(None, f"Image not found: {path}")


def _refused(path: str) -> ImageRef:
    """An SVG that does not parse as one is left out rather than published as it is."""
    return ImageRef(None, f"Image not published: {path} is not a readable SVG")


def _inline(path: str, file: Path) -> ImageRef:
    try:
        uri, width, height = data_uri(file)
    except SvgRefused:
        return _refused(path)
    return ImageRef(uri, width=width, height=height)


def single_file_context(bundle: Path, mode: Mode) -> RenderContext:
    cache: dict[str, ImageRef] = {}

    def image(path: str) -> ImageRef:
        if path not in cache:
            if is_remote(path):
                cache[path] = ImageRef(path)
            else:
                file = bundle_file(bundle, path)
                cache[path] = _inline(path, file) if file else _missing(path)
        return cache[path]

    return RenderContext(mode=mode, target="export", image=image, img_src="data: https:")


def export_single_file(
    article: Article, bundle: Path, target: ExportTarget, mode: Mode = "article"
) -> Path:
    """Write one HTML file that works offline: CSS, JS and images inlined."""
    html = render_page(article, single_file_context(bundle, mode))
    return target.write_whole(html.encode("utf-8"))


def export_folder(
    article: Article, bundle: Path, target: ExportTarget, mode: Mode = "article"
) -> Path:
    """Write ``index.html`` (or one page per slide, ``--mode paged``) and the pictures'
    renditions in ``assets/`` into the target folder (exporters/paged.py)."""
    from slidewright.exporters.paged import write_folder_pages

    return write_folder_pages(article, bundle, target, mode)
