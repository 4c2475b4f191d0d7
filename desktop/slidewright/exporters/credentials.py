"""Content Credentials on published pictures (issue 29): signed anew, or said to be left behind.

The metadata policy (``picturepolicy.py``, ExifTool's ``-all=``) removes every embedded manifest
from a published file, and a resized or re-encoded rendition could not keep its original's anyway:
its pixels no longer match what was signed. So a published file carries a manifest only when the
writer has a signing certificate (Preferences, or ``--c2pa-cert``/``--c2pa-key``): then each file
is signed after the policy ran, naming its original as parent (``provenance/signing.py``).
Without one, the export says which pictures' credentials were not carried over, and publishes no
manifest at all — never one that would fail validation.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.fileformat.images import ImageProblem, bundle_image, read_image_bytes
from slidewright.i18n import QT_TRANSLATE_NOOP, counted
from slidewright.model import Article, Slide
from slidewright.urls import is_remote

if TYPE_CHECKING:  # the provenance package loads when there is a picture to look at or sign
    from slidewright.provenance.signing import SigningIdentity

MIME_BY_SUFFIX = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".gif": "image/gif",
    ".avif": "image/avif",
}

Job = tuple[Path, Slide | None, Path | None]


def signed_originals(article: Article, bundle: Path) -> list[str]:
    """The article's pictures whose original files carry Content Credentials (in slide order)."""
    found: list[str] = []
    for path in dict.fromkeys(slide.image for slide in article.slides if slide.image):
        if is_remote(path):
            continue
        try:
            raw = read_image_bytes(bundle_image(bundle, path))
        except (ImageProblem, OSError):
            continue
        from slidewright.provenance.reader import has_manifest

        if has_manifest(raw):
            found.append(path)
    return found


def say_what_is_left_behind(
    article: Article, bundle: Path, signing: SigningIdentity | None, warn: Callable[[str], None]
) -> None:
    """Without a certificate: one warning naming the pictures whose credentials stay behind."""
    if signing is not None:
        return
    left = signed_originals(article, bundle)
    if left:
        shown: str = ", ".join(left[:6])
        if len(left) > 6:
            more = counted(
                len(left) - 6,
                QT_TRANSLATE_NOOP("ExportCredentials", "{names} and 1 more"),
                QT_TRANSLATE_NOOP("ExportCredentials", "{names} and {count} more"),
            )
            shown = more.format(names=shown, count=len(left) - 6)
        warning = QT_TRANSLATE_NOOP(
            "ExportCredentials",
            "Content Credentials not carried over for {pictures}: published pictures carry a "
            "manifest only when signed anew (a signing certificate in Preferences, or "
            "--c2pa-cert and --c2pa-key)",
        )
        warn(warning.format(pictures=shown))


def sign_all(
    jobs: Sequence[Job], signing: SigningIdentity | None, problem: Callable[[str], None]
) -> None:
    """Sign each published file (after the metadata policy wrote it) naming its original."""
    if signing is None:
        return
    from slidewright.provenance.signing import SigningError, sign_published

    for file, _slide, original in jobs:
        mime = MIME_BY_SUFFIX.get(file.suffix.lower())
        if mime is None or original is None:
            continue
        original_mime = MIME_BY_SUFFIX.get(original.suffix.lower(), mime)
        try:
            data = file.read_bytes()
            source = read_image_bytes(original)
            actions = _actions(original, file, source, data)
            signed = sign_published(
                data, mime, source, original_mime, original.name, file.name, actions, signing
            )
            _replace(file, signed)
        except (SigningError, ImageProblem, OSError) as error:
            failed = QT_TRANSLATE_NOOP(
                "ExportCredentials", "{file}: Content Credentials not written ({error})"
            )
            problem(failed.format(file=file.name, error=str(error)))


def _actions(original: Path, file: Path, source: bytes, data: bytes) -> tuple[str, ...]:
    """What the export did to the picture: resized, re-encoded, or only its metadata rewritten."""
    from io import BytesIO

    from PIL import Image

    try:
        with Image.open(BytesIO(source)) as a, Image.open(BytesIO(data)) as b:
            resized = a.size != b.size
            transcoded = a.format != b.format or resized
    except Exception:  # noqa: BLE001 - an unreadable pair is recorded as re-encoded
        resized, transcoded = False, True
    steps = ["c2pa.resized"] if resized else []
    steps += ["c2pa.transcoded"] if transcoded else ["c2pa.edited.metadata"]
    return tuple(steps)


def _replace(file: Path, data: bytes) -> None:
    temporary = file.with_name(f".{file.name}.signing")
    temporary.write_bytes(data)
    os.replace(temporary, file)


def signature_part(signing: SigningIdentity | None) -> str:
    """What a cached credited copy depends on besides its rights: who signed it (if anyone)."""
    if signing is None:
        return ""
    import hashlib

    return "c2pa:" + hashlib.sha256(signing.chain_pem).hexdigest()[:16]
