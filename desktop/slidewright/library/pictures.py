"""One picture file, read once: its digest, a perceptual hash, its credit metadata and the licence
dates it carries. Runs in the indexer's worker processes, so it imports nothing of the window.

Credit, creator, copyright and terms come from the checker's own reader (credits/metadata.py), so
the library and the Problems panel agree on what a file says. The licence dates are read here from
the same bytes: PLUS ``LicenseStartDate`` / ``LicenseEndDate`` in the XMP packet and IIM 2:37
``ExpirationDate``. (ExifTool reads them too, but one exiftool call per picture, or even batched,
costs more than the whole 60 s budget for 40,000 pictures; Pillow has the file open already.)

The perceptual hash is a 64-bit difference hash (dHash: is each pixel of a 9×8 grey thumbnail
brighter than its right neighbour), written here in a dozen lines rather than adding ``imagehash``,
which would bring NumPy and SciPy into every worker for the same 64 bits. A resized or re-encoded
copy of a photo differs from it in a few bits at most; another photo in about half of them.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from slidewright.credits.metadata import read_metadata
from slidewright.fileformat.imagedamage import decode_failure
from slidewright.fileformat.images import read_image_bytes

HASH_SIZE = 8
_XMP_DATE = {
    name: re.compile(
        rf"(?:\w+:)?{name}\s*(?:=\s*[\"']([^\"'<]{{0,64}})[\"']|>\s*([^<]{{0,64}})<)".encode()
    )
    for name in ("LicenseStartDate", "LicenseEndDate")
}
IIM_EXPIRATION_DATE = (2, 37)


@dataclass(frozen=True)
class PictureFacts:
    """What the index keeps of one picture's content (see store.SCHEMA's ``pictures``)."""

    digest: str
    dhash: int | None
    width: int
    height: int
    bytes: int
    format: str
    credit: str
    creator: str
    copyright: str
    licence_url: str
    terms: str
    licence_start: str
    licence_end: str
    readable: bool
    problem: str


def digest_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def dhash(image: object) -> int:
    """The 64-bit difference hash of a Pillow image, as a signed integer (SQLite's INTEGER)."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    small = image.convert("L").resize((HASH_SIZE + 1, HASH_SIZE), Image.Resampling.BILINEAR)
    pixels = small.tobytes()
    value = 0
    for row in range(HASH_SIZE):
        line = pixels[row * (HASH_SIZE + 1) : (row + 1) * (HASH_SIZE + 1)]
        for col in range(HASH_SIZE):
            value = (value << 1) | (line[col] > line[col + 1])
    return value - (1 << 64) if value >= 1 << 63 else value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def _iso_from_iim(raw: bytes) -> str:
    text = raw.decode("ascii", "replace").strip()
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text[:32]


def _licence_dates(image: object) -> tuple[str, str]:
    """(start, end) from PLUS XMP, the end falling back to IIM ExpirationDate; '' when absent."""
    from PIL import IptcImagePlugin

    info = getattr(image, "info", {}) or {}
    packet = info.get("xmp") or info.get("XML:com.adobe.xmp") or b""
    if isinstance(packet, str):
        packet = packet.encode("utf-8", "replace")
    found: dict[str, str] = {}
    for name, pattern in _XMP_DATE.items():
        match = pattern.search(packet[:1_000_000]) if isinstance(packet, bytes) else None
        if match:
            found[name] = (match.group(1) or match.group(2) or b"").decode("utf-8", "replace")
    end = found.get("LicenseEndDate", "").strip()
    if not end:
        try:
            iptc = IptcImagePlugin.getiptcinfo(image) or {}  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a malformed block is no date, not a crash
            iptc = {}
        raw = iptc.get(IIM_EXPIRATION_DATE)
        if isinstance(raw, list):
            raw = raw[0] if raw else b""
        if isinstance(raw, bytes) and raw:
            end = _iso_from_iim(raw)
    return found.get("LicenseStartDate", "").strip()[:10], end[:10]


def read_picture(file: Path, raw: bytes | None = None) -> PictureFacts:
    """Everything the index keeps of ``file``. Raises ImageProblem/OSError only when the file
    cannot be read at all; a file that is not an image is a picture with ``readable=False``."""
    from PIL import Image

    if raw is None:
        raw = read_image_bytes(file)
    digest = digest_of(raw)
    # the pixels are decoded once, below, for the hash: that decode says whether they are whole
    meta = read_metadata(file, digest, raw, decode=False)
    hashed: int | None = None
    start = end = ""
    damage = meta.damage
    if meta.readable and meta.format != "SVG":
        try:
            with Image.open(io.BytesIO(raw)) as image:
                start, end = _licence_dates(image)
                image.draft("L", (64, 64))  # JPEG: decode at 1/8 scale, enough for 9×8
                hashed = dhash(image)  # every byte of the scan read: a cut file fails here
        except Exception as error:  # noqa: BLE001 - whatever a hostile file makes Pillow raise
            hashed = None
            damage = damage or decode_failure(error)
    return PictureFacts(
        digest=digest,
        dhash=hashed,
        width=meta.width,
        height=meta.height,
        bytes=len(raw),
        format=meta.format,
        credit=meta.credit,
        creator="; ".join(meta.creators),
        copyright=meta.rights,
        licence_url=meta.web_statement,
        terms=meta.usage_terms,
        licence_start=start,
        licence_end=end,
        # cut off, or not what its name says: the checker's image-damaged finding, kept as
        # the picture's problem so the audit's picture-unreadable rule says it too
        readable=meta.readable and not damage,
        problem=meta.problem or damage,
    )
