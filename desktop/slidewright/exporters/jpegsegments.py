"""A published JPEG keeps only its picture's segments after its first scan, and nothing after
its end.

ExifTool reads (and ``-all=`` removes) a JPEG's metadata up to the first scan (``SOS``) only,
and copies what follows as it is. A progressive JPEG is several scans, and any encoder or
editor may put a comment (``COM``) or an application segment (``APP0``-``APP15``: a thumbnail,
a location, a maker's notes) between two of them, or before the end marker; a camera or an
app may append a second picture or its own notes after the end marker. ExifTool also keeps the
Adobe segment (``APP14``, which says how the colours are coded), whatever bytes follow its
twelve. So after ExifTool (``picturechunks.py``'s second pass) the file is walked once:

- before the first scan, every segment ExifTool left stays, except that the Adobe segment is cut
  to its twelve bytes, and bytes that are not a segment are dropped;
- from the first scan on, the scans and the tables between them (``DHT``, ``DQT``, ``DRI``,
  ``SOS``, restart markers) stay; comments and application segments go;
- the end marker ends the file.

The entropy-coded bytes themselves are copied unchanged: the picture is the same, bit for bit.
A segment whose length runs past the end of the file is :class:`DamagedJpeg`; a file cut off in
its scan data keeps what it has (a damaged picture is left out of exports before this runs).
"""

from __future__ import annotations

import struct

from slidewright.errors import SlidewrightError

SOI, EOI, SOS, COM, ADOBE = 0xD8, 0xD9, 0xDA, 0xFE, 0xEE
ADOBE_PAYLOAD = 12  # "Adobe", version, flags0, flags1, colour transform


class DamagedJpeg(SlidewrightError):
    """The JPEG's segments cannot be read to its end."""


def _standalone(marker: int) -> bool:
    """A marker with no length after it: restart markers and TEM."""
    return 0xD0 <= marker <= 0xD7 or marker == 0x01


def _dropped_after_scan(marker: int) -> bool:
    return 0xE0 <= marker <= 0xEF or marker == COM


def _scan_end(data: bytes, at: int) -> int:
    """Where the entropy-coded bytes from ``at`` end: the next marker that is not a stuffed
    0xFF00 or a restart marker (``len(data)`` when the file ends first)."""
    if data[at] == 0xFF:  # a stuffed byte or a restart marker where the bytes start
        at += 2
    while True:
        at = data.find(b"\xff", at)
        if at < 0 or at + 1 >= len(data):
            return len(data)
        follow = data[at + 1]
        if follow == 0 or 0xD0 <= follow <= 0xD7:
            at += 2
            continue
        if follow == 0xFF:  # fill bytes before a marker
            at += 1
            continue
        return at


def jpeg_segments(data: bytes) -> bytes:
    """``data`` (a JPEG) without comments or application segments after its first scan, without
    bytes after its end marker, and with its Adobe segment cut to its own twelve bytes."""
    if not data.startswith(b"\xff\xd8"):
        raise DamagedJpeg("it does not start as a JPEG")
    out = bytearray(data[:2])
    at, scanning = 2, False
    while at < len(data):
        marker = data[at + 1] if at + 1 < len(data) else -1
        if scanning and (data[at] != 0xFF or marker == 0 or _standalone(marker)):
            end = _scan_end(data, at)  # entropy-coded bytes, copied as they are
            out += data[at:end]
            at = end
            continue
        if data[at] != 0xFF:  # before the first scan, not a segment: nothing a decoder reads
            found = data.find(b"\xff", at)
            at = len(data) if found < 0 else found
            continue
        if marker < 0:
            break
        if marker == 0xFF:  # a fill byte
            at += 1
            continue
        if marker == EOI:
            out += b"\xff\xd9"
            break
        if _standalone(marker) or marker in (SOI, 0):  # nothing to keep before the first scan
            at += 2
            continue
        if at + 4 > len(data):
            raise DamagedJpeg(f"byte {at}: a segment cut short")
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if length < 2 or at + 2 + length > len(data):
            raise DamagedJpeg(f"byte {at}: a segment runs past the end of the file")
        segment = data[at : at + 2 + length]
        at += 2 + length
        if scanning and _dropped_after_scan(marker):
            continue
        if marker == ADOBE and segment[4:9] == b"Adobe" and length > 2 + ADOBE_PAYLOAD:
            segment = b"\xff\xee" + struct.pack(">H", 2 + ADOBE_PAYLOAD) + segment[4:16]
        out += segment
        scanning = scanning or marker == SOS
    return bytes(out)
