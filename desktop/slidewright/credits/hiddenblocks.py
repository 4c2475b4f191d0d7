"""Credit metadata where Pillow does not look: IPTC-IIM in a PNG and XMP in a GIF.

ExifTool, ImageMagick and Photoshop save a PNG's IPTC as a text chunk, ``Raw profile type
iptc`` (or ``8bim``): a header line, the length, then the bytes in hex, either Photoshop's image
resources (IPTC is resource 0x0404) or bare IIM. A GIF's XMP is an application block,
``XMP DataXMP``, holding the packet as it is, followed by a 258-byte "magic trailer" that lets
a GIF reader skip it. Pillow reads neither, so an agency's PNG or GIF looked uncredited to the
checker, and a credit naming another agency went unremarked.

Both are read bounded: the text chunk is Pillow's (``PngImagePlugin.MAX_TEXT_CHUNK``, after
``image_bounds`` refused what unpacks too far), the GIF block is searched for only in the
header's first :data:`GIF_SEARCH` bytes' worth of blocks and cut at :data:`MAX_XMP`. What does
not decode is no evidence, never an error."""

from __future__ import annotations

import re
import struct
from typing import Any

IPTC_RESOURCE = 0x0404
MAX_XMP = 2 * 1024 * 1024  # Adobe's own limit for a JPEG's extended XMP is larger; a credit is not
GIF_SEARCH = 16 * 1024 * 1024
GIF_XMP = b"\x21\xff\x0bXMP DataXMP"
_HEX = re.compile(r"[0-9a-fA-F\s]+")

IimFields = dict[tuple[int, int], Any]  # (record, dataset) -> bytes, or a list for repeats


def _photoshop_iptc(data: bytes) -> bytes | None:
    """The IPTC resource (0x0404) of Photoshop image resources, None when there is none."""
    at = 0
    while at + 12 <= len(data) and data[at : at + 4] == b"8BIM":
        resource = struct.unpack(">H", data[at + 4 : at + 6])[0]
        name_length = data[at + 6]
        at += 6 + ((name_length + 2) & ~1)  # the Pascal name, padded to an even length
        if at + 4 > len(data):
            return None
        size = struct.unpack(">I", data[at : at + 4])[0]
        at += 4
        if at + size > len(data):
            return None
        if resource == IPTC_RESOURCE:
            return data[at : at + size]
        at += size + (size & 1)
    return None


def iim_datasets(data: bytes) -> IimFields:
    """IIM datasets (tag marker 0x1C, record, dataset, length, value) until the first that does
    not read; a repeated dataset (several By-lines) is a list, as Pillow gives it."""
    fields: IimFields = {}
    at = 0
    while at + 5 <= len(data) and data[at] == 0x1C:
        key = (data[at + 1], data[at + 2])
        size = struct.unpack(">H", data[at + 3 : at + 5])[0]
        at += 5
        if size & 0x8000:  # an extended length: its byte count follows (IIM 1.4, 1.6)
            count = size & 0x7FFF
            if count > 4 or at + count > len(data):
                break
            size = int.from_bytes(data[at : at + count], "big")
            at += count
        if at + size > len(data):
            break
        value = data[at : at + size]
        at += size
        if key in fields:
            previous = fields[key]
            fields[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[key] = value
    return fields


def _raw_profile(text: str) -> bytes:
    """The bytes of an ImageMagick raw profile ("\\nname\\n   length\\nhex…"), b"" when it is
    not one."""
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) < 3 or not lines[1].strip().isdigit():
        return b""
    length = int(lines[1])
    coded = lines[2]
    if not _HEX.fullmatch(coded):
        return b""
    try:
        data = bytes.fromhex("".join(coded.split()))
    except ValueError:
        return b""
    return data[:length]


def png_iim(info: dict[Any, Any]) -> IimFields:
    """A PNG's IPTC-IIM from its ``Raw profile type iptc`` or ``8bim`` text chunk ({} when it
    has none that reads)."""
    for key in ("Raw profile type iptc", "Raw profile type 8bim"):
        text = info.get(key)
        if not isinstance(text, str):
            continue
        data = _raw_profile(text)
        if data.startswith(b"8BIM"):
            data = _photoshop_iptc(data) or b""
        if data.startswith(b"\x1c"):
            fields = iim_datasets(data)
            if fields:
                return fields
    return {}


def gif_xmp(raw: bytes) -> bytes:
    """A GIF's XMP packet (b"" when it has none): the bytes after the ``XMP DataXMP`` block's
    header, up to the end of the packet (``</x:xmpmeta>``) or the magic trailer."""
    if raw[:6] not in (b"GIF87a", b"GIF89a"):
        return b""
    at = raw.find(GIF_XMP, 0, GIF_SEARCH)
    if at < 0:
        return b""
    start = at + len(GIF_XMP)
    window = raw[start : start + MAX_XMP]
    end = window.find(b"</x:xmpmeta>")
    if end >= 0:
        return window[: end + len(b"</x:xmpmeta>")]
    trailer = window.find(b"\x01\xff\xfe\xfd")
    return window[:trailer] if trailer >= 0 else b""
