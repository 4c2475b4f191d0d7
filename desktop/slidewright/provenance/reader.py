"""Read a picture's Content Credentials with ``c2pa-python``: offline, bounded, only when needed.

Most pictures carry no manifest, and importing the C2PA library costs about a second, so the bytes
are first scanned for a JUMBF box labelled ``c2pa`` (JPEG APP11, PNG ``caBX``, WebP ``C2PA``);
only then is the library imported. Reading never touches the network: remote manifests and OCSP
are switched off. The writer's trust list (PEM anchors) decides "trusted" against "untrusted".
"""

from __future__ import annotations

import functools
import io
import json
import os
from typing import TYPE_CHECKING, Any

from slidewright.provenance.credentials import ContentCredentials, parse_manifest_store

if TYPE_CHECKING:
    import c2pa

MIME_TYPES = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "TIFF": "image/tiff",
    "AVIF": "image/avif",
    "HEIF": "image/heif",
}


_FTYP_BRANDS = {b"avif": "AVIF", b"avis": "AVIF", b"heic": "HEIF", b"heix": "HEIF", b"mif1": "HEIF"}


def sniff_format(raw: bytes) -> str:
    """Pillow's name for the container the first bytes announce ("JPEG"), or "" when unknown: what
    the child validating ahead of the check passes for ``image_format`` without opening the
    picture with Pillow (the check uses its answer only where Pillow's agrees)."""
    if raw.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "WEBP"
    if raw[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if raw[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if raw[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(raw[8:12], "")
    return ""


def has_manifest(raw: bytes) -> bool:
    """True when the bytes may hold an embedded C2PA manifest (a cheap scan, no parsing)."""
    return b"c2pa" in raw and (b"jumb" in raw or b"caBX" in raw or b"C2PA" in raw)


def offline_settings() -> dict[str, Any]:
    """c2pa settings that keep every Reader and Builder of ours off the network: c2pa's defaults
    fetch a manifest a picture points to by URL, and certificate status (OCSP). Every Reader and
    Builder in this package is made with a context holding these (a Builder reads and validates
    the ingredients it is given)."""
    return {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False, "verify_trust": True}}


def offline_context() -> c2pa.Context:
    """The offline context with no trust list: for reading what a store holds, not its verdict."""
    return _context("")


@functools.lru_cache(maxsize=4)
def _context(trust_anchors: str) -> c2pa.Context:
    import c2pa

    settings = offline_settings()
    if trust_anchors.strip():
        settings["trust"] = {"user_anchors": trust_anchors}
    return c2pa.Context.from_dict(settings)


if hasattr(os, "register_at_fork"):  # c2pa-python refuses its parent's objects in a forked child
    os.register_at_fork(after_in_child=_context.cache_clear)  # ("Context is not valid")


def read_credentials(
    raw: bytes, image_format: str, trust_anchors: str = ""
) -> ContentCredentials | None:
    """The picture's credentials, or None when it carries none.

    ``image_format`` is Pillow's format name ("JPEG"); ``trust_anchors`` the concatenated PEM
    certificates the writer trusts. A manifest that cannot be read is an ``unreadable`` result
    saying why, never an exception: the checker reports it like any other finding.
    """
    found = read_manifest_report(raw, image_format, trust_anchors)
    return credentials_from_report(found) if isinstance(found, str) else found


def read_manifest_report(
    raw: bytes, image_format: str, trust_anchors: str = ""
) -> str | ContentCredentials | None:
    """The first half of :func:`read_credentials`, c2pa-rs's work: the manifest store report
    (``Reader.json()``) as JSON text, an ``unreadable`` result, or None without a manifest. The
    child validating ahead of a check (credits/ahead_child.py) stops here and the checker does
    the second half, :func:`credentials_from_report`, while the child validates the next one."""
    if not has_manifest(raw):
        return None
    mime = MIME_TYPES.get(image_format.upper())
    if mime is None:
        return ContentCredentials(
            "unreadable", failures=(f"Content Credentials in a {image_format} file are not read",)
        )
    try:
        import c2pa
    except ImportError as error:  # a broken install: say so on the picture, keep checking
        return ContentCredentials("unreadable", failures=(f"c2pa-python is missing ({error})",))
    try:
        with c2pa.Reader(mime, io.BytesIO(raw), context=_context(trust_anchors)) as reader:
            return str(reader.json())
    except c2pa.C2paError as error:
        if "ManifestNotFound" in type(error).__name__ or "no JUMBF" in str(error):
            return None
        return ContentCredentials("unreadable", failures=(str(error) or type(error).__name__,))
    except (ValueError, OSError) as error:
        return ContentCredentials("unreadable", failures=(str(error) or type(error).__name__,))


def credentials_from_report(report: str) -> ContentCredentials:
    """The credentials a manifest store report (JSON text from c2pa-rs) describes."""
    try:
        store = json.loads(report)
    except ValueError as error:  # RecursionError is a RuntimeError: c2pa-rs writes no such depth
        return ContentCredentials("unreadable", failures=(f"the manifest store: {error}",))
    if not isinstance(store, dict):
        return ContentCredentials("unreadable", failures=("the manifest store is not an object",))
    return parse_manifest_store(store)
