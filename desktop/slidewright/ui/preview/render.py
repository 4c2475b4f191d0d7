"""What the live preview renders, and where: fragments for pushes are rendered off the UI thread.

The window takes a cheap snapshot of what changed (``Push``: the article with copies of the dirty
slides) on the UI thread; ``PushRenderer`` turns it into one script on the background thread, so a
long or hostile slide body never holds up the next keystroke.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl

from slidewright.fileformat.imagebounds import pixel_problem
from slidewright.fileformat.images import ImageProblem, bundle_image
from slidewright.model import Article
from slidewright.render import (
    ImageRef,
    RenderContext,
    render_header,
    render_page,
    render_read_more,
    render_slide,
)
from slidewright.render.chrome import page_chrome
from slidewright.render.context import Mode
from slidewright.ui.imagesize import shown_size
from slidewright.urls import is_local, is_remote


def preview_image(bundle: Path, path: str) -> ImageRef:
    """Local images are served from the bundle; remote ones are never fetched."""
    if is_remote(path):
        host = QUrl(path).host()
        if host:
            text = QCoreApplication.translate(
                "PreviewRender", "Remote image from {host} is not loaded in the preview"
            )
        else:
            text = QCoreApplication.translate(
                "PreviewRender", "Remote image from the web is not loaded in the preview"
            )
        return ImageRef(None, text.format(host=host))
    if not is_local(path):
        return ImageRef(
            None,
            QCoreApplication.translate(
                "PreviewRender", "Image outside the article folder: {path}"
            ).format(path=path),
        )
    try:
        file = bundle_image(bundle, path)  # a regular file inside the bundle: never a pipe
        version = file.stat().st_mtime_ns
    except ImageProblem as problem:
        return ImageRef(
            None,
            QCoreApplication.translate("PreviewRender", "Image not shown: {reason}").format(
                reason=problem.reason or path
            ),
        )
    except OSError:
        return ImageRef(
            None,
            QCoreApplication.translate("PreviewRender", "Image not found: {path}").format(
                path=path
            ),
        )
    width, height = _image_size(str(file), version)
    too_large = pixel_problem(width, height)  # what no export publishes, the preview says
    if too_large:
        shown = QCoreApplication.translate(
            "PreviewRender", "Image not shown: {path}: {reason}"
        ).format(path=path, reason=too_large)
        return ImageRef(None, shown)
    return ImageRef(f"{quote(path)}?v={version // 1_000_000_000}", width=width, height=height)


@functools.lru_cache(maxsize=8192)
def _image_size(file: str, version: int) -> tuple[int, int]:
    """The image's pixel size from its header (cached per file version)."""
    return shown_size(file)  # turned as the EXIF orientation says


FIRST_PAINT_SLIDES = 12  # a long article paints its opening first; the rest follows right after


def opening_page(article: Article, bundle: Path, mode: Mode) -> tuple[bytes, bool]:
    """The page the preview loads on open, and whether it is partial (the article has more than
    FIRST_PAINT_SLIDES slides: the rest are pushed into it once it has painted). The page kept
    for the next start (first_page.py) is this page, so a fresh one can be compared with it."""
    partial = len(article.slides) > FIRST_PAINT_SLIDES
    first = FIRST_PAINT_SLIDES if partial else None
    page = render_page(article, preview_context(bundle, mode), first)
    return page.encode("utf-8"), partial


def preview_context(bundle: Path, mode: Mode) -> RenderContext:
    return RenderContext(
        mode=mode,
        target="preview",
        image=lambda path: preview_image(bundle, path),
        img_src="slidewright: data:",
    )


@dataclass
class Push:
    """A snapshot of the edits to push: taken on the UI thread, rendered on the background one."""

    article: Article
    bundle: Path
    mode: Mode
    slides: list[int] = field(default_factory=list)
    all_slides: bool = False
    header: bool = False
    read_more: bool = False
    follow: bool = True  # new slides bring the selected one into view (not the opening fill-in)

    @classmethod
    def take(
        cls,
        article: Article,
        bundle: Path,
        mode: Mode,
        slides: set[int],
        all_slides: bool,
        header: bool,
        read_more: bool,
        follow: bool = True,
    ) -> Push:
        """Copy only what the render will read, so later edits cannot change it mid-render."""
        snapshot = copy.copy(article)
        snapshot.slides = list(article.slides)
        wanted = range(len(article.slides)) if all_slides else sorted(slides)
        for index in wanted:
            if index < len(snapshot.slides):
                snapshot.slides[index] = article.slides[index].copy()
        snapshot.read_more = copy.deepcopy(article.read_more)
        return cls(snapshot, bundle, mode, sorted(slides), all_slides, header, read_more, follow)


class PushRenderer:
    """Renders pushes into one script; used from the background thread only."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[str, int, str]] = {}  # index -> (label, revision, html)
        self._context: RenderContext | None = None
        self._context_key: tuple[Path, Mode] | None = None

    def context(self, bundle: Path, mode: Mode) -> RenderContext:
        """One context per folder and mode: it carries the sanitiser, too dear to build per key."""
        if self._context is None or self._context_key != (bundle, mode):
            self._context, self._context_key = preview_context(bundle, mode), (bundle, mode)
            self._cache.clear()
        return self._context

    def slide_html(self, article: Article, index: int, ctx: RenderContext) -> str:
        """One slide's HTML, rendered again only when the slide's revision (any field, see
        ``Slide.revision``) or the credit label changed: one cached render per position, so a new
        field can never leave it stale and typing does not pile up old renders."""
        slide, label = article.slides[index], f"{article.credit_label}\n{article.lang}"
        cached = self._cache.get(index)
        if cached is not None and cached[0] == label and cached[1] == slide.revision:
            return cached[2]
        html = render_slide(article, index, ctx)
        self._cache[index] = (label, slide.revision, html)
        return html

    def script(self, push: Push) -> str:
        ctx = self.context(push.bundle, push.mode)
        article = push.article
        calls = []
        if push.all_slides:
            del_from = len(article.slides)
            for index in [i for i in self._cache if i >= del_from]:
                del self._cache[index]
            slides = [self.slide_html(article, i, ctx) for i in range(len(article.slides))]
            follow = json.dumps(push.follow)
            calls.append(f"slidewright.setSlides({json.dumps(slides)}, {follow});")
        else:
            changed = [
                (index, self.slide_html(article, index, ctx))
                for index in push.slides
                if index < len(article.slides)
            ]
            if changed:  # in one call: the slide in view is kept in place around them all
                calls.append(f"slidewright.replaceSlides({json.dumps(changed)});")
        if push.header:
            calls.append(f"slidewright.replaceHeader({json.dumps(render_header(article, ctx))});")
            calls.append(f"document.title = {json.dumps(article.title or 'Untitled article')};")
            calls.append(f"slidewright.setLanguage({json.dumps(page_chrome(article))});")
        if push.read_more:
            calls.append(
                f"slidewright.replaceReadMore({json.dumps(render_read_more(article, ctx))});"
            )
        return "\n".join(calls)
