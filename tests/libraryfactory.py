"""Made-up libraries for the library tests and benchmark: folders of article bundles whose
pictures are small real JPEGs, some of them the same photo (copied, or resized and re-encoded)
in several articles, with credits and licence dates in the slides or the files."""

from __future__ import annotations

import io
import random
import struct
from collections.abc import Callable
from pathlib import Path

from PIL import Image

MakeArticle = Callable[..., Path]  # the library tests' make_article fixture
LICENCE_DATES = ("license_start", "license_end")


def photo(seed: int, size: tuple[int, int] = (160, 107)) -> Image.Image:
    """A distinct picture for every seed: random 12×8 blocks scaled up smoothly (a dHash of
    one seed is about 32 bits away from any other's)."""
    rng = random.Random(seed)
    cells = bytes(rng.randrange(256) for _ in range(12 * 8 * 3))
    return Image.frombytes("RGB", (12, 8), cells).resize(size, Image.Resampling.BICUBIC)


def xmp(credit: str = "", licence_end: str = "", licence_start: str = "", terms: str = "") -> bytes:
    parts = []
    if credit:
        parts.append(f"<photoshop:Credit>{credit}</photoshop:Credit>")
    if licence_start:
        parts.append(f"<plus:LicenseStartDate>{licence_start}</plus:LicenseStartDate>")
    if licence_end:
        parts.append(f"<plus:LicenseEndDate>{licence_end}</plus:LicenseEndDate>")
    if terms:
        parts.append(
            "<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang='x-default'>"
            f"{terms}</rdf:li></rdf:Alt></xmpRights:UsageTerms>"
        )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/" '
        'xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
        + "".join(parts)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def iim_expiration(day: str) -> bytes:
    """A JPEG APP13 segment with IIM 2:37 ExpirationDate (``day`` as CCYYMMDD)."""
    data = day.encode("ascii")
    records = b"\x1c\x02\x25" + struct.pack(">H", len(data)) + data
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    if len(records) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def jpeg(image: Image.Image, packet: bytes = b"", app13: bytes = b"", quality: int = 75) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, **({"xmp": packet} if packet else {}))
    raw = out.getvalue()
    return raw[:2] + app13 + raw[2:] if app13 else raw


def yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_article(
    bundle: Path,
    title: str,
    date: str,
    slides: list[dict[str, str]],
    pictures: dict[str, bytes],
) -> Path:
    """Write ``bundle/index.md`` and its pictures (``pictures``: path in the bundle -> bytes)."""
    for name, raw in pictures.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(raw)
    lines = ["---", f"title: {yaml_text(title)}"]
    if date:
        lines.append(f"date: {date}")
    lines.append("slides:")
    for n, slide in enumerate(slides, start=1):
        lines.append(f"- heading: {yaml_text(slide.get('heading', f'Slide {n}'))}")
        for key in ("image", "alt", "credit", "license", "license_url", *LICENCE_DATES):
            if slide.get(key):
                lines.append(f"  {key}: {yaml_text(slide[key])}")
        lines.append(f"  body: {yaml_text(slide.get('body', 'Some words.'))}")
    lines.append("---")
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bundle
