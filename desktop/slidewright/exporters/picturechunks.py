"""A published PNG or WebP keeps only the chunks that carry its picture (and the metadata the
policy wrote): everything else in its container goes, whether ExifTool knows it or not.

ExifTool's ``-all=`` (``picturepolicy.py``) removes the metadata it can name. It leaves what it
cannot: a Content Credentials manifest in a PNG's ``caBX`` chunk or a WebP's ``C2PA`` chunk (with
the camera's certificate, its GPS position and serial number in a ``stds.exif`` assertion and a
thumbnail), a private PNG chunk (``prVt``) or an extra RIFF chunk (``SCRT``) an editor or an
agency added, bytes after the image's end. So every published PNG and WebP copy is rewritten to an
allowlist of chunk types, in two passes around ExifTool:

- before it (:data:`BEFORE`): the picture's chunks and the first EXIF chunk, whose orientation the
  policy copies back (ExifTool then removes the rest of that EXIF);
- after it (:data:`AFTER`): the picture's chunks and the ones ExifTool just wrote with the slide's
  credits: EXIF, XMP and, in a PNG, the IPTC text chunk. Nothing else can be of ExifTool's
  making, since the first pass left no text chunk for it to keep.

The other containers ExifTool leaves things in get the same treatment: a WebP animation
frame keeps only its picture's chunks, a GIF only its frames, their timing, its loop count and
(after) ExifTool's XMP, an AVIF's top-level boxes other than its picture's are blanked, and a TIFF
is written anew from its pixels.

Chunks are copied whole, so a PNG chunk keeps its own CRC; a WebP's RIFF size and the VP8X flags
(colour profile, EXIF, XMP) are set to what remains. The reading is bounded: a length past the end
of the file, a truncated chunk, a chunk of a picture type larger than that type can be, or more
than :data:`MAX_CHUNKS` chunks is a :class:`DamagedPicture`, which the export reports like a
picture ExifTool could not credit (its callers then leave it out); its copy is emptied, so that
no path publishes it as it came.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from slidewright.errors import SlidewrightError
from slidewright.exporters.jpegsegments import DamagedJpeg, jpeg_segments
from slidewright.i18n import QT_TRANSLATE_NOOP

Pass = Literal["before", "after"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The chunks that make up the picture (PNG 3rd edition's critical chunks, the colour and display
# chunks, and APNG's animation), with the largest payload each can have (None: no bound).
PNG_PICTURE: dict[bytes, int | None] = {
    b"IHDR": 13, b"PLTE": 768, b"IDAT": None, b"IEND": 0, b"tRNS": 256, b"gAMA": 4,
    b"cHRM": 32, b"sRGB": 1, b"iCCP": None, b"sBIT": 4, b"pHYs": 9, b"bKGD": 6,
    b"acTL": 8, b"fcTL": 26, b"fdAT": None,
}  # fmt: skip
WEBP_PICTURE = frozenset({b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
WEBP_FIRST = frozenset({b"VP8 ", b"VP8L", b"VP8X"})

# Metadata chunks kept in each pass, the first of each kind only: (chunk type, text keyword).
BEFORE: dict[str, frozenset[tuple[bytes, bytes]]] = {
    "png": frozenset({(b"eXIf", b"")}),
    "webp": frozenset({(b"EXIF", b"")}),
}
AFTER: dict[str, frozenset[tuple[bytes, bytes]]] = {
    "png": frozenset(
        {(b"eXIf", b""), (b"iTXt", b"XML:com.adobe.xmp"), (b"zTXt", b"Raw profile type iptc")}
    ),
    "webp": frozenset({(b"EXIF", b""), (b"XMP ", b"")}),
}
TEXT_CHUNKS = frozenset({b"tEXt", b"zTXt", b"iTXt"})

MAX_CHUNKS = 250_000  # a 100 MB PNG in libpng's 8 KB IDATs has 12,800; APNG frames a few each
# VP8X flags: the ones that say which metadata follows; alpha and animation describe the picture.
ICC_FLAG, EXIF_FLAG, XMP_FLAG = 0x20, 0x08, 0x04
METADATA_FLAGS = {b"ICCP": ICC_FLAG, b"EXIF": EXIF_FLAG, b"XMP ": XMP_FLAG}


class DamagedPicture(SlidewrightError):
    """The file's container cannot be read to its end: it cannot be cleaned chunk by chunk."""


def container(head: bytes) -> str | None:
    """The container this module rewrites ("png", "webp", "gif", "avif", "tiff" or "jpeg") by a
    file's first bytes (not its name: a PNG saved as .jpg is still a PNG), else None: left to
    ExifTool."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head[:4] in (b"II*\0", b"MM\0*"):
        return "tiff"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "avif"
    return "webp" if head[:4] == b"RIFF" and head[8:12] == b"WEBP" else None


def tiff_pixels(data: bytes) -> bytes:
    """A TIFF written anew from the pixels of its first page, with its orientation and nothing
    else. ExifTool cannot remove the tags of a TIFF's first IFD (Make, Model, Software,
    HostComputer, DocumentName… and any private tag): they hold the picture itself. The pixels
    are kept as they were (lossless, LZW unless the file used another lossless compression); the
    colour profile is put back by the policy, cleaned. Only the first page is the picture a
    reader sees; the others are what a scanner or an editor keeps beside it (a preview of the
    uncropped original, another frame, a scanned document), published to nobody's eyes."""
    import io

    from PIL import Image

    lossless = {"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits"}
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "TIFF":
                raise DamagedPicture(f"not a TIFF but {image.format}")
            compression = image.info.get("compression")
            orientation = image.getexif().get(0x0112)
            bare = image.copy()  # the first page's pixels: no tags, no info
            bare.info = {}
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise DamagedPicture(f"its pixels cannot be read ({error})") from None
    out = io.BytesIO()
    tags = {0x0112: orientation} if isinstance(orientation, int) and orientation > 1 else {}
    bare.save(
        out,
        "TIFF",
        compression=compression if compression in lossless else "tiff_lzw",
        tiffinfo=tags,
    )
    return out.getvalue()


def _keyword(kind: bytes, payload: bytes) -> bytes:
    return payload[: payload.find(b"\0")] if kind in TEXT_CHUNKS and b"\0" in payload else b""


def _unnamed_profile(payload: bytes) -> bytes:
    """An iCCP chunk whose profile name is "ICC Profile": the name is the writer's tool's own
    words (a display's, its owner's), and ExifTool keeps it when it puts the cleaned profile
    back. A payload whose name does not end is no profile: the chunk goes."""
    end = payload.find(b"\0", 0, 80)
    if end < 0:
        return b""
    named = b"ICC Profile" + payload[end:]
    return (
        struct.pack(">I", len(named))
        + b"iCCP"
        + named
        + struct.pack(">I", zlib.crc32(b"iCCP" + named))
    )


def png_chunks(data: bytes, keep: frozenset[tuple[bytes, bytes]]) -> bytes:
    """``data`` (a PNG) with only its picture's chunks and the first of each ``keep`` kind."""
    if not data.startswith(PNG_SIGNATURE):
        raise DamagedPicture("no PNG signature")
    parts, seen, at, count = [PNG_SIGNATURE], set(), len(PNG_SIGNATURE), 0
    while True:
        if at + 8 > len(data):
            raise DamagedPicture(f"the file ends at byte {len(data)} before its IEND chunk")
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        end = at + 12 + length
        if not kind.isalpha() or not kind.isascii():
            raise DamagedPicture(f"byte {at}: {kind!r} is not a chunk type")
        if length > 0x7FFFFFFF or end > len(data):
            raise DamagedPicture(f"byte {at}: chunk {kind.decode()} runs past the end of the file")
        count += 1
        if count > MAX_CHUNKS or (count == 1 and kind != b"IHDR"):
            raise DamagedPicture("too many chunks" if count > 1 else "the first chunk is not IHDR")
        bound = PNG_PICTURE.get(kind, 0)
        if kind in PNG_PICTURE and bound is not None and length > bound:
            raise DamagedPicture(f"byte {at}: a {kind.decode()} chunk of {length} bytes")
        which = (kind, _keyword(kind, data[at + 8 : at + 8 + min(length, 80)]))
        if kind == b"iCCP":
            parts.append(_unnamed_profile(data[at + 8 : at + 8 + length]))
        elif kind in PNG_PICTURE or (which in keep and which not in seen):
            parts.append(data[at:end])  # length, type, payload and its own CRC, as they were
            seen.add(which)
        at = end
        if kind == b"IEND":
            return b"".join(parts)  # anything after the image's end is not published


def webp_chunks(data: bytes, keep: frozenset[tuple[bytes, bytes]]) -> bytes:
    """``data`` (a WebP) with only its picture's chunks and the first of each ``keep`` kind; the
    RIFF size and the VP8X flags say what remains."""
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise DamagedPicture("no RIFF WEBP header")
    riff_end = 8 + struct.unpack("<I", data[4:8])[0]
    if riff_end > len(data):
        raise DamagedPicture(f"the RIFF header says {riff_end} bytes, the file has {len(data)}")
    chunks: list[tuple[bytes, bytes]] = []
    seen: set[tuple[bytes, bytes]] = set()
    at, count = 12, 0
    while at + 8 <= riff_end:
        kind, length = struct.unpack("<4sI", data[at : at + 8])
        if at + 8 + length > riff_end:
            raise DamagedPicture(f"byte {at}: chunk {kind!r} runs past the end of the file")
        if not chunks and kind not in WEBP_FIRST:
            raise DamagedPicture(f"the first chunk is {kind!r}, not VP8, VP8L or VP8X")
        count += 1
        if count > MAX_CHUNKS:
            raise DamagedPicture("too many chunks")
        extended = bool(chunks) and chunks[0][0] == b"VP8X"
        picture = not chunks or (extended and kind in WEBP_PICTURE)  # simple: its one chunk
        if picture or (extended and (kind, b"") in keep and (kind, b"") not in seen):
            payload = data[at + 8 : at + 8 + length]
            chunks.append((kind, _frame(payload) if kind == b"ANMF" else payload))
            seen.add((kind, b""))
        at += 8 + length + (length & 1)
    if not chunks:
        raise DamagedPicture("no image chunk")
    if chunks[0][0] == b"VP8X":
        header = chunks[0][1]
        if len(header) < 10:
            raise DamagedPicture(f"a VP8X chunk of {len(header)} bytes")
        flags = header[0] & ~(ICC_FLAG | EXIF_FLAG | XMP_FLAG) & 0xFF
        for kind, _ in chunks:
            flags |= METADATA_FLAGS.get(kind, 0)
        chunks[0] = (b"VP8X", bytes([flags]) + header[1:])
    body = b"".join(
        kind + struct.pack("<I", len(payload)) + payload + b"\0" * (len(payload) & 1)
        for kind, payload in chunks
    )  # the padding byte is written as zero, whatever the file had there
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


# A GIF's application extensions kept, by identifier: the loop count before ExifTool, and the
# XMP it wrote after it. Comments, plain-text blocks and every other application's data go.
GIF_KEEP: dict[str, frozenset[bytes]] = {
    "before": frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0"}),
    "after": frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0", b"XMP DataXMP"}),
}


def _sub_blocks(data: bytes, at: int) -> int:
    """Where the data sub-blocks starting at ``at`` end (after their zero terminator)."""
    while True:
        if at >= len(data):
            raise DamagedPicture("the file ends inside a block")
        if data[at] == 0:
            return at + 1
        at += 1 + data[at]


def gif_blocks(data: bytes, step: Pass) -> bytes:
    """``data`` (a GIF) with its screen, colour tables, frames and frame timing, the loop count
    and (``after``) ExifTool's XMP; nothing after its trailer."""
    if len(data) < 13:
        raise DamagedPicture("no GIF header")
    at = 13 + (3 << ((data[10] & 7) + 1) if data[10] & 0x80 else 0)  # the global colour table
    parts, count = [data[:at]], 0
    while True:
        count += 1
        if at >= len(data) or count > MAX_CHUNKS:
            raise DamagedPicture("no trailer" if at >= len(data) else "too many blocks")
        kind = data[at]
        if kind == 0x3B:  # the trailer: anything after it is not published
            return b"".join([*parts, b";"])
        if kind == 0x2C:  # a frame: descriptor, local colour table, LZW size, its data
            if at + 10 > len(data):
                raise DamagedPicture(f"byte {at}: a frame descriptor cut short")
            flags = data[at + 9]
            start = at + 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
            end = _sub_blocks(data, start)
            parts.append(data[at:end])
        elif kind == 0x21 and at + 2 < len(data):
            label, end = data[at + 1], _sub_blocks(data, at + 2)
            ident = data[at + 3 : at + 14] if label == 0xFF and data[at + 2] == 11 else b""
            if label == 0xF9 or ident in GIF_KEEP[step]:  # frame timing, loop count, XMP
                parts.append(data[at:end])
        else:
            raise DamagedPicture(f"byte {at}: {kind:#04x} is not a GIF block")
        at = end


def _frame(payload: bytes) -> bytes:
    """An animation frame's payload (ANMF) with its 16-byte header and only the chunks of its
    picture (alpha, VP8, VP8L): a frame may hold unknown chunks of its own."""
    if len(payload) < 16:
        raise DamagedPicture(f"an ANMF chunk of {len(payload)} bytes")
    kept, at = [payload[:16]], 16
    while at + 8 <= len(payload):
        kind, length = struct.unpack("<4sI", payload[at : at + 8])
        end = at + 8 + length + (length & 1)
        if at + 8 + length > len(payload):
            raise DamagedPicture(f"a frame's chunk {kind!r} runs past its frame")
        if kind in (b"ALPH", b"VP8 ", b"VP8L"):
            body = payload[at + 8 : at + 8 + length]
            kept.append(kind + struct.pack("<I", length) + body + b"\0" * (length & 1))
        at = end
    return b"".join(kept)


ISOBMFF_PICTURE = frozenset({b"ftyp", b"meta", b"mdat", b"moov"})


def avif_boxes(data: bytes) -> bytes:
    """``data`` (an AVIF) with every top-level box other than its picture's (``ftyp``, ``meta``,
    ``mdat``, ``moov``) blanked: made a ``free`` box of zeros of the same size, since the
    picture's item locations count bytes from the start of the file. ExifTool keeps a ``uuid``
    or ``free`` box another program filled."""
    out, at, count = bytearray(data), 0, 0
    while at < len(data):
        count += 1
        if at + 8 > len(data) or count > MAX_CHUNKS:
            raise DamagedPicture(f"byte {at}: a box cut short" if count <= MAX_CHUNKS else "boxes")
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        head = 8
        if size == 1:
            if at + 16 > len(data):
                raise DamagedPicture(f"byte {at}: a box cut short")
            size, head = struct.unpack(">Q", data[at + 8 : at + 16])[0], 16
        elif size == 0:
            size = len(data) - at
        if size < head or at + size > len(data):
            raise DamagedPicture(f"byte {at}: box {kind!r} runs past the end of the file")
        if kind not in ISOBMFF_PICTURE:
            out[at + 4 : at + 8] = b"free"
            out[at + head : at + size] = bytes(size - head)
        at += size
    return bytes(out)


def picture_chunks(data: bytes, kind: str, step: Pass) -> bytes:
    """``data`` of container ``kind`` ("png", "webp", "gif", "avif" or "tiff") rewritten for ``step``."""
    if kind == "jpeg":  # ExifTool cleans what precedes the first scan; this, what follows it
        return jpeg_segments(data) if step == "after" else data
    if kind == "tiff":  # its pixels anew before ExifTool; what ExifTool wrote is kept after it
        return tiff_pixels(data) if step == "before" else data
    if kind == "gif":
        return gif_blocks(data, step)
    if kind == "avif":
        return avif_boxes(data)
    keep = (BEFORE if step == "before" else AFTER)[kind]
    return png_chunks(data, keep) if kind == "png" else webp_chunks(data, keep)


def keep_picture_chunks(
    files: Sequence[tuple[Path, str]], step: Pass, problem: Callable[[str], None]
) -> list[Path]:
    """Rewrite each PNG, WebP, GIF, AVIF, TIFF and JPEG of ``files`` (the written file, the name the writer knows it
    by) in place; other formats are left to ExifTool. A damaged one is reported through
    ``problem``, emptied (whichever path publishes it next, never its bytes as they came) and
    returned, for the caller to leave out of the ExifTool run."""
    damaged: list[Path] = []
    for file, label in files:
        try:
            with file.open("rb") as handle:  # a JPEG is not read whole for nothing
                head = handle.read(12)
                kind = container(head)
                if kind is None or (kind == "jpeg" and step == "before"):
                    continue
                data = head + handle.read()
            cleaned = picture_chunks(data, kind, step)
            if cleaned != data:
                file.write_bytes(cleaned)
        except (DamagedPicture, DamagedJpeg, OSError) as error:
            # ImageRights' own message (its translations), the detail in English as ExifTool's is
            said = QT_TRANSLATE_NOOP(
                "ImageRights", "{name}: its credits could not be written: {why}"
            )
            problem(said.format(name=label, why=f"the file is damaged ({error})"))
            damaged.append(file)
            try:
                file.write_bytes(b"")
            except OSError:
                pass
    return damaged
