"""Static-site exports: the page bundle placed in a Hugo or Jekyll site with Slidewright's layout."""

from __future__ import annotations

import copy
from pathlib import Path

from slidewright.fileformat import copy_images, save_article
from slidewright.fileformat.bundle import atomic_write, bundle_dir
from slidewright.fileformat.images import slugify
from slidewright.model import Article
from slidewright.packagedata import read_bytes


def _place_bundle(article: Article, bundle: Path, target: Path, mode: str) -> Path:
    placed = copy.deepcopy(article)
    if mode == "slideshow":
        placed.extra["slideshow_mode"] = "slideshow"
    copy_images(placed, bundle, target)
    save_article(placed, target)
    return target / "index.md"


def _write(path: Path, data: bytes) -> None:
    atomic_write(path, data)


def _slug(bundle: Path, article: Article) -> str:
    return slugify(bundle_dir(bundle).name or article.title, "article")


def export_hugo(article: Article, bundle: Path, output: Path, mode: str = "article") -> Path:
    """``output`` is a Hugo site (made if new): content/SLUG/index.md + images, our layout and assets."""
    index = _place_bundle(article, bundle, output / "content" / _slug(bundle, article), mode)
    _write(
        output / "layouts" / "_default" / "slideshow.html",
        read_bytes("layouts", "hugo", "slideshow.html"),
    )
    _write(output / "static" / "slidewright" / "article.css", read_bytes("css", "article.css"))
    _write(output / "static" / "slidewright" / "slideshow.js", read_bytes("js", "slideshow.js"))
    config = output / "hugo.toml"
    if not any(
        (output / name).exists()
        for name in ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml")
    ):
        title = article.title.replace("\\", "\\\\").replace('"', '\\"')
        _write(config, f'baseURL = "/"\nlanguageCode = "en"\ntitle = "{title}"\n'.encode())
    return index


def export_jekyll(article: Article, bundle: Path, output: Path, mode: str = "article") -> Path:
    """``output`` is a Jekyll site (made if new): SLUG/index.md + images, _layouts and assets."""
    index = _place_bundle(article, bundle, output / _slug(bundle, article), mode)
    _write(
        output / "_layouts" / "slideshow.html", read_bytes("layouts", "jekyll", "slideshow.html")
    )
    _write(output / "assets" / "slidewright" / "article.css", read_bytes("css", "article.css"))
    _write(output / "assets" / "slidewright" / "slideshow.js", read_bytes("js", "slideshow.js"))
    if not (output / "_config.yml").exists():
        _write(output / "_config.yml", b"markdown: kramdown\n")
    return index
