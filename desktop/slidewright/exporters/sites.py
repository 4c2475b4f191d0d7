"""Static-site exports: the article as a page of a Hugo or Jekyll site, looking as the preview.

The page's content is the article already rendered by Slidewright's own renderer (the HTML the
preview shows, sanitised once, with its images credited), and its <head> tags are the HTML
export's. The site's layout only frames them, so Hugo's ``markdownify``, Jekyll's kramdown and
Liquid never see the writer's text and cannot show it differently (issue 10). The article's
fields stay in the front matter for a site theme that wants them.

Site configuration is written with a TOML or YAML library, never by formatting strings: the title
is the writer's text (or a colleague's), and a newline or quote in it must stay a title."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import tomli_w
import yaml

from slidewright.exporters.headmeta import page_meta
from slidewright.exporters.images import bundle_file
from slidewright.exporters.options import NO_BASE_URL, ExportOptions
from slidewright.exporters.picturecredits import SlideCredits
from slidewright.exporters.problems import ImageProblems, published_images
from slidewright.exporters.published import article_html, language
from slidewright.exporters.responsive import FolderImages, article_images
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat import copy_images, format_article
from slidewright.fileformat.bundle import bundle_dir, local_images, normalise_image_paths
from slidewright.fileformat.images import slugify
from slidewright.fileformat.safefiles import contained
from slidewright.model import Article
from slidewright.packagedata import read_bytes
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.context import Paging, is_remote, safe_url
from slidewright.render.markdown import markdown_to_html
from slidewright.render.page import render_head_meta

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
Site = Literal["hugo", "jekyll"]
HEAD_KEY = "slidewright_head"  # front matter: the page's <head> tags, printed by the layout
LAYOUT_FILES = {  # resources/layouts/<site>/<file> -> where the export puts it in the site
    "hugo": {
        "slideshow.html": "layouts/_default/slideshow.html",
        "partials/slidewright/head.html": "layouts/partials/slidewright/head.html",
        "partials/slidewright/article.html": "layouts/partials/slidewright/article.html",
    },
    "jekyll": {
        "slideshow.html": "_layouts/slideshow.html",
        "_includes/slidewright/head.html": "_includes/slidewright/head.html",
        "_includes/slidewright/article.html": "_includes/slidewright/article.html",
    },
}


def _template_inert(html: str) -> str:
    """Braces as character references: the same text in a browser, but no Liquid for Jekyll
    (on versions that ignore ``render_with_liquid``, such as GitHub Pages' 3.x) and no
    shortcode for Hugo, which looks for ``{{< >}}`` and ``{{% %}}`` in HTML content too."""
    return html.replace("{", "&#123;").replace("}", "&#125;")


def _safe_front_matter(article: Article, ctx: RenderContext) -> None:
    """The fields a site theme may print from the front matter, made safe to print as they
    are: bodies as sanitised HTML (images resolved as on the page), links checked. Changes
    ``article``."""
    for slide in article.slides:
        slide.body = _template_inert(markdown_to_html(slide.body, ctx.cleaner))
        slide.license_url = safe_url(slide.license_url)
        slide.source_url = safe_url(slide.source_url)
    if article.read_more:
        for item in article.read_more.items:
            item.url = safe_url(item.url)


def _page_url(options: ExportOptions, slug: str) -> str:
    return f"{options.base_url}{slug}/" if options.base_url else ""


def _place_page(
    article: Article,
    bundle: Path,
    target: ExportTarget,
    folder: str,
    slug: str,
    options: ExportOptions,
    site: Site,
) -> Path:
    """Write the page (front matter and rendered article), its credited images and their
    renditions at ``folder`` inside the site; with ``--mode paged`` one page per slide too."""
    placed = copy.deepcopy(article)
    placed.extra = {k: v for k, v in placed.extra.items() if k not in ROUTING_KEYS}
    placed.layout = "slideshow"  # the layout this export installs, whatever the article says
    normalise_image_paths(placed, bundle)  # ../../x/src/images/p.jpg -> images/p.jpg
    destination = contained(target.path, folder)
    # The target was checked (empty, ours, or the writer said replace): same-named images go.
    not_copied = set(copy_images(placed, bundle, destination, replace=True, publish=True))
    problems = ImageProblems(bundle, options)
    credits = SlideCredits(placed, bundle, options)
    # renditions beside each picture in the page bundle ("images/fog-480w.jpg"), as the HTML
    # folder export makes them (exporters/responsive.py)
    images = FolderImages(
        bundle, None, credits, place=lambda path, file: path.rsplit(".", 1)[0], problems=problems
    )

    def image(path: str, prefix: str = "") -> ImageRef:
        if not is_remote(path) and path in not_copied:
            return problems.missing(path)
        return images.image(path, prefix)

    images.prepare([path for path in article_images(placed) if path not in not_copied])
    copied = [  # the originals copy_images put in the page bundle: cleaned and credited too
        (file, path)
        for path in local_images(placed)
        if path not in not_copied and image(path).url and (file := bundle_file(destination, path))
    ]
    if not credits.write(copied):  # never the writer's file as it is: its GPS, serials, owner
        for file, _ in copied:
            file.unlink(missing_ok=True)
        options.problem(
            "the full-size pictures were left out of the site: their metadata could not be "
            "cleaned (the page shows the renditions)"
        )
    page_url = _page_url(options, slug)
    if not options.base_url:
        options.warn(NO_BASE_URL)
    meta = page_meta(placed, page_url, published_images(placed, destination, image, page_url))
    head = render_head_meta(placed, meta)
    placed.extra["slidewright_lang"] = language(placed)  # a checked tag, for <html lang>
    if options.mode != "article":  # the layouts' default
        placed.extra["slideshow_mode"] = options.mode
    placed.extra["render_with_liquid"] = False
    total = len(placed.slides)
    paged = options.mode == "paged" and total > 0
    pages: dict[str, Article] = {}
    pristine = copy.deepcopy(placed) if paged else placed  # before the first page is rendered
    for index in range(total if paged else 1):
        page = placed if index == 0 else copy.deepcopy(pristine)
        prefix = "" if index == 0 else "../"
        ctx = RenderContext(
            mode=options.mode, target="export", image=functools.partial(image, prefix=prefix)
        )
        step = site_paging(index, total) if paged else None
        body = article_html(render_page(page, ctx, paging=step))
        page.extra[HEAD_KEY] = head
        if step is not None:
            page.extra["paging"] = {"number": step.number, "total": total}
            if not meta.canonical:  # every page names the first as the one to index
                page.extra[HEAD_KEY] = head + f'<link rel="canonical" href="{step.canonical}">\n'
        if index > 0:
            page.title = f"{page.slides[index].heading} ({index + 1}/{total}) – {placed.title}"
            page.slides = [page.slides[index]]
        _safe_front_matter(page, ctx)
        page.intro = _template_inert(body)  # the content of the page: what the layout frames
        pages[_page_path(folder, slug, site, index, page)] = page
    images.files = {name: entry for name, entry in images.files.items() if entry[1]}  # the
    # pictures published as they are (SVG, GIF) are in the bundle already: copy_images put them
    images.write(target, f"{folder}/")
    written = [
        target.write(name, format_article(page).encode("utf-8")) for name, page in pages.items()
    ]
    return written[0]


def site_paging(index: int, total: int) -> Paging:
    """The links of a paged site's page ``index``: addresses a web server gives (folders)."""
    up = "" if index == 0 else "../"

    def link(to: int) -> str:
        if not 0 <= to < total:
            return ""
        return (up or "./") if to == 0 else f"{up}slide-{to + 1}/"

    return Paging(index, total, link(index - 1), link(index + 1), link(0), link(0))


def _page_path(folder: str, slug: str, site: Site, index: int, page: Article) -> str:
    """Where page ``index`` is written. Jekyll nests it (SLUG/slide-N/); Hugo cannot nest pages in
    a page bundle, so its page is content/SLUG-slide-N/ published at /SLUG/slide-N/ and kept out
    of the site's lists (changes ``page``)."""
    if index == 0:
        return f"{folder}/index.html"
    if site == "jekyll":
        return f"{folder}/slide-{index + 1}/index.html"
    page.extra["url"] = f"/{slug}/slide-{index + 1}/"
    page.extra["build"] = {"list": "never"}
    return f"content/{slug}-slide-{index + 1}/index.html"


def _slug(bundle: Path, article: Article) -> str:
    return slugify(bundle_dir(bundle).name or article.title, "article")


def hugo_config(article: Article, options: ExportOptions) -> bytes:
    config = {
        "baseURL": options.base_url or "/",
        "title": article.title,
        # No languageCode: Hugo 0.158 renamed it (locale) and Debian's 0.111 knows only the old
        # name; the page's <html lang> comes from the article (slidewright_lang) instead.
        # A new site holds one article page: no home, list or taxonomy pages to lay out (Hugo
        # warns about each kind it has no layout for) and no feed or sitemap of one page.
        "disableKinds": ["home", "section", "taxonomy", "term", "RSS", "sitemap"],
    }
    return tomli_w.dumps(config).encode()


def jekyll_config(article: Article, options: ExportOptions) -> bytes:
    data: dict[str, str] = {"title": article.title}
    if options.base_url:  # Jekyll splits the address: url is the host, baseurl the path
        parts = urlsplit(options.base_url)
        data["url"] = f"{parts.scheme}://{parts.netloc}"
        data["baseurl"] = parts.path.rstrip("/")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _install_layout(target: ExportTarget, site: str) -> None:
    for source, placed in LAYOUT_FILES[site].items():
        target.write(placed, read_bytes("layouts", site, *source.split("/")))


def export_hugo(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """A Hugo site (made if new): content/SLUG/index.html + images, our layout and assets."""
    slug = _slug(bundle, article)
    index = _place_page(article, bundle, target, f"content/{slug}", slug, options, "hugo")
    _install_layout(target, "hugo")
    target.write("static/slidewright/article.css", read_bytes("css", "article.css"))
    target.write("static/slidewright/slideshow.js", read_bytes("js", "slideshow.js"))
    if not any((target.path / name).exists() for name in HUGO_CONFIGS):
        target.write("hugo.toml", hugo_config(article, options), record=False)  # the writer's
    target.mark()
    return index


def export_jekyll(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """A Jekyll site (made if new): SLUG/index.html + images, _layouts, _includes and assets."""
    slug = _slug(bundle, article)
    index = _place_page(article, bundle, target, slug, slug, options, "jekyll")
    _install_layout(target, "jekyll")
    target.write("assets/slidewright/article.css", read_bytes("css", "article.css"))
    target.write("assets/slidewright/slideshow.js", read_bytes("js", "slideshow.js"))
    if not (target.path / "_config.yml").exists():
        target.write("_config.yml", jekyll_config(article, options), record=False)
    target.mark()
    return index
