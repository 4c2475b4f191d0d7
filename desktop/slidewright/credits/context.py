"""What the rules look at: the article, its bundle, and each image's state and metadata."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from slidewright.credits.metadata import ImageMetadata, MetadataCache
from slidewright.model import Article
from slidewright.render.context import is_local, is_remote


@dataclass(frozen=True)
class CheckOptions:
    min_side: int = 720  # house minimum for the shorter side, in pixels


@dataclass(frozen=True)
class ImageState:
    """none | remote | outside | missing | unreadable | ok (then ``meta`` is set)."""

    kind: str
    meta: ImageMetadata | None = None

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


@functools.lru_cache(maxsize=65536)
def _classify(path: str) -> str | None:
    """The state of an image path that needs no file: none, remote or outside (None: look on disk)."""
    if not path.strip():
        return "none"
    if is_remote(path):
        return "remote"
    if not is_local(path):
        return "outside"
    return None


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
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return ImageState("missing")
        except OSError as error:
            return ImageState(
                "unreadable", ImageMetadata(sha256="", readable=False, problem=str(error))
            )
        return ImageState("ok" if meta.readable else "unreadable", meta)
