"""HTML exports: one self-contained file, or a folder with index.html and assets/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from slidewright.exporters.headmeta import page_meta
from slidewright.exporters.imagerights import credit_all, original_rights
from slidewright.exporters.images import (
    AssetNamer,
    bundle_file,
    data_uri,
    pixel_size,
    published_bytes,
)
from slidewright.exporters.options import ExportOptions
from slidewright.exporters.published import PublishedImage, public_url
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.svgclean import SvgRefused
from slidewright.model import Article, Slide
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.context import is_remote
from slidewright.render.pagemeta import PageMeta

Resolver = Callable[[str], ImageRef]


class ImageProblems:
    """Turns an image an export cannot publish into a warning (or, strict, a refusal) naming
    the article and the image, once per image, and into nothing on the page: a reader never
    sees the authoring placeholder "Image not found"."""

    def __init__(self, bundle: Path, options: ExportOptions) -> None:
        self.bundle = bundle
        self.options = options
        self.seen: set[str] = set()

    def missing(self, path: str) -> ImageRef:
        self._report(path, "not found in the article's folder; published without it")
        return ImageRef(None)

    def refused(self, path: str) -> ImageRef:
        """An SVG that does not parse as one is left out rather than published as it is."""
        self._report(path, "is not a readable SVG; published without it")
        return ImageRef(None)

    def _report(self, path: str, problem: str) -> None:
        if path not in self.seen:
            self.seen.add(path)
            self.options.problem(f"{where_in_article(self.bundle, path)}: image {path!r} {problem}")


def where_in_article(bundle: Path, text: str) -> str:
    """``index.md:LINE`` of the first line naming ``text`` (an image path), for a message the
    writer can act on; the file alone when it is not found there as written."""
    index = bundle / "index.md"
    try:
        lines = index.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return str(index)
    line = next((n for n, line in enumerate(lines, 1) if text in line), 0)
    return f"{index}:{line}" if line else str(index)


def published_images(
    article: Article, bundle: Path, resolve: Resolver, page_url: str
) -> list[tuple[Slide, PublishedImage, str]]:
    """Every slide with an image as the page publishes it: absolute address, size and the
    original file's copyright notice (for the JSON-LD and the sharing card)."""
    images = []
    for slide in article.slides:
        if not slide.image:
            continue
        ref = resolve(slide.image)
        if ref.url is None:
            continue
        file = None if is_remote(slide.image) else bundle_file(bundle, slide.image)
        published = PublishedImage(public_url(page_url, ref.url), ref.width, ref.height)
        images.append((slide, published, original_rights(file) if file else ""))
    return images


def export_meta(
    article: Article, bundle: Path, resolve: Resolver, options: ExportOptions, page_url: str
) -> PageMeta:
    if not options.base_url:
        options.warn(
            "no --base-url: the page has no canonical address, and sharing cards and search "
            "engines get no image address"
        )
    return page_meta(article, page_url, published_images(article, bundle, resolve, page_url))


def single_file_context(
    bundle: Path,
    options: ExportOptions,
    problems: ImageProblems | None = None,
    cache: dict[str, ImageRef] | None = None,
) -> RenderContext:
    """Images inlined as data URIs, each resolved once into ``cache`` (given: the caller's)."""
    cache = {} if cache is None else cache
    problems = problems or ImageProblems(bundle, options)

    def inline(path: str, file: Path) -> ImageRef:
        try:
            uri, width, height = data_uri(file)
        except SvgRefused:
            return problems.refused(path)
        return ImageRef(uri, width=width, height=height)

    def image(path: str) -> ImageRef:
        if path not in cache:
            if is_remote(path):
                cache[path] = ImageRef(path)
            else:
                file = bundle_file(bundle, path)
                cache[path] = inline(path, file) if file else problems.missing(path)
        return cache[path]

    return RenderContext(mode=options.mode, target="export", image=image, img_src="data: https:")


def credit_inlined(
    article: Article,
    bundle: Path,
    ctx: RenderContext,
    cache: dict[str, ImageRef],
    options: ExportOptions,
) -> None:
    """Write each slide's credits into its inlined image (one ExifTool run for all), the
    original's rights metadata copied back onto a copy scaled down for mailing. Replaces the
    entries of ``cache`` (behind ``ctx.image``) with the credited data URIs."""
    import base64
    import tempfile

    from slidewright.exporters.imagerights import WRITABLE

    shown: dict[str, tuple[Slide, Path, ImageRef]] = {}
    for slide in reversed(article.slides):  # an image on two slides: the first one's credits
        ref = ctx.image(slide.image) if slide.image and not is_remote(slide.image) else None
        file = bundle_file(bundle, slide.image) if ref and ref.url else None
        if ref and file and Path(file.name).suffix.lower() in WRITABLE:
            shown[slide.image] = (slide, file, ref)
    if not shown:
        return
    with tempfile.TemporaryDirectory(prefix="slidewright-") as scratch:
        jobs = []
        for n, (path, (slide, file, ref)) in enumerate(shown.items()):
            header, _, encoded = (ref.url or "").partition(",")
            copy = Path(scratch) / f"{n}{Path(file.name).suffix.lower()}"
            copy.write_bytes(base64.b64decode(encoded))
            jobs.append((path, header, copy, slide, file))
        credit_all([(copy, slide, file) for _, _, copy, slide, file in jobs], options.problem)
        for path, header, copy, _, _ in jobs:
            ref = shown[path][2]
            uri = f"{header},{base64.b64encode(copy.read_bytes()).decode('ascii')}"
            cache[path] = ImageRef(uri, width=ref.width, height=ref.height)


def export_single_file(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """Write one HTML file that works offline: CSS, JS and images inlined, each slide image
    carrying its credits. Its images have no address of their own, so only remote images
    reach its sharing card and JSON-LD."""
    cache: dict[str, ImageRef] = {}
    ctx = single_file_context(bundle, options, cache=cache)
    credit_inlined(article, bundle, ctx, cache, options)
    meta = export_meta(article, bundle, ctx.image, options, options.base_url)
    html = render_page(article, ctx, meta=meta)
    return target.write_whole(html.encode("utf-8"))


def export_folder(
    article: Article, bundle: Path, target: ExportTarget, options: ExportOptions
) -> Path:
    """Write ``index.html`` and the images in ``assets/`` (original names) into the target folder,
    each image carrying its slide's credit and licence (imagerights.py).

    Nothing is written outside it, whatever the article's image paths say."""
    namer = AssetNamer()
    copies: dict[str, tuple[bytes, Path]] = {}
    problems = ImageProblems(bundle, options)
    cache: dict[str, ImageRef] = {}

    def copy(path: str) -> ImageRef:
        if is_remote(path):
            return ImageRef(path)
        file = bundle_file(bundle, path)
        if file is None:
            return problems.missing(path)
        name = f"assets/{namer.name(file)}"
        try:
            copies[name] = (published_bytes(file), file)
        except SvgRefused:
            return problems.refused(path)
        width, height = pixel_size(file)
        return ImageRef(name, width=width, height=height)

    def image(path: str) -> ImageRef:
        if path not in cache:
            cache[path] = copy(path)
        return cache[path]

    ctx = RenderContext(
        mode=options.mode, target="export", image=image, img_src="'self' data: https:"
    )
    meta = export_meta(article, bundle, image, options, options.base_url)
    html = render_page(article, ctx, meta=meta)
    # an image shown on two slides carries the first one's credits
    credited = {name: s for s in reversed(article.slides) if (name := _asset_of(image, s))}
    jobs = []
    for name, (data, original) in copies.items():
        written = target.write(name, data)
        if name in credited:  # the copy keeps the original's metadata; add the slide's credits
            jobs.append((written, credited[name], original))
    credit_all(jobs, options.problem)
    for written, _, _ in jobs:
        target.refresh(written.relative_to(target.path))
    page = target.write("index.html", html.encode("utf-8"))
    target.mark()  # last: it records every file written
    return page


def _asset_of(image: Resolver, slide: Slide) -> str:
    if not slide.image or is_remote(slide.image):
        return ""
    return image(slide.image).url or ""
