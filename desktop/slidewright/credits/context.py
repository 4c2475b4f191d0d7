"""What the rules look at: the article, its bundle, and each image's state and metadata."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

from slidewright.credits.agencies import Agency, catalogue
from slidewright.credits.evidence import FileEvidence, file_evidence
from slidewright.credits.metadata import ImageMetadata, MetadataCache
from slidewright.fileformat.images import ImagePaths, ImageProblem
from slidewright.licence_dates import EXPIRING_DAYS
from slidewright.model import Article, Slide


@dataclass(frozen=True)
class CheckOptions:
    min_side: int = 720  # house minimum for the shorter side, in pixels
    # The writer's own agencies (Preferences ▸ Agencies, check --agency), beside the built-in list
    own_agencies: tuple[str, ...] = ()
    # What the ai-undisclosed fix adds to a caption (Preferences ▸ AI disclosure); "": the
    # sentence of the article's own language (ai_wording.py), which the checker puts here
    ai_disclosure: str = ""
    # The day the licence rules compare with (None: the checker puts in today's, so a check
    # made on another day is not answered from the findings remembered the day before), and
    # how far ahead a licence's end is noted for an article not yet published
    today: datetime.date | None = None
    expiring_days: int = EXPIRING_DAYS


ImageKind = Literal["none", "remote", "outside", "missing", "unreadable", "ok"]


@dataclass(frozen=True)
class ImageState:
    """Where the slide's image stands; ``meta`` is set when it is ``ok`` (or unreadable on disk)."""

    kind: ImageKind
    meta: ImageMetadata | None = None

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


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
    paths: ImagePaths = field(default_factory=ImagePaths)  # the checker keeps one across checks

    @property
    def today(self) -> datetime.date:
        return self.options.today or datetime.date.today()

    @property
    def known(self) -> tuple[Agency, ...]:
        """Every agency the rules know: the built-in list and the writer's own."""
        return catalogue(self.options.own_agencies)

    def evidence(self, image: ImageState) -> FileEvidence:
        """What the image's file says about who made it (nothing for a file not read)."""
        return file_evidence(image.meta if image.ok else None, self.known)

    def image(self, path: str) -> ImageState:
        """The same rule as the exports (:func:`bundle_image`): a path the export would show is
        a path the checker reads, and the other way round."""
        try:
            file = self.paths.resolve(self.bundle, path)
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
