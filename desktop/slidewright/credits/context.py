"""What the rules look at: the article, its bundle, and each image's state and metadata."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slidewright.credits.metadata import ImageMetadata, MetadataCache
from slidewright.fileformat.images import ImageProblem, bundle_image
from slidewright.model import Article


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
    bundle: Path  # resolved
    cache: MetadataCache
    options: CheckOptions

    def image(self, path: str) -> ImageState:
        """The same rule as the exports (:func:`bundle_image`): a path the export would show is
        a path the checker reads, and the other way round."""
        try:
            file = bundle_image(self.bundle, path)
            meta = self.cache.get(file)
        except ImageProblem as problem:
            if problem.kind != "unreadable":
                return ImageState(problem.kind)
            return ImageState(
                "unreadable", ImageMetadata(sha256="", readable=False, problem=problem.reason)
            )
        except FileNotFoundError:  # removed between the look and the read
            return ImageState("missing")
        except OSError as error:
            return ImageState(
                "unreadable", ImageMetadata(sha256="", readable=False, problem=str(error))
            )
        return ImageState("ok" if meta.readable else "unreadable", meta)
