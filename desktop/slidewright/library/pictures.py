"""One picture file, read once: its digest, a perceptual hash, its credit metadata and the licence
dates it carries. Runs in the indexer's worker processes, so it imports nothing of the window.

Credit, creator, copyright, terms and the licence dates come from the checker's own reader
(credits/metadata.py, which reads the dates with licence_dates.py), so the library and the
Problems panel agree on what a file says. (ExifTool reads the dates too, but one exiftool call per
picture, or even batched, costs more than the whole 60 s budget for 40,000 pictures; Pillow has
the file open already.)

The perceptual hash is a 64-bit difference hash (dHash: is each pixel of a 9×8 grey thumbnail
brighter than its right neighbour), written here in a dozen lines rather than adding ``imagehash``,
which would bring NumPy and SciPy into every worker for the same 64 bits. A resized or re-encoded
copy of a photo differs from it in a few bits at most; another photo in about half of them.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from slidewright.credits.metadata import read_metadata
from slidewright.fileformat.imagedamage import decode_failure
from slidewright.fileformat.images import read_image_bytes

HASH_SIZE = 8


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
    damage = meta.damage
    if meta.readable and meta.format != "SVG":
        try:
            with Image.open(io.BytesIO(raw)) as image:
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
        licence_start=meta.licence_start,
        licence_end=meta.licence_end,
        # cut off, or not what its name says: the checker's image-damaged finding, kept as
        # the picture's problem so the audit's picture-unreadable rule says it too
        readable=meta.readable and not damage,
        problem=meta.problem or damage,
    )
