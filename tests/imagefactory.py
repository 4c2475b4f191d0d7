"""Real image files with embedded credit metadata (XMP, IPTC-IIM, EXIF) for tests and the sample.

Pillow writes XMP into JPEG, WebP and (via an iTXt chunk) PNG; IPTC-IIM has no Pillow writer, so
``iptc_segment`` builds the Photoshop APP13 block that carries it.
"""

from __future__ import annotations

import random
import struct
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

_SIMPLE = {
    "credit": ("photoshop", "Credit"),
    "source": ("photoshop", "Source"),
    "instructions": ("photoshop", "Instructions"),
    "web_statement": ("xmpRights", "WebStatement"),
    "digital_source_type": ("Iptc4xmpExt", "DigitalSourceType"),
}
_ALT = {
    "rights": ("dc", "rights"),
    "description": ("dc", "description"),
    "usage_terms": ("xmpRights", "UsageTerms"),
    "alt_text": ("Iptc4xmpCore", "AltTextAccessibility"),
}
_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
}


def xmp_packet(**fields: str) -> bytes:
    """An XMP packet with the given fields (creator, credit, source, rights, …)."""
    parts = []
    for key, value in fields.items():
        value = escape(value)
        if key == "creator":
            parts.append(f"<dc:creator><rdf:Seq><rdf:li>{value}</rdf:li></rdf:Seq></dc:creator>")
        elif key in _SIMPLE:
            prefix, name = _SIMPLE[key]
            parts.append(f"<{prefix}:{name}>{value}</{prefix}:{name}>")
        elif key in _ALT:
            prefix, name = _ALT[key]
            parts.append(
                f'<{prefix}:{name}><rdf:Alt><rdf:li xml:lang="x-default">{value}</rdf:li>'
                f"</rdf:Alt></{prefix}:{name}>"
            )
        else:
            raise KeyError(key)
    namespaces = " ".join(f'xmlns:{p}="{uri}"' for p, uri in _NS.items())
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" {namespaces}>{"".join(parts)}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


IIM = {"credit": 110, "byline": 80, "copyright": 116, "source": 115, "instructions": 40}


def iptc_segment(**fields: str) -> bytes:
    """A JPEG APP13 segment holding IPTC-IIM records (UTF-8 declared)."""
    records = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47"  # 1:90 coded character set = UTF-8
    for key, value in fields.items():
        data = value.encode("utf-8")
        records += b"\x1c\x02" + bytes([IIM[key]]) + struct.pack(">H", len(data)) + data
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    if len(records) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def picture(size: tuple[int, int], seed: int) -> Image.Image:
    """A landscape-like picture: sky gradient, sun, hills, sea; different for every seed."""
    rng = random.Random(seed)
    width, height = size
    top = tuple(rng.randint(40, 140) for _ in range(3))
    bottom = tuple(rng.randint(150, 250) for _ in range(3))
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    sun = (rng.randint(width // 6, 5 * width // 6), rng.randint(height // 8, height // 3))
    radius = max(4, height // rng.randint(8, 14))
    draw.ellipse(
        [sun[0] - radius, sun[1] - radius, sun[0] + radius, sun[1] + radius], fill=(255, 236, 180)
    )
    for layer in range(3):
        base = int(height * (0.55 + 0.12 * layer))
        shade = tuple(max(0, c - 40 * (layer + 1)) for c in bottom)
        points = [(0, height)]
        for x in range(0, width + 60, 60):
            points.append((x, base - rng.randint(0, height // 8)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    sea = int(height * 0.8)
    draw.rectangle([0, sea, width, height], fill=(30, 70 + seed % 60, 110 + seed % 80))
    return image


def make_image(
    path: Path,
    size: tuple[int, int] = (1200, 800),
    seed: int = 1,
    xmp: dict[str, str] | None = None,
    iptc: dict[str, str] | None = None,
    exif: dict[int, str] | None = None,
    quality: int = 82,
) -> Path:
    """Write a picture to ``path`` (format from the suffix) with the metadata asked for."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = picture(size, seed)
    packet = xmp_packet(**xmp) if xmp else None
    suffix = path.suffix.lower()
    exif_data = None
    if exif:
        exif_data = Image.Exif()
        for tag, value in exif.items():
            exif_data[tag] = value
    if suffix == ".png":
        info = PngInfo()
        if packet:
            info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
        image.save(path, pnginfo=info, exif=exif_data or Image.Exif())
    elif suffix == ".webp":
        kwargs = {"xmp": packet} if packet else {}
        image.save(path, quality=quality, exif=exif_data or Image.Exif(), **kwargs)
    else:
        kwargs = {"xmp": packet} if packet else {}
        image.save(path, quality=quality, exif=exif_data or Image.Exif(), **kwargs)
        if iptc:
            data = path.read_bytes()
            path.write_bytes(data[:2] + iptc_segment(**iptc) + data[2:])
    return path


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width``×``height`` pixels in a few dozen bytes (a decompression bomb as
    far as any reader that believes the header is concerned)."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
