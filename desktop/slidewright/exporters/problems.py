"""What every export shares about its images: the problems it reports instead of publishing a
placeholder, and what the published page says about the images it shows (sharing card, JSON-LD).

Kept apart from the exporters themselves so the HTML folder, the paged pages and the site pages
(html.py, paged.py, sites.py) report the same way without importing each other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from slidewright.exporters.headmeta import page_meta
from slidewright.exporters.images import bundle_file
from slidewright.exporters.options import NO_BASE_URL, ExportOptions
from slidewright.exporters.picturepolicy import original_rights
from slidewright.exporters.published import PublishedImage, public_url
from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.model import Article, Slide
from slidewright.render import ImageRef
from slidewright.render.pagemeta import PageMeta
from slidewright.urls import is_remote

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
        """An image the export cannot use: not there, or there but no picture it may read (a
        FIFO, a device, a folder, a file too large, a link out of the folder: say which)."""
        reason = _why_unusable(self.bundle, path)
        if reason:
            return self.too_large(path, reason)
        self._report(
            path,
            QT_TRANSLATE_NOOP(
                "ImageProblems",
                "{where}: image {path} not found in the article's folder; published without it",
            ),
        )
        return ImageRef(None)

    def refused(self, path: str) -> ImageRef:
        """An SVG that does not parse as one is left out rather than published as it is."""
        reason = _why_unusable(self.bundle, path)
        if reason:  # (too large, say: the check's words)
            return self.too_large(path, reason)
        self._report(
            path,
            QT_TRANSLATE_NOOP(
                "ImageProblems", "{where}: image {path} is not a readable SVG; published without it"
            ),
        )
        return ImageRef(None)

    def too_large(self, path: str, reason: str) -> ImageRef:
        """A picture beyond the shared bound (``fileformat/imagebounds.py``) is left out."""
        self._report(
            path,
            QT_TRANSLATE_NOOP("ImageProblems", "{where}: image {path} is not published: {reason}"),
            reason,
        )
        return ImageRef(None)

    def damaged(self, path: str, reason: str) -> ImageRef:
        """A picture cut off, or not what its name says (``fileformat/imagedamage.py``, the
        checker's image-damaged rule), is left out: a reader would see half a photo or none."""
        self._report(
            path,
            QT_TRANSLATE_NOOP("ImageProblems", "{where}: image {path} left out: {reason}"),
            reason,
        )
        return ImageRef(None)

    def _report(self, path: str, problem: Message, reason: str = "") -> None:
        """``problem`` (a message with {where}, {path} and perhaps {reason}) once per image."""
        if path not in self.seen:
            self.seen.add(path)
            where = where_in_article(self.bundle, path)
            self.options.problem(problem.format(where=where, path=repr(path), reason=reason))


def _why_unusable(bundle: Path, path: str) -> str:
    """The checker's sentence for an image path that names something there but unusable; ""
    when it names nothing (or is fine)."""
    from slidewright.fileformat.imagecheck import ImageRefused, read_image
    from slidewright.fileformat.images import ImageProblem, bundle_image

    try:
        file = bundle_image(bundle, path)
    except ImageProblem as error:
        there = error.kind in ("unreadable", "outside") or "folder, not" in error.reason
        return error.reason if there else ""
    try:  # there, and a regular file: is it a picture the export may publish? (check's words)
        read_image(file)
    except ImageRefused as error:
        return str(error).removeprefix(f"{file}: ")  # (the message names the image already)
    except OSError:
        return ""
    return ""


def where_in_article(bundle: Path, text: str) -> str:
    """``index.md:LINE`` of the line naming ``text`` (an image path), for a message the writer
    can act on: the first ``image:`` line whose value is exactly ``text`` (quoted or not), else
    the first line holding it; the file alone when it is not found there as written."""
    index = bundle / "index.md"
    try:
        lines = index.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return str(index)
    exact = next((n for n, line in enumerate(lines, 1) if _image_value(line) == text), 0)
    line = exact or next((n for n, line in enumerate(lines, 1) if text and text in line), 0)
    return f"{index}:{line}" if line else str(index)


def _image_value(line: str) -> str | None:
    """The value of an ``image:`` line (``- image: 'a b.jpg'`` -> ``a b.jpg``), else None."""
    body = line.strip().removeprefix("-").strip()
    if not body.startswith("image:"):
        return None
    value = body[len("image:") :].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
    return value


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
        options.warn(NO_BASE_URL)
    return page_meta(article, page_url, published_images(article, bundle, resolve, page_url))
