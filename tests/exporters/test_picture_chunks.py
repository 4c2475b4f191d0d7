"""A published PNG or WebP carries its picture and the app's credits, nothing else of its
container: not a Content Credentials manifest we did not sign (a PNG's caBX, a WebP's C2PA chunk,
with the camera's GPS, serial and certificate), not a chunk ExifTool does not know (a private
``prVt``, a ``zzZz`` after the image data, a RIFF ``SCRT``), not bytes after the image's end.

Real files made on the spot go through every export that publishes picture files; each
published file is scanned for the secret strings, read back with ExifTool for the credits, and
decoded by Pillow to the original's pixels."""

from __future__ import annotations

import base64
import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from imagefactory import picture
from privatepictures import read_tags
from slidewright import save_article
from slidewright.exporters import ExportOptions, export
from slidewright.exporters.imagerights import exiftool
from slidewright.exporters.picturechunks import DamagedPicture, picture_chunks
from slidewright.model import Article, Slide

pytestmark = pytest.mark.skipif(exiftool() is None, reason="ExifTool is not installed")

CREDIT = {"credit": "Ana Silva/Harbour Photo Agency", "creator": "Ana Silva"}
LICENCE = "Editorial use only"


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def with_png_chunks(png: bytes, before_idat: bytes = b"", after_idat: bytes = b"") -> bytes:
    """``png`` with ready-made chunks spliced in before its first IDAT and before its IEND."""
    first = png.index(b"IDAT") - 4
    end = png.index(b"IEND") - 4
    return png[:first] + before_idat + png[first:end] + after_idat + png[end:]


def with_riff_chunk(webp: bytes, kind: bytes, payload: bytes) -> bytes:
    body = webp[12:] + kind + struct.pack("<I", len(payload)) + payload + b"\0" * (len(payload) & 1)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def signed(data: bytes, mime: str) -> bytes:
    """``data`` with a Content Credentials manifest whose EXIF assertion holds the place and the
    camera's serial, signed by a certificate naming the camera."""
    cf = pytest.importorskip("c2pafactory")
    pytest.importorskip("c2pa")
    signer = cf.make_signer("Camera SN SECRET-cert-serial", "SECRET-owner-org")
    definition = cf.manifest()
    definition["assertions"].append(
        {
            "label": "stds.exif",
            "data": {
                "@context": {"exif": "http://ns.adobe.com/exif/1.0/"},
                "exif:GPSLatitude": "48,51.4N",
                "exif:BodySerialNumber": "SECRET-c2pa-serial",
            },
        }
    )
    result: bytes = cf.sign(signer, definition, data, mime)
    return result


def originals() -> dict[str, bytes]:
    """The pictures' files: signed PNG and WebP, and PNG and WebP with chunks of their own."""
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    private_png = with_png_chunks(
        encoded(picture((900, 600), 2), "PNG"),
        before_idat=png_chunk(b"prVt", b"SECRET-png-private-chunk"),
        after_idat=png_chunk(b"zzZz", b"SECRET-png-after-idat"),
    )
    rgba = picture((900, 600), 3).convert("RGBA")
    private_webp = with_riff_chunk(
        encoded(rgba, "WEBP", lossless=True, icc_profile=icc), b"SCRT", b"SECRET-webp-riff-chunk"
    )
    return {
        "signed.png": signed(encoded(picture((900, 600), 4), "PNG"), "image/png"),
        "signed.webp": signed(encoded(picture((900, 600), 5), "WEBP"), "image/webp"),
        "private.png": private_png + b"SECRET-after-iend",
        "private.webp": private_webp,
    }


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("chunks") / "harbour"
    (root / "images").mkdir(parents=True)
    slides = []
    for name, data in originals().items():
        assert b"SECRET" in data  # each original does carry its secret
        (root / "images" / name).write_bytes(data)
        slides.append(
            Slide(
                heading=name, image=f"images/{name}", alt=f"The harbour at dawn, {name}",
                license=LICENCE, body="Text.", **CREDIT,
            )
        )  # fmt: skip
    save_article(Article(title="Harbour", description="d", date="2026-11-20", slides=slides), root)
    return root


def published(to: str, out: Path, index: Path) -> dict[str, bytes]:
    """Every picture file (or, for the single file, data URI) the export published."""
    if to == "html":
        found = re.findall(r"data:image/(png|webp);base64,([A-Za-z0-9+/=]+)", out.read_text())
        return {
            f"inlined-{n}.{kind}": base64.b64decode(data) for n, (kind, data) in enumerate(found)
        }
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.suffix in (".png", ".webp")
    }


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGBA").tobytes()


@pytest.mark.parametrize("to", ["hugo", "jekyll", "html", "html-folder"])
def test_a_published_png_or_webp_carries_its_picture_and_credits_only(
    bundle: Path, tmp_path: Path, to: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # renditions made afresh
    out = tmp_path / ("page.html" if to == "html" else "out")
    warnings: list[str] = []
    index = export(bundle, to, out, ExportOptions(warn=warnings.append))
    pictures = published(to, out, index)
    if to in ("hugo", "jekyll"):  # the full-size copies of the originals are there
        full = {Path(name).name: data for name, data in pictures.items()}
        assert set(originals()) <= set(full)
        for name, original in originals().items():
            assert pixels(full[name]) == pixels(original), name
    if to == "html":  # each picture inlined as it is (narrower than the single file's column)
        assert len(pictures) == 4
        for data, original in zip(pictures.values(), originals().values(), strict=True):
            assert pixels(data) == pixels(original)
    assert len(pictures) >= 4
    tags = read_tags(pictures, tmp_path)
    for name, data in pictures.items():
        assert b"SECRET" not in data, name
        assert b"jumb" not in data and b"caBX" not in data and b"C2PA" not in data, name
        assert not any(k.startswith(("JUMBF", "C2PA", "PNG-prVt")) for k in tags[name]), name
        assert tags[name].get("XMP-photoshop:Credit") == CREDIT["credit"], name
        assert tags[name].get("XMP-dc:Creator") == CREDIT["creator"], name
        assert tags[name].get("XMP-xmpRights:UsageTerms") == LICENCE, name
        assert tags[name].get("IFD0:Artist") == CREDIT["creator"], name


def test_what_stays_is_a_well_formed_container() -> None:
    """Every PNG chunk kept has its own CRC; the WebP's RIFF size and VP8X flags say what is
    left (its colour profile, not the EXIF taken out)."""
    png = originals()["private.png"]
    cleaned = picture_chunks(png, "png", "after")
    at, kinds = 8, []
    while at < len(cleaned):
        length, kind = struct.unpack(">I4s", cleaned[at : at + 8])
        crc = struct.unpack(">I", cleaned[at + 8 + length : at + 12 + length])[0]
        assert crc == zlib.crc32(cleaned[at + 4 : at + 8 + length]), kind
        kinds.append(kind)
        at += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"prVt" not in kinds
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif[0x010F] = "SECRET-make"
    webp = encoded(picture((300, 200), 1).convert("RGBA"), "WEBP", icc_profile=icc, exif=exif)
    assert webp[20] & 0x08  # the EXIF flag is set on the way in
    cleaned = picture_chunks(with_riff_chunk(webp, b"SCRT", b"SECRET"), "webp", "before")
    assert struct.unpack("<I", cleaned[4:8])[0] == len(cleaned) - 8
    assert cleaned[20] & 0x20 and cleaned[20] & 0x08  # the profile and the EXIF kept
    cleaned = picture_chunks(cleaned.replace(b"EXIF", b"EXIX"), "webp", "after")
    assert not cleaned[20] & 0x08 and b"SECRET" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info.get("icc_profile") == icc and not image.getexif()
    assert pixels(cleaned) == pixels(webp)


def _png() -> bytes:
    return encoded(picture((120, 80), 7), "PNG")


HOSTILE = {
    "a PNG chunk longer than the file": lambda: with_png_chunks(
        _png(), after_idat=struct.pack(">I", 1 << 30) + b"zzZzSECRET"
    )[:-12],
    "a PNG without its end": lambda: _png()[:-12],
    "a PNG chunk length past 2^31": lambda: with_png_chunks(
        _png(), after_idat=struct.pack(">I", 0xFFFFFFF0) + b"zzZzSECRET"
    ),
    "a PNG colour chunk stuffed": lambda: with_png_chunks(
        _png(), before_idat=png_chunk(b"gAMA", b"\0\0\xb1\x8f" + b"SECRET" * 40)
    ),
    "a WebP RIFF size past the end": lambda: (
        b"RIFF\xff\xff\xff\x7fWEBP" + encoded(picture((120, 80), 7), "WEBP")[12:] + b"SECRET"
    ),
    "a WebP chunk longer than the file": lambda: with_riff_chunk(
        encoded(picture((120, 80), 7), "WEBP"), b"SCRT", b"SECRET"
    ).replace(b"SCRT\x06\0\0\0", b"SCRT\xff\xff\0\0"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_damaged_container_is_refused_by_the_parser(name: str) -> None:
    data = HOSTILE[name]()
    kind = "png" if data.startswith(b"\x89PNG") else "webp"
    with pytest.raises(DamagedPicture):
        picture_chunks(data, kind, "before")


def test_too_many_chunks_are_refused_without_reading_them_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slidewright.exporters import picturechunks

    monkeypatch.setattr(picturechunks, "MAX_CHUNKS", 50)
    many = with_png_chunks(_png(), after_idat=png_chunk(b"zzZz", b"") * 100)
    with pytest.raises(DamagedPicture, match="too many chunks"):
        picture_chunks(many, "png", "before")
    webp = encoded(picture((120, 80), 7), "WEBP")
    for _ in range(100):  # chunks that would all be dropped count too
        webp = with_riff_chunk(webp, b"SCRT", b"")
    with pytest.raises(DamagedPicture, match="too many chunks"):
        picture_chunks(webp, "webp", "before")


@pytest.mark.parametrize("to", ["hugo", "html", "html-folder"])
def test_a_damaged_picture_is_a_warning_and_its_bytes_never_go_out(
    tmp_path: Path, to: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = tmp_path / "damaged"
    (root / "images").mkdir(parents=True)
    slides = []
    for n, name in enumerate(sorted(HOSTILE)):
        suffix = ".png" if "PNG" in name else ".webp"
        (root / "images" / f"{n}{suffix}").write_bytes(HOSTILE[name]())
        slides.append(
            Slide(heading=name, image=f"images/{n}{suffix}", alt=name, body="x", **CREDIT)
        )
    save_article(Article(title="Damaged", description="d", date="2026-11-20", slides=slides), root)
    out = tmp_path / ("page.html" if to == "html" else "out")
    warnings: list[str] = []
    export(root, to, out, ExportOptions(warn=warnings.append))  # no traceback
    damaged = [w for w in warnings if "the file is damaged" in w]
    assert damaged and all(w.startswith("credits not written: ") for w in damaged)
    files = [out] if to == "html" else [p for p in out.rglob("*") if p.is_file()]
    for file in files:
        assert b"SECRET" not in file.read_bytes(), file
    for name, data in published(to, out, out).items():  # the single file's data URIs too
        assert b"SECRET" not in data, name


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_a_copy_keeps_its_turn_and_loses_the_rest_of_its_exif(tmp_path: Path, fmt: str) -> None:
    """The EXIF chunk survives the first pass so the policy can copy the orientation back:
    the published copy still shows upright, and the camera's make is gone with the rest."""
    from slidewright.exporters.imagerights import write_rights

    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "SECRET-make"
    original = tmp_path / f"original.{fmt.lower()}"
    original.write_bytes(encoded(picture((300, 200), 8), fmt, exif=exif))
    copy = tmp_path / f"copy.{fmt.lower()}"
    copy.write_bytes(original.read_bytes())
    write_rights(copy, Slide(image=f"images/x.{fmt.lower()}", **CREDIT), original)
    data = copy.read_bytes()
    tags = read_tags({copy.name: data}, tmp_path)[copy.name]
    assert b"SECRET" not in data
    assert tags.get("IFD0:Orientation") == 6 and tags.get("IFD0:Artist") == CREDIT["creator"]
    assert pixels(data) == pixels(original.read_bytes())


def test_with_a_certificate_the_only_manifest_is_ours(bundle: Path, tmp_path: Path) -> None:
    """Signed anew, a full-size PNG or WebP copy carries the writer's manifest, naming its
    original, and nothing of the camera's (its manifest's GPS and serial, or the chunks)."""
    cf = pytest.importorskip("c2pafactory")
    from slidewright.cli import main
    from slidewright.provenance import read_credentials

    writer = cf.make_signer("Noor Haddad", "Newsroom")
    (tmp_path / "chain.pem").write_bytes(writer.chain_pem)
    (tmp_path / "key.pem").write_bytes(writer.key_pem)
    out = tmp_path / "site"
    args = ["--c2pa-cert", str(tmp_path / "chain.pem"), "--c2pa-key", str(tmp_path / "key.pem")]
    assert main(["export", str(bundle), "--to", "hugo", "-o", str(out), *args]) == 0
    for name in originals():
        data = next(out.rglob(name)).read_bytes()
        assert b"SECRET" not in data, name
        credentials = read_credentials(data, "PNG" if name.endswith(".png") else "WEBP")
        assert credentials is not None and credentials.signer == "Noor Haddad", name
        assert [i.title for i in credentials.ingredients] == [name]


def test_a_wordpress_upload_is_the_cleaned_picture(bundle: Path) -> None:
    """What WordPress would be sent for each picture (publish/pictures.py, before any request):
    its pixels and credits, no manifest, no chunk of its own."""
    from slidewright import load_article
    from slidewright.publish.pictures import published_pictures

    paths = [f"images/{name}" for name in originals()]
    uploads = published_pictures(load_article(bundle), bundle, paths)
    for path, original in zip(paths, originals().values(), strict=True):
        assert b"SECRET" not in uploads[path] and b"jumb" not in uploads[path], path
        assert CREDIT["credit"].encode() in uploads[path], path
        assert pixels(uploads[path]) == pixels(original), path


def frames(data: bytes) -> list[bytes]:
    with Image.open(io.BytesIO(data)) as image:
        found = []
        for n in range(getattr(image, "n_frames", 1)):
            image.seek(n)
            found.append(image.convert("RGBA").tobytes())
        return found


def animated(fmt: str) -> bytes:
    first, second = picture((200, 120), 1), picture((200, 120), 2)
    data = encoded(first, fmt, save_all=True, append_images=[second], duration=500, loop=0)
    if fmt == "PNG":
        return with_png_chunks(data, before_idat=png_chunk(b"prVt", b"SECRET-apng"))
    return with_riff_chunk(data, b"SCRT", b"SECRET-animated-webp")


def _alpha_webp() -> bytes:  # lossy with an alpha channel: VP8X, ALPH, VP8
    rgba = picture((200, 120), 3).convert("RGBA")
    rgba.putalpha(128)
    return with_riff_chunk(encoded(rgba, "WEBP", quality=80), b"SCRT", b"SECRET")


SHOWN = {
    "apng": (lambda: animated("PNG"), 2),
    "animated-webp": (lambda: animated("WEBP"), 2),
    "webp-alpha": (_alpha_webp, 1),
}


@pytest.mark.parametrize("kind", sorted(SHOWN))
def test_animations_and_alpha_keep_every_frame(tmp_path: Path, kind: str) -> None:
    """APNG's acTL/fcTL/fdAT, WebP's ANIM/ANMF and ALPH are the picture: all of it stays."""
    from slidewright.exporters.imagerights import write_rights

    made, count = SHOWN[kind]
    data = made()
    suffix = ".png" if data.startswith(b"\x89PNG") else ".webp"
    original, copy = tmp_path / f"original{suffix}", tmp_path / f"copy{suffix}"
    original.write_bytes(data)
    copy.write_bytes(data)
    write_rights(copy, Slide(image=f"images/a{suffix}", **CREDIT), original)
    published = copy.read_bytes()
    assert b"SECRET" not in published and CREDIT["credit"].encode() in published
    assert len(frames(data)) == count and frames(published) == frames(data)
