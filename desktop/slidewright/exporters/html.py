"""HTML exports: one self-contained file, or a folder with index.html and assets/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from slidewright.exporters.images import (
    article_images,
    bundle_file,
    damage_problem,
    data_uri,
)
from slidewright.exporters.options import ExportOptions
from slidewright.exporters.problems import ImageProblems, export_meta
from slidewright.exporters.reencode import without_metadata
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.imagebounds import ImageOutOfBounds
from slidewright.fileformat.svgclean import SvgRefused
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Article, Slide
from slidewright.render import ImageRef, RenderContext, render_page
from slidewright.urls import is_remote, safe_url

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
        damage = damage_problem(file)
        if damage:  # cut off, or not what its name says: the checker's image-damaged rule
            return problems.damaged(path, damage)
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
                cache[path] = ImageRef(safe_url(path) or None)  # (never a password)
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
    """Make every inlined picture (slides, read-more thumbnails, images in bodies) carry only
    what the metadata policy allows, with its slide's credits (one ExifTool run for all).
    Replaces the entries of ``cache`` (behind ``ctx.image``) with the rewritten data URIs."""
    slides: dict[str, Slide] = {}
    for slide in reversed(article.slides):  # an image on two slides: the first one's credits
        if slide.image and not is_remote(slide.image):
            slides[slide.image] = slide
    for slide in article.slides:  # resolved (and so inlined) before the page renders, in the
        if slide.image in slides:  # article's order: a warning for each missing one comes so
            ctx.image(slide.image)
    from slidewright.publish.content import body_images  # images in bodies, as the page finds them

    for path in [*article_images(article), *body_images(article)]:
        ctx.image(path)
    if not cache:
        return
    import base64
    import tempfile

    # imported here: an article without local pictures (a text export) never needs them
    from slidewright.exporters.imagerights import DRAWINGS, credit_all
    from slidewright.fileformat.picturename import name_suffix

    shown: dict[str, tuple[Slide | None, Path, ImageRef]] = {}
    for path, ref in cache.items():
        file = bundle_file(bundle, path) if ref.url and ref.url.startswith("data:") else None
        if file and name_suffix(file) not in DRAWINGS:  # (others: credit_all)
            shown[path] = (slides.get(path), file, ref)
    if not shown:
        return
    with tempfile.TemporaryDirectory(prefix="slidewright-") as scratch:
        jobs = []
        for n, (path, (shows, file, ref)) in enumerate(shown.items()):
            header, _, encoded = (ref.url or "").partition(",")
            copy = Path(scratch) / f"{n}{name_suffix(file)}"
            copy.write_bytes(base64.b64decode(encoded))
            jobs.append((path, header, copy, shows, file))
        # only the pictures that failed fall back: one damaged picture must not strip the
        # others of their credits
        failed = credit_all(
            [(copy, shows, file) for _, _, copy, shows, file in jobs],
            options.problem,
            article.publish_location,
        )
        if not failed:  # signed last: any later rewrite would break the signature
            from slidewright.exporters.credentials import sign_all

            signing: list[str] = []

            def problem(message: str) -> None:
                signing.append(message)
                options.problem(message)

            sign_all(
                [(copy, shows, file) for _, _, copy, shows, file in jobs], options.signing, problem
            )
            if signing:
                failed = {copy for _, _, copy, _, _ in jobs}
        for path, header, copy, _, _ in jobs:
            ref = shown[path][2]
            data: bytes | None = copy.read_bytes()
            if copy in failed and data is not None:  # not cleaned: its pixels only, or nothing
                data = without_metadata(data)
            if data is None:
                cache[path] = ImageRef(None)
                left_out = QT_TRANSLATE_NOOP(
                    "HtmlExport", "image {path} left out: its metadata could not be cleaned"
                )
                options.problem(left_out.format(path=repr(path)))
                continue
            uri = f"{header},{base64.b64encode(data).decode('ascii')}"
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
