"""HTML exports: one self-contained file, or a folder with index.html and assets/."""

from __future__ import annotations

import shutil
from pathlib import Path

from slidewright.exporters.images import AssetNamer, bundle_file, data_uri, pixel_size
from slidewright.fileformat.bundle import atomic_write
from slidewright.model import Article
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.context import is_remote


def _missing(path: str) -> ImageRef:
    return ImageRef(None, f"Image not found: {path}")


def _inline(file: Path) -> ImageRef:
    uri, width, height = data_uri(file)
    return ImageRef(uri, width=width, height=height)


def single_file_context(bundle: Path, mode: str) -> RenderContext:
    cache: dict[str, ImageRef] = {}

    def image(path: str) -> ImageRef:
        if path not in cache:
            if is_remote(path):
                cache[path] = ImageRef(path)
            else:
                file = bundle_file(bundle, path)
                cache[path] = _inline(file) if file else _missing(path)
        return cache[path]

    return RenderContext(mode=mode, target="export", image=image, img_src="data: https:")


def export_single_file(article: Article, bundle: Path, output: Path, mode: str = "article") -> Path:
    """Write one HTML file that works offline: CSS, JS and images inlined."""
    html = render_page(article, single_file_context(bundle, mode))
    atomic_write(output, html.encode("utf-8"))
    return output


def export_folder(article: Article, bundle: Path, output: Path, mode: str = "article") -> Path:
    """Write ``output/index.html`` and copy the images to ``output/assets/`` (original names).

    Nothing is written outside ``output``, whatever the article's image paths say."""
    assets = output / "assets"
    namer = AssetNamer()
    copies: dict[Path, Path] = {}

    def image(path: str) -> ImageRef:
        if is_remote(path):
            return ImageRef(path)
        file = bundle_file(bundle, path)
        if file is None:
            return _missing(path)
        copies[file] = assets / namer.name(file)
        width, height = pixel_size(file)
        return ImageRef(f"assets/{namer.name(file)}", width=width, height=height)

    ctx = RenderContext(mode=mode, target="export", image=image, img_src="'self' data: https:")
    html = render_page(article, ctx)
    assets.mkdir(parents=True, exist_ok=True)
    for source, target in copies.items():
        shutil.copy2(source, target)
    atomic_write(output / "index.html", html.encode("utf-8"))
    return output / "index.html"
