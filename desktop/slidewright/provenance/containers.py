"""Take a picture's embedded C2PA manifest out of its bytes (JPEG APP11, PNG caBX, WebP C2PA).

Used when a published picture's new manifest names its original as ingredient but the original's
own manifest carries private data (a location, a device serial): the ingredient is then recorded
from the bytes without their manifest, so nothing of it travels into the published file. Only the
container's framing is parsed; pixels are never decoded.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _jpeg(raw: bytes) -> bytes:
    out, pos = bytearray(raw[:2]), 2
    while pos + 4 <= len(raw) and raw[pos] == 0xFF:
        marker = raw[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = struct.unpack(">H", raw[pos + 2 : pos + 4])[0]
        segment = raw[pos : pos + 2 + length]
        if marker != 0xEB:  # APP11 holds JUMBF boxes, the C2PA manifest among them
            out += segment
        pos += 2 + length
    return bytes(out + raw[pos:])


def _png(raw: bytes) -> bytes:
    out, pos = bytearray(PNG_SIGNATURE), len(PNG_SIGNATURE)
    while pos + 12 <= len(raw):
        length = struct.unpack(">I", raw[pos : pos + 4])[0]
        kind = raw[pos + 4 : pos + 8]
        chunk = raw[pos : pos + 12 + length]
        if kind != b"caBX":
            out += chunk
        pos += 12 + length
    return bytes(out + raw[pos:])


def _webp(raw: bytes) -> bytes:
    body, pos = bytearray(), 12
    while pos + 8 <= len(raw):
        kind = raw[pos : pos + 4]
        size = struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        chunk = raw[pos : pos + 8 + size + (size & 1)]
        if kind != b"C2PA":
            body += chunk
        pos += 8 + size + (size & 1)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + bytes(body)


def without_manifest(raw: bytes) -> bytes:
    """``raw`` with its embedded manifest removed (unchanged for other formats)."""
    if raw[:2] == b"\xff\xd8":
        return _jpeg(raw)
    if raw[:8] == PNG_SIGNATURE:
        return _png(raw)
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return _webp(raw)
    return raw
