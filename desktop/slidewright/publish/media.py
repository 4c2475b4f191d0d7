"""The article's images on the site: uploaded once, found again by the SHA-256 of their bytes.

What is sent is the picture every export publishes (publish/pictures.py): cleaned of private
metadata, with its slide's credits written in. An image whose checksum is recorded
(``wordpress.media``) and still exists on the site is not sent again; only its alt text, caption
and title are updated. A new or changed image is uploaded
and recorded at once (the caller saves the record), before anything else happens, so a publish
cut short never uploads it twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from slidewright.fileformat.imagebounds import ImageOutOfBounds, image_bounds
from slidewright.fileformat.images import ImageProblem, bundle_image, read_image_bytes
from slidewright.fileformat.picturename import name_suffix
from slidewright.publish.answers import answer_id, answer_text
from slidewright.publish.client import WordPressClient
from slidewright.publish.content import Uploaded
from slidewright.publish.errors import PublishError, SiteAnswerError
from slidewright.publish.state import PublishState
from slidewright.urls import without_passwords

MIME = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


@dataclass(frozen=True)
class MediaText:
    """What WordPress's media library shows for an image."""

    alt: str
    caption: str  # the slide's caption and its credit line with the label
    title: str


def upload_name(path: str) -> str:
    """A file name every server accepts in a Content-Disposition header (ASCII, no quotes)."""
    name = Path(path.replace("\\", "/")).name
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return cleaned or "image"


def read_local_image(bundle: Path, path: str) -> bytes:
    """The bytes of image ``path`` in the bundle; PublishError naming it when it cannot be sent."""
    if name_suffix(path) not in MIME:
        raise PublishError(
            f"{path}: WordPress takes JPEG, PNG, WebP or GIF images; convert this one first"
        )
    try:
        data = read_image_bytes(bundle_image(bundle, path))
        image_bounds(data, path)  # the bound every image path shares
    except ImageProblem as problem:
        raise PublishError(
            f"{path}: cannot be uploaded: {problem.reason or problem.kind}"
        ) from None
    except ImageOutOfBounds as error:
        raise PublishError(f"{path}: cannot be uploaded: {error.reason}") from None
    return data


class MediaUploader:
    """Puts images on the site for one publish, recording each new one through ``record``."""

    def __init__(
        self,
        client: WordPressClient,
        pictures: Mapping[str, bytes],
        state: PublishState,
        record: Callable[[PublishState], None],
    ) -> None:
        self.client = client
        self.pictures = pictures  # path -> the cleaned, credited bytes (publish/pictures.py)
        self.state = state
        self.record = record
        self.uploaded: list[str] = []  # image paths sent this time
        self.reused: list[str] = []  # image paths already on the site
        self.used: set[str] = set()  # checksums the article uses now

    def ensure(self, path: str, text: MediaText) -> Uploaded:
        data = self.pictures[path]  # never the writer's file as it is
        checksum = hashlib.sha256(data).hexdigest()
        self.used.add(checksum)
        fields = {
            name: without_passwords(value)  # an address's password never leaves (render/page.py)
            for name, value in (
                ("alt_text", text.alt),
                ("caption", text.caption),
                ("title", text.title),
            )
        }
        known = self.state.media.get(checksum)
        if known is not None:
            try:
                where = f"POST /wp/v2/media/{known}"
                answer = self.client.request("POST", f"/wp/v2/media/{known}", body=fields)
                found = self._uploaded(answer, where)
                self.reused.append(path)
                return found
            except SiteAnswerError as error:
                if error.status not in (404, 410):
                    raise
                del self.state.media[checksum]  # deleted on the site since: upload it again
        suffix = name_suffix(path)
        try:
            answer = self.client.request(
                "POST",
                "/wp/v2/media",
                data=data,
                headers={
                    "Content-Type": MIME[suffix],
                    "Content-Disposition": f'attachment; filename="{upload_name(path)}"',
                },
            )
            media_id = answer_id(answer, self.client.site, f"POST /wp/v2/media ({path})")
        except SiteAnswerError as error:
            if error.status != 200:
                raise  # refused: not uploaded
            raise SiteAnswerError(  # accepted, but the answer cannot be used
                f"{error}. {path} may now be in the site's media library, but without a usable "
                "number it cannot be recorded (check the library before publishing again)",
                error.status,
            ) from None
        self.state.media[checksum] = media_id
        self.record(self.state)  # on the site now: never upload it again
        self.uploaded.append(path)
        answer = self.client.request("POST", f"/wp/v2/media/{media_id}", body=fields)
        return self._uploaded(answer, f"POST /wp/v2/media/{media_id}")

    def _uploaded(self, answer: object, where: str) -> Uploaded:
        """The media item an answer describes: its number and a web address for its file."""
        site = self.client.site
        media_id = answer_id(answer, site, where)
        source = answer_text(answer, site, where, "source_url")
        if urlsplit(source).scheme not in ("http", "https"):
            raise SiteAnswerError(
                f"{site} answered {where} with source_url {source[:60]!r}, not a web address", 200
            )
        return Uploaded(media_id, source)
