"""What the rules look at: the article, its bundle, and each image's state and metadata."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from slidewright.credits.metadata import ImageMetadata, MetadataCache
from slidewright.model import Article, Slide
from slidewright.render.context import is_local, is_remote


@dataclass(frozen=True)
class CheckOptions:
    min_side: int = 720  # house minimum for the shorter side, in pixels


ImageKind = Literal["none", "remote", "outside", "missing", "unreadable", "ok"]


@dataclass(frozen=True)
class ImageState:
    """Where the slide's image stands; ``meta`` is set when it is ``ok`` (or unreadable on disk)."""

    kind: ImageKind
    meta: ImageMetadata | None = None

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


@functools.lru_cache(maxsize=65536)
def _classify(path: str) -> ImageKind | None:
    """The state of an image path that needs no file: none, remote or outside (None: look on disk)."""
    if not path.strip():
        return "none"
    if is_remote(path):
        return "remote"
    if not is_local(path):
        return "outside"
    return None


class SlideState(NamedTuple):
    """One slide as the article-wide rules see it: its position (0-based), fields and image."""

    position: int
    slide: Slide
    image: ImageState


@dataclass
class CheckContext:
    article: Article
    bundle: Path  # resolved
    cache: MetadataCache
    options: CheckOptions

    def image(self, path: str) -> ImageState:
        kind = _classify(path)
        if kind is not None:
            return ImageState(kind)
        file = os.path.join(self.bundle, path)  # _classify already refused absolute paths and '..'
        try:
            meta = self.cache.get(file)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError, ValueError):
            return ImageState("missing")  # ValueError: a NUL in the path, no such file can exist
        except OSError as error:
            return ImageState(
                "unreadable", ImageMetadata(sha256="", readable=False, problem=str(error))
            )
        return ImageState("ok" if meta.readable else "unreadable", meta)
