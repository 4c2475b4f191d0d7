"""A published picture keeps its colour profile, but only the parts that say how to show colours.

The metadata policy keeps a picture's ICC profile (``picturepolicy.py``): without it a wide-gamut
photo is shown dull. A profile is more than colours, though. A camera, a phone or a calibration
tool writes into it the device's maker and model (the header's device fields, the ``dmnd`` and
``dmdd`` descriptions), who made the profile, a copyright line that may be the owner's name, and
a free ``meta`` dictionary. ExifTool copies a profile whole, so all of that left with every
published picture and rendition. :func:`clean_profile` rebuilds a profile from an allowlist of
the tags a colour engine reads (ICC.1:2022 and ICC.1:2001-04 tag signatures), with the header's
device, creator and profile ID fields set to zero ("not given"; the ID is an MD5 of the profile,
which has changed). Its description (``desc``) stays: it names the colour space ("Display P3")."""

from __future__ import annotations

import struct
from pathlib import Path

HEADER = 128
# Tags that take part in the colour transform or name the colour space.
COLOUR_TAGS = frozenset(
    {
        b"desc", b"wtpt", b"bkpt", b"chad", b"chrm", b"lumi", b"meas", b"tech", b"view",
        b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC", b"gamt", b"cicp",
        b"A2B0", b"A2B1", b"A2B2", b"A2B3", b"B2A0", b"B2A1", b"B2A2", b"B2A3",
        b"D2B0", b"D2B1", b"D2B2", b"D2B3", b"B2D0", b"B2D1", b"B2D2", b"B2D3",
        b"pre0", b"pre1", b"pre2", b"clrt", b"clro", b"clot", b"ncl2", b"rig0", b"rig2",
        b"ciis", b"psd0", b"psd1", b"psd2", b"psd3", b"ps2s", b"ps2i", b"resp",
    }
)  # fmt: skip
MAX_TAGS = 1000
# Header fields cleared: device manufacturer, model and attributes (48..64), the profile's
# creator (80..84), its ID (84..100) and the reserved bytes (100..128).
CLEARED = ((48, 64), (80, 128))


def clean_profile(profile: bytes) -> bytes | None:
    """``profile`` with only its colour tags and no device, creator or ID in its header; None
    when it is not a readable ICC profile (the picture then goes without one)."""
    if len(profile) < HEADER + 4 or profile[36:40] != b"acsp":
        return None
    size = min(struct.unpack(">I", profile[:4])[0], len(profile))
    count = struct.unpack(">I", profile[HEADER : HEADER + 4])[0]
    table_end = HEADER + 4 + 12 * count
    if count > MAX_TAGS or table_end > size:
        return None
    kept: list[tuple[bytes, int, int]] = []
    for n in range(count):
        at = HEADER + 4 + 12 * n
        signature, offset, length = struct.unpack(">4sII", profile[at : at + 12])
        if offset < table_end or offset + length > size:
            return None
        if signature in COLOUR_TAGS:
            kept.append((signature, offset, length))
    table_size = HEADER + 4 + 12 * len(kept)
    data = bytearray()
    placed: dict[tuple[int, int], int] = {}  # tags that shared their data still share it
    rows = []
    for signature, offset, length in kept:
        if (offset, length) not in placed:
            data += b"\0" * (-len(data) % 4)
            placed[(offset, length)] = table_size + len(data)
            data += profile[offset : offset + length]
        rows.append(struct.pack(">4sII", signature, placed[(offset, length)], length))
    header = bytearray(profile[:HEADER])
    for start, end in CLEARED:
        header[start:end] = bytes(end - start)
    body = b"".join(rows) + bytes(data) + b"\0" * (-len(data) % 4)
    whole = header + struct.pack(">I", len(kept)) + body
    whole[:4] = struct.pack(">I", len(whole))
    return bytes(whole)


def file_profile(file: Path) -> bytes | None:
    """The colour profile embedded in the picture ``file`` (as Pillow finds it: JPEG APP2,
    PNG iCCP, WebP ICCP, TIFF, AVIF), None when it has none or cannot be read."""
    from PIL import Image

    try:
        with Image.open(file) as image:
            found = image.info.get("icc_profile")
    except Exception:  # noqa: BLE001 - any unreadable picture: no profile goes back in
        return None
    return found if isinstance(found, bytes) and found else None
