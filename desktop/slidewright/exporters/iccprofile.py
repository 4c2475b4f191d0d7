"""A published picture keeps its colour profile, but only the parts that say how to show colours.

The metadata policy keeps a picture's ICC profile (``picturepolicy.py``): without it a wide-gamut
photo is shown dull. A profile is more than colours, though. A camera, a phone or a calibration
tool writes into it the device's maker and model (the header's device fields, the ``dmnd`` and
``dmdd`` descriptions), who made the profile, a copyright line that may be the owner's name, and
a free ``meta`` dictionary. ExifTool copies a profile whole, so all of that left with every
published picture and rendition. :func:`clean_profile` rebuilds a profile from an allowlist of
the tags a colour engine reads (ICC.1:2022 and ICC.1:2001-04 tag signatures), with the header's
device, creator and profile ID fields set to zero ("not given"; the ID is an MD5 of the profile,
which has changed). Its description (``desc``) names the colour space ("Display P3") when it is
a standard one; a calibration tool names a display's profile after its machine and owner
("Jane Doe's iMac, calibrated"), so any other description is replaced by the colour space's kind
("RGB profile"). A kept tag must be of a type of numbers (a curve, a matrix, a table), never one
that holds words or bytes of any kind (``text``, ``mluc``, ``data``, ``sig ``), and keeps no
bytes beyond its numbers; the PostScript tags (``ps2s``, ``ps2i``, ``psd0``-``psd3``: a
printer's, free text that no screen reads) and the technology and image-state signatures go."""

from __future__ import annotations

import struct
from pathlib import Path

HEADER = 128
# Tags that take part in the colour transform or name the colour space.
COLOUR_TAGS = frozenset(
    {
        b"desc", b"wtpt", b"bkpt", b"chad", b"chrm", b"lumi", b"meas", b"view",
        b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC", b"gamt", b"cicp",
        b"A2B0", b"A2B1", b"A2B2", b"A2B3", b"B2A0", b"B2A1", b"B2A2", b"B2A3",
        b"D2B0", b"D2B1", b"D2B2", b"D2B3", b"B2D0", b"B2D1", b"B2D2", b"B2D3",
        b"pre0", b"pre1", b"pre2", b"clro", b"resp",
    }
)  # fmt: skip
# The tag types a colour engine reads, all numbers: a kept tag of any other type goes (``data``
# and ``sig `` carry anything, words included; ``desc`` is written anew). Where the type says
# how long its numbers are, only they are kept: the bytes a tag declares beyond them (its
# slack) can carry anything too.
NUMBER_TYPES = frozenset(
    {b"XYZ ", b"curv", b"para", b"sf32", b"chrm", b"meas", b"view", b"cicp", b"mft1", b"mft2",
     b"mAB ", b"mBA ", b"mpet", b"clro", b"rcs2"}
)  # fmt: skip
_PARAMETERS = {0: 1, 1: 3, 2: 4, 3: 5, 4: 7}  # parametricCurveType: its function's parameters
# Descriptions of the standard colour spaces, kept as they are (compared without case).
STANDARD_NAMES = frozenset(
    name.casefold()
    for name in (
        "sRGB", "sRGB IEC61966-2.1", "sRGB IEC61966-2-1", "sRGB built-in", "sRGB v4 ICC preference",
        "Display P3", "DCI-P3", "Adobe RGB (1998)", "ProPhoto RGB", "Apple RGB", "ColorMatch RGB",
        "ECI-RGB v2", "Rec. 709", "Rec. 2020", "Rec. ITU-R BT.709-5", "ITU-R BT.2020",
        "Generic RGB Profile", "Generic Gray Profile", "Generic CMYK Profile", "Gray Gamma 2.2",
        "Gray Gamma 1.8", "Dot Gain 15%", "Dot Gain 20%", "Dot Gain 25%", "Dot Gain 30%",
        "sGray", "Linear RGB", "Linear Gray", "Coated FOGRA39 (ISO 12647-2:2004)",
        "U.S. Web Coated (SWOP) v2", "Japan Color 2001 Coated", "ISO Coated v2 (ECI)",
        "PSO Coated v3", "GRACoL2013_CRPC6",
    )
)  # fmt: skip
KINDS = {b"RGB ": "RGB", b"GRAY": "Gray", b"CMYK": "CMYK", b"Lab ": "Lab"}
MAX_TAGS = 1000
# Header fields cleared: the preferred colour engine (4..8), the date it was made (24..36), its
# platform (40..44), the device's manufacturer, model and attributes (48..64), the profile's
# creator (80..84), its ID (84..100) and the reserved bytes (100..128). None is read to show
# colours; each can carry four letters or a date of one's own.
CLEARED = ((4, 8), (24, 36), (40, 44), (48, 64), (80, 128))


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
        kind = profile[offset : offset + 4]
        if signature == b"desc" or (signature in COLOUR_TAGS and kind in NUMBER_TYPES):
            length = _numbers_length(profile[offset : offset + length])
            if length:
                kept.append((signature, offset, length))
    table_size = HEADER + 4 + 12 * len(kept)
    data = bytearray()
    placed: dict[tuple[int, int], int] = {}  # tags that shared their data still share it
    rows = []
    for signature, offset, length in kept:
        if signature == b"desc":
            named = _description(profile, profile[offset : offset + length])
            data += b"\0" * (-len(data) % 4)
            rows.append(struct.pack(">4sII", signature, table_size + len(data), len(named)))
            data += named
            continue
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


def _numbers_length(tag: bytes) -> int:
    """How much of ``tag`` its type's numbers fill (0: not a whole tag of its type); the
    declared length for the table types, whose size takes their whole grammar to work out."""
    kind, size = tag[:4], len(tag)
    try:
        if kind == b"curv":
            wanted = 12 + 2 * struct.unpack(">I", tag[8:12])[0]
        elif kind == b"para":
            wanted = 12 + 4 * _PARAMETERS[struct.unpack(">H", tag[8:10])[0]]
        elif kind == b"XYZ ":
            wanted = 8 + 12 * ((size - 8) // 12)
        elif kind == b"sf32":
            wanted = 8 + 4 * ((size - 8) // 4)
        elif kind == b"chrm":
            wanted = 12 + 8 * struct.unpack(">H", tag[8:10])[0]
        elif kind in (b"meas", b"view"):
            wanted = 36
        elif kind == b"cicp":
            wanted = 12
        else:
            wanted = size
    except (struct.error, KeyError):
        return 0
    return wanted if 8 < wanted <= size else 0


def _described(tag: bytes) -> str:
    """The words of a ``desc`` tag (a v2 text description or a v4 localised string: its first
    record), "" when it cannot be read."""
    kind = tag[:4]
    try:
        if kind == b"desc":
            count = struct.unpack(">I", tag[8:12])[0]
            return tag[12 : 12 + count].split(b"\0")[0].decode("ascii")
        if kind == b"mluc":
            records, size = struct.unpack(">II", tag[8:16])
            if records < 1 or size < 12:
                return ""
            length, offset = struct.unpack(">II", tag[20:28])
            return tag[offset : offset + length].decode("utf-16-be")
        if kind == b"text":
            return tag[8:].split(b"\0")[0].decode("ascii")
    except (struct.error, UnicodeDecodeError):
        return ""
    return ""


def _description(profile: bytes, tag: bytes) -> bytes:
    """The ``desc`` tag a published profile carries: the standard colour space it names, else
    the kind of colour space its header gives ("RGB profile"), written in the type of the
    profile's version (v4: localised string; v2: text description)."""
    words = " ".join(_described(tag).split())
    if words.casefold() not in STANDARD_NAMES:
        words = f"{KINDS.get(profile[16:20], 'Colour')} profile"
    if profile[8] >= 4:
        utf16 = words.encode("utf-16-be")
        return b"mluc" + bytes(4) + struct.pack(">II4sII", 1, 12, b"enUS", len(utf16), 28) + utf16
    ascii_ = words.encode("ascii") + b"\0"
    # ASCII count and text, then an empty Unicode part (language, count) and ScriptCode part
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(8) + bytes(3 + 67)


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
