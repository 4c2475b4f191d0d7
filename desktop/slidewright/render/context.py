"""What differs between the preview and the exports: where images come from, which scripts run."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

import nh3

from slidewright.errors import SlidewrightError
from slidewright.urls import safe_url

__all__ = ["ImageRef", "Mode", "MODES", "Paging", "RenderContext", "RenderTarget", "to_mode"]

# How a page shows the article: every slide in one scroll, one slide at a time, or (exports only)
# one page per slide. The strings are the CLI's --mode values and the exported front matter's
# slideshow_mode.
Mode = Literal["article", "slideshow", "paged"]
MODES: tuple[Mode, ...] = get_args(Mode)
# Who the page is for: an exported file, or the window's live preview (which adds its bridge).
RenderTarget = Literal["export", "preview"]


def to_mode(value: str) -> Mode:
    """``value`` as a Mode, or a SlidewrightError naming the modes there are."""
    for mode in MODES:
        if value == mode:
            return mode
    raise SlidewrightError(f"unknown mode {value!r}; choose one of: {', '.join(MODES)}")


@dataclass(frozen=True)
class ImageRef:
    """An image as the page shows it: a URL, or a placeholder note when it cannot be shown."""

    url: str | None
    note: str = ""
    width: int = 0  # known pixel size: written on <img> so the page does not shift as images load
    height: int = 0
    srcset: str = ""  # the same picture at other widths ("assets/x-480.jpg 480w, …"), if any
    webp_srcset: str = ""  # those widths in WebP, offered first to browsers that read it


@dataclass(frozen=True)
class Paging:
    """Where one page of a paged export sits: its slide, and the links to its neighbours (relative
    addresses that work from a folder on disk as on a server; "" where there is none)."""

    index: int  # the slide this page shows
    total: int
    prev: str
    next: str
    first: str  # the first page (the folder's index.html)
    canonical: str  # the address search engines should index: the first page

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def last(self) -> bool:
        return self.index == self.total - 1


@dataclass
class RenderContext:
    """How to render: ``image`` maps an article image path to what the page shows."""

    mode: Mode = "article"
    target: RenderTarget = "export"
    image: Callable[[str], ImageRef] = field(default=lambda path: ImageRef(safe_url(path) or None))
    img_src: str = "data: https:"  # the CSP img-src sources

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")

    def body_image(self, src: str) -> str | None:
        """Images written inside Markdown bodies resolve the same way as slide images."""
        return self.image(src).url

    @functools.cached_property
    def cleaner(self) -> nh3.Cleaner:
        from slidewright.render.markdown import make_cleaner

        return make_cleaner(self.body_image)
