"""An XMP field is its namespace's: a file whose XMP holds ``Credit`` and ``creator`` in a
namespace of its own (``ev:Credit``) beside the real ``photoshop:Credit`` and ``dc:creator``
is read as ExifTool, an agency's system and the published picture's readers read it. The
checker took the first element of that local name in any namespace, so a careless tool's or a
hostile file's own field spoke for the picture, and a slide left without a credit published it."""

from __future__ import annotations

from pathlib import Path

from imagefactory import picture
from slidewright.credits import CreditChecker
from slidewright.credits.metadata import read_metadata
from slidewright.model import Article, Slide

PACKET = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:ev="http://tool.example/ns/" ev:Source="Getty Images"'
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Source="AFP">'
    "<ev:Credit>Reuters</ev:Credit><ev:creator>Tom Hale</ev:creator>"
    "<ev:rights>© Tom Hale</ev:rights>"
    "<photoshop:Credit>AFP</photoshop:Credit>"
    "<dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li></rdf:Seq></dc:creator>"
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
).encode()


def _picture(folder: Path, suffix: str = "jpg") -> Path:
    file = folder / "images" / f"photo.{suffix}"
    file.parent.mkdir(parents=True, exist_ok=True)
    picture((800, 600), 2).save(file, xmp=PACKET)
    return file


def test_only_the_standard_namespaces_speak_for_the_picture(tmp_path: Path) -> None:
    for suffix in ("jpg", "webp"):
        meta = read_metadata(_picture(tmp_path, suffix))
        assert (meta.credit, meta.creators, meta.source) == ("AFP", ("Jane Doe",), "AFP")
        assert "Tom Hale" not in meta.rights
        assert not [text for _, _, text in meta.named if "Reuters" in text or "Tom" in text]


def test_the_check_weighs_the_real_credit(tmp_path: Path) -> None:
    _picture(tmp_path)

    def mismatches(credit: str) -> list[str]:
        slide = Slide(heading="h", image="images/photo.jpg", alt="A square", credit=credit)
        found = CreditChecker().check(Article(title="T", slides=[slide]), tmp_path)
        return [f.message for f in found if f.rule == "credit-metadata-mismatch"]

    assert mismatches("Jane Doe/AFP") == []
    assert mismatches("Tom Hale/Reuters")


def test_a_pngs_xmp_after_its_pixels_is_read(tmp_path: Path) -> None:
    """An iTXt chunk may follow the image data (PNG allows it; some tools write it there)."""
    import io
    import struct
    import zlib

    out = io.BytesIO()
    picture((800, 600), 4).save(out, "PNG")
    data = out.getvalue()
    payload = b"XML:com.adobe.xmp\0\0\0\0\0" + PACKET
    chunk = struct.pack(">I", len(payload)) + b"iTXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"iTXt" + payload))
    file = tmp_path / "late.png"
    file.write_bytes(data[:-12] + chunk + data[-12:])  # before IEND, after IDAT
    meta = read_metadata(file)
    assert (meta.credit, meta.creators) == ("AFP", ("Jane Doe",))
