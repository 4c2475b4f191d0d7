"""What the rules look at: the article, its bundle, and each image's state and metadata."""

from __future__ import annotations

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


@dataclass
class CheckContext:
    article: Article
    bundle: Path
    cache: MetadataCache
    options: CheckOptions

    def image(self, path: str) -> ImageState:
        if not path.strip():
            return ImageState("none")
        if is_remote(path):
            return ImageState("remote")
        if not is_local(path):
            return ImageState("outside")
        root = self.bundle.resolve()
        file = (root / path).resolve()
        if not file.is_relative_to(root):
            return ImageState("outside")
        if not file.is_file():
            return ImageState("missing")
        try:
            meta = self.cache.get(file)
        except OSError as error:
            return ImageState(
                "unreadable", ImageMetadata(sha256="", readable=False, problem=str(error))
            )
        return ImageState("ok" if meta.readable else "unreadable", meta)
