"""What was published where, kept in the article's own front matter under one key::

    wordpress:
      site: https://example.com
      post: 42
      media: {<sha256 of the image file>: 17, ...}

so that publishing again updates post 42 and reuses media 17 for an unchanged image, from any
computer the article is opened on. Every uploaded image is recorded (and the file saved) as soon
as it exists on the site, so a publish that fails half-way carries on from there next time.
The key is kept by the file format as any other key it does not own (``Article.extra``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slidewright.errors import FormatError
from slidewright.fileformat import file_digest, index_path, load_article, save_article
from slidewright.model import Article

KEY = "wordpress"


@dataclass
class PublishState:
    site: str
    post: int | None = None
    media: dict[str, int] = field(default_factory=dict)  # sha256 of the file -> media id

    def as_mapping(self) -> dict[str, Any]:
        data: dict[str, Any] = {"site": self.site}
        if self.post is not None:
            data["post"] = self.post
        data["media"] = dict(self.media)
        return data


def _id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def read_state(article: Article, file: Path | None = None) -> PublishState | None:
    """The state in ``article``'s front matter, or None; a FormatError naming the key when it was
    edited into something else (nothing is published then, and nothing overwritten)."""
    data = article.extra.get(KEY)
    if data is None:
        return None

    def bad(what: str) -> FormatError:
        return FormatError(file, f"{KEY}{what} (remove the {KEY}: key to publish as a new post)")

    if not isinstance(data, dict) or not isinstance(data.get("site", ""), str):
        raise bad(": must be a mapping with site, post and media")
    post = data.get("post")
    if post is not None and not _id(post):
        raise bad(f".post must be a post number, not {post!r}")
    media = data.get("media") or {}
    if not isinstance(media, dict) or not all(
        isinstance(k, str) and _id(v) for k, v in media.items()
    ):
        raise bad(".media must map image checksums to media numbers")
    return PublishState(site=data.get("site", ""), post=post, media=dict(media))


def write_state(article: Article, state: PublishState) -> None:
    """Put ``state`` in the article (where the key already is, or at the end of the extras)."""
    article.extra[KEY] = state.as_mapping()


def record_state(bundle: Path, state: PublishState, expected_digest: str | None = None) -> str:
    """Write ``state`` into the article file on disk and nothing else: the file's other fields
    stay as they are on disk (unsaved edits in a window are not saved behind the writer's back).
    Refuses (SaveConflictError) when the file changed since ``expected_digest``. Returns the new
    digest."""
    on_disk = load_article(bundle)
    write_state(on_disk, state)
    return save_article(on_disk, bundle, expected_digest=expected_digest)


def current_digest(bundle: Path) -> str | None:
    return file_digest(index_path(bundle))
