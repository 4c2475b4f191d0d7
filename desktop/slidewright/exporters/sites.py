"""Static-site exports: the article as a page of a Hugo or Jekyll site, looking as the preview.

The page is the saved article itself (index.md: its front matter and Markdown), rendered by the
layouts in resources/layouts/ that the export installs (a Hugo theme component in
themes/slidewright/, or Jekyll's _layouts/, _includes/ and assets/). The same layouts publish a
bundle the app saved, copied into a site by hand (docs/publish-with-hugo-or-jekyll.md). The
export adds what only it knows (exporters/sitepages.py): the <head> tags, the picture renditions
and the paged slide pages.

Site configuration is written with a TOML or YAML library, never by formatting strings: the title
is the writer's text (or a colleague's), and a newline or quote in it must stay a title."""

from __future__ import annotations

import copy
import dataclasses
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from slidewright.exporters.headmeta import page_meta
from slidewright.exporters.images import (
    article_images,
    bounds_problem,
    bundle_file,
    damage_problem,
)
from slidewright.exporters.options import NO_BASE_URL, ExportOptions
from slidewright.exporters.picturecredits import SlideCredits
from slidewright.exporters.problems import ImageProblems, published_images
from slidewright.exporters.published import language
from slidewright.exporters.responsive import FolderImages
from slidewright.exporters.siteconfig import (
    HUGO_CONFIGS,
    THEME,
    check_hugo_site,
    hugo_config,
    jekyll_config,
)
from slidewright.exporters.sitemessages import install_messages, language_front_matter
from slidewright.exporters.sitepages import page_front_matter, paged_head, picture, site_paging
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat import copy_images, format_article
from slidewright.fileformat.bundle import bundle_dir, local_images, normalise_image_paths
from slidewright.fileformat.images import slugify
from slidewright.fileformat.safefiles import contained
from slidewright.i18n import QT_TRANSLATE_NOOP, counted, listing
from slidewright.model import Article, Slide
from slidewright.packagedata import read_bytes, resource
from slidewright.render import ImageRef
from slidewright.render.page import render_head_meta
from slidewright.urls import is_remote

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
# Front-matter keys that are the writer's own bookkeeping, not the page's: where the article was
# published on WordPress (the site's address, post and media ids; publish/state.py). A site's
# page sources are often public (a GitHub Pages repository): they stay out of them.
PRIVATE_KEYS = frozenset({"wordpress"})
Site = Literal["hugo", "jekyll"]


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
    dropped = ROUTING_KEYS | PRIVATE_KEYS
    placed.extra = {k: v for k, v in placed.extra.items() if k not in dropped}
    placed.layout = "slideshow"  # the layout this export installs, whatever the article says
    normalise_image_paths(placed, bundle)  # ../../x/src/images/p.jpg -> images/p.jpg
    destination = contained(target.path, folder)
    # The target was checked (empty, ours, or the writer said replace): same-named images go.
    not_copied = set(copy_images(placed, bundle, destination, replace=True, publish=True))
    # Pictures written inside bodies (``![chart](images/chart.jpg)``) are rendered by the site
    # engine from the page bundle: they are copied (cleaned and credited below) like the slides'.
    from slidewright.publish.content import body_images

    in_bodies = [path for path in body_images(placed) if path not in local_images(placed)]
    carrier = Article(slides=[Slide(image=path) for path in in_bodies])
    not_copied |= set(copy_images(carrier, bundle, destination, replace=True, publish=True))
    _clean_drawings(destination, [*local_images(placed), *in_bodies], not_copied)
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
    # A picture the page leaves out (over the image bound, unreadable) is not published as a
    # file either: the copy would be the writer's original, metadata and all
    for path in local_images(placed):
        if path not in not_copied and not image(path).url:
            if (file := bundle_file(destination, path)) is not None:
                file.unlink(missing_ok=True)
    for path in [p for p in in_bodies if p not in not_copied]:
        source = bundle_file(bundle, path)
        too_large = bounds_problem(source) if source is not None else None
        # cut off, or not what its name says (the checker's image-damaged rule)
        too_large = too_large or (damage_problem(source) if source is not None else None)
        if too_large:
            not_copied.add(path)
            if (file := bundle_file(destination, path)) is not None:
                file.unlink(missing_ok=True)
            left_out = QT_TRANSLATE_NOOP("SiteExport", "image {path} left out: {reason}")
            options.problem(left_out.format(path=repr(path), reason=too_large))
    copied += [
        (file, path)
        for path in in_bodies
        if path not in not_copied and (file := bundle_file(destination, path))
    ]
    if failed := credits.write(copied):  # never the writer's file as it is: GPS, serials, owner
        for file in failed:
            file.unlink(missing_ok=True)
        names = listing([repr(path) for file, path in copied if file in failed])
        one = QT_TRANSLATE_NOOP(
            "SiteExport",
            "the full-size picture {names} was left out of the site: its metadata could not be "
            "cleaned (the page shows its renditions)",
        )
        other = QT_TRANSLATE_NOOP(
            "SiteExport",
            "the full-size pictures {names} were left out of the site: their metadata could not "
            "be cleaned (the page shows their renditions)",
        )
        options.problem(counted(len(failed), one.format(names=names), other.format(names=names)))
    page_url = _page_url(options, slug)
    if not options.base_url:
        options.warn(NO_BASE_URL)
    placed.extra["slidewright_lang"] = language(placed)  # a checked tag, for <html lang>
    placed.extra.update(language_front_matter(placed))  # its words, direction, written date
    if options.mode != "article":  # the layouts' default
        placed.extra["slideshow_mode"] = options.mode
    total = len(placed.slides)
    paged = options.mode == "paged" and total > 0
    pages: dict[str, Article] = {}
    meta = page_meta(placed, page_url, published_images(placed, destination, image, page_url))
    for index in range(total if paged else 1):
        page = copy.deepcopy(placed)
        step = site_paging(index, total) if paged else None
        prefix = "" if index == 0 else "../"
        url = page_url + (f"slide-{index + 1}/" if index and page_url else "")
        own = dataclasses.replace(meta, canonical=url) if step is not None else meta
        head = render_head_meta(placed, own) + (paged_head(url, step) if step else "")
        shown = page.slides[index : index + 1] if paged else page.slides
        pictures = [picture(image(s.image, prefix)) if s.image else None for s in shown]
        more = page.read_more.items if page.read_more else []
        more_pictures = [picture(image(i.image, prefix)) if i.image else None for i in more]
        if index > 0:
            page.extra["slidewright_title"] = placed.title
            page.title = f"{page.slides[index].heading} ({index + 1}/{total}) – {placed.title}"
        page.slides = shown
        page_front_matter(page, head, pictures, more_pictures, step)
        pages[_page_path(folder, slug, site, index, page)] = page
    images.files = {name: entry for name, entry in images.files.items() if entry[1]}  # the
    # pictures published as they are (SVG, GIF) are in the bundle already: copy_images put them
    images.write(target, f"{folder}/")
    written = [
        target.write(name, format_article(page).encode("utf-8")) for name, page in pages.items()
    ]
    return written[0]


def _clean_drawings(destination: Path, paths: list[str], not_copied: set[str]) -> None:
    """The SVGs copy_images put in the page bundle: their embedded pictures without metadata
    (exporters/svgrasters.py; the raster copies are cleaned by the policy below)."""
    from slidewright.exporters.svgrasters import clean_published_svg

    for path in paths:
        if path not in not_copied and path.lower().endswith(".svg"):
            if (file := bundle_file(destination, path)) is not None:
                clean_published_svg(file)


def _page_path(folder: str, slug: str, site: Site, index: int, page: Article) -> str:
    """Where page ``index`` is written. Jekyll nests it (SLUG/slide-N/); Hugo cannot nest pages in
    a page bundle, so its page is content/SLUG-slide-N/ published at /SLUG/slide-N/ and kept out
    of the site's lists (changes ``page``)."""
    if index == 0:
        return f"{folder}/index.md"
    if site == "jekyll":
        return f"{folder}/slide-{index + 1}/index.md"
    page.extra["url"] = f"/{slug}/slide-{index + 1}/"
    page.extra["build"] = {"list": "never"}
    return f"content/{slug}-slide-{index + 1}/index.md"


def _slug(bundle: Path, article: Article) -> str:
    return slugify(bundle_dir(bundle).name or article.title, "article")


def _layout_files(site: Site) -> list[tuple[str, bytes]]:
    """Every file of resources/layouts/<site>/, as (path inside it, bytes)."""
    found: list[tuple[str, bytes]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif not child.name.startswith("."):
                found.append((prefix + child.name, child.read_bytes()))

    walk(resource("layouts", site), "")
    return found


def install_theme(target: ExportTarget, site: Site) -> None:
    """Slidewright's layouts, stylesheet and script where ``site`` looks for them: Hugo's theme
    component in themes/slidewright/ (its static/ holds the assets), Jekyll's _layouts/,
    _includes/ and assets/slidewright/ at the site's root."""
    root = f"themes/{THEME}/" if site == "hugo" else ""
    assets = f"{root}static/slidewright" if site == "hugo" else "assets/slidewright"
    for name, data in _layout_files(site):
        target.write(root + name, data)
    target.write(f"{assets}/article.css", read_bytes("css", "article.css"))
    target.write(f"{assets}/slideshow.js", read_bytes("js", "slideshow.js"))
    install_messages(target, site, THEME)


def export_hugo(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """A Hugo site (made if new): content/SLUG/index.md + images, the theme (themes/slidewright)."""
    slug = _slug(bundle, article)
    index = _place_page(article, bundle, target, f"content/{slug}", slug, options, "hugo")
    install_theme(target, "hugo")
    new = not any((target.path / name).exists() for name in HUGO_CONFIGS)
    if new:
        target.write("hugo.toml", hugo_config(article, options), record=False)  # the writer's
    check_hugo_site(target.path, article, options, new)
    target.mark()
    return index


def export_jekyll(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """A Jekyll site (made if new): SLUG/index.md + images, _layouts, _includes and assets."""
    slug = _slug(bundle, article)
    index = _place_page(article, bundle, target, slug, slug, options, "jekyll")
    install_theme(target, "jekyll")
    if not (target.path / "_config.yml").exists():
        target.write("_config.yml", jekyll_config(article, options), record=False)
    target.mark()
    return index
