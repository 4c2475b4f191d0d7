"""Static-site exports: the page bundle placed in a Hugo or Jekyll site with Slidewright's layout.

Site configuration is written with a TOML or YAML library, never by formatting strings: the title
is the writer's text (or a colleague's), and a newline or quote in it must stay a title."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import tomli_w
import yaml

from slidewright.exporters.paged import site_pages
from slidewright.exporters.responsive import add_site_renditions
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat import copy_images, format_article
from slidewright.fileformat.bundle import bundle_dir, normalise_image_paths
from slidewright.fileformat.images import slugify
from slidewright.fileformat.safefiles import contained
from slidewright.model import Article
from slidewright.packagedata import read_bytes
from slidewright.render.context import Mode, safe_url
from slidewright.render.markdown import markdown_to_html

# Front-matter keys that decide where, under which addresses or how a generator publishes a page.
# An article from someone else could use them to take over the site's home page (url: /), plant
# redirects (aliases) or switch off our safeguards, so site exports drop them.
ROUTING_KEYS = frozenset(
    {
        "url", "aliases", "slug", "permalink", "outputs", "cascade", "build", "_build", "type",
        "headless", "resources", "markup", "sitemap", "redirect_from", "redirect_to",
        "render_with_liquid", "published", "collection",
    }
)  # fmt: skip
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json")


def _liquid_inert(html: str) -> str:
    """Braces as character references: the same text in a browser, no Liquid for Jekyll (on
    versions that ignore ``render_with_liquid``, such as GitHub Pages' 3.x)."""
    return html.replace("{", "&#123;").replace("}", "&#125;")


def _jekyll_page(article: Article) -> None:
    """Jekyll's kramdown passes raw HTML (``<script>``) and ``javascript:`` links in Markdown
    through, its layout prints URLs as given, and it runs Liquid in the page text; Hugo does none
    of these. So the Jekyll page carries the intro and slide bodies already rendered by
    Slidewright's sanitising renderer, links checked, and Liquid off. Changes ``article``."""
    article.intro = _liquid_inert(markdown_to_html(article.intro))
    for slide in article.slides:
        slide.body = _liquid_inert(markdown_to_html(slide.body))
        slide.license_url = safe_url(slide.license_url)
        slide.source_url = safe_url(slide.source_url)
    if article.read_more:
        for item in article.read_more.items:
            item.url = safe_url(item.url)
    article.extra["render_with_liquid"] = False


def _place_bundle(
    article: Article,
    bundle: Path,
    target: ExportTarget,
    folder: str,
    mode: Mode,
    site: Literal["hugo", "jekyll"],
    prepare: Callable[[Article], None] | None = None,
) -> Path:
    """Write the article and its images as a page bundle at ``folder`` inside the site;
    ``prepare`` adapts the copy to the site generator first."""
    placed = copy.deepcopy(article)
    placed.extra = {k: v for k, v in placed.extra.items() if k not in ROUTING_KEYS}
    placed.layout = "slideshow"  # the layout this export installs, whatever the article says
    if mode in ("slideshow", "paged"):
        placed.extra["slideshow_mode"] = mode
    if prepare is not None:
        prepare(placed)
    normalise_image_paths(placed, bundle)  # ../../x/src/images/p.jpg -> images/p.jpg
    add_site_renditions(placed, bundle, target, folder)  # exporters/responsive.py (issue 11)
    # The target was checked (empty, ours, or the writer said replace): same-named images go.
    copy_images(placed, bundle, contained(target.path, folder), replace=True, publish=True)
    # --mode paged: one page per slide (exporters/paged.py, issue 11)
    pages = site_pages(placed, folder, site) if mode == "paged" else {f"{folder}/index.md": placed}
    written = [
        target.write(name, format_article(page).encode("utf-8")) for name, page in pages.items()
    ]
    return written[0]


def _slug(bundle: Path, article: Article) -> str:
    return slugify(bundle_dir(bundle).name or article.title, "article")


def hugo_config(article: Article) -> bytes:
    return tomli_w.dumps({"baseURL": "/", "languageCode": "en", "title": article.title}).encode()


def jekyll_config(article: Article) -> bytes:
    data = {"markdown": "kramdown", "title": article.title}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def export_hugo(
    article: Article, bundle: Path, target: ExportTarget, mode: Mode = "article"
) -> Path:
    """A Hugo site (made if new): content/SLUG/index.md + images, our layout and assets."""
    index = _place_bundle(
        article, bundle, target, f"content/{_slug(bundle, article)}", mode, "hugo"
    )
    target.write("layouts/_default/slideshow.html", read_bytes("layouts", "hugo", "slideshow.html"))
    target.write("static/slidewright/article.css", read_bytes("css", "article.css"))
    target.write("static/slidewright/slideshow.js", read_bytes("js", "slideshow.js"))
    if not any((target.path / name).exists() for name in HUGO_CONFIGS):
        target.write("hugo.toml", hugo_config(article), record=False)  # then the writer's
    target.mark()
    return index


def export_jekyll(
    article: Article, bundle: Path, target: ExportTarget, mode: Mode = "article"
) -> Path:
    """A Jekyll site (made if new): SLUG/index.md + images, _layouts and assets."""
    index = _place_bundle(
        article, bundle, target, _slug(bundle, article), mode, "jekyll", _jekyll_page
    )
    target.write("_layouts/slideshow.html", read_bytes("layouts", "jekyll", "slideshow.html"))
    target.write("assets/slidewright/article.css", read_bytes("css", "article.css"))
    target.write("assets/slidewright/slideshow.js", read_bytes("js", "slideshow.js"))
    if not (target.path / "_config.yml").exists():
        target.write("_config.yml", jekyll_config(article), record=False)  # then the writer's
    target.mark()
    return index
