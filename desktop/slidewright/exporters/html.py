"""HTML exports: one self-contained file, or a folder with index.html and assets/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from slidewright.exporters.imagerights import credit_all
from slidewright.exporters.images import bundle_file, data_uri
from slidewright.exporters.options import ExportOptions
from slidewright.exporters.problems import ImageProblems, export_meta
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.imagebounds import ImageOutOfBounds
from slidewright.fileformat.svgclean import SvgRefused
from slidewright.model import Article, Slide
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.render.context import is_remote

Resolver = Callable[[str], ImageRef]


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
        except ImageOutOfBounds as error:
            return problems.too_large(path, error.reason)
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
    """Write ``index.html`` (or one page per slide, ``--mode paged``) and the pictures'
    renditions in ``assets/``, each carrying its slide's credits, into the target folder
    (exporters/paged.py). Nothing is written outside it, whatever the article's image paths say."""
    from slidewright.exporters.paged import write_folder_pages

    return write_folder_pages(article, bundle, target, options)
