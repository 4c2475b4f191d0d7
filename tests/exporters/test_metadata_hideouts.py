"""Private data hidden where the first privacy corpus did not look: a colour profile naming the
camera and its owner (JPEG APP2, PNG iCCP, WebP ICCP, TIFF, AVIF), JPEG comments and APP3/APP12/
APP15 segments, an MPO's second picture with its own EXIF, extended XMP over several APP1
segments, an XMP sidecar beside the picture, a GIF comment, another application's GIF block, a
GIF plain-text block, bytes after a GIF's trailer, an unknown chunk inside a WebP animation
frame, ``uuid`` and ``free`` boxes in an AVIF, a JPEG named .jfif, and formats the policy cannot
clean (a JPEG named .heic, JPEG 2000), PNG tEXt/zTXt/iTXt, a TIFF's own
first-IFD tags, the photo inside an SVG drawing. Every picture is made here, every export reads back with ExifTool and a plain
search of the bytes: no ``SECRET`` anywhere, no device in a profile, the profile still usable."""

from __future__ import annotations

import base64
import io
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from imagefactory import picture
from privatepictures import pictures_bundle, published_files, read_tags
from slidewright import save_article
from slidewright.exporters import ExportOptions, export, imagerights
from slidewright.fileformat import load_article
from slidewright.model import Slide
from slidewright.publish.pictures import published_pictures

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
PICTURES = ("segments.jpg", "twins.jpg", "extended.jpg", "sidecar.jpg", "comment.gif",
            "scan.tif", "chunks.png", "riff.webp", "photo.avif", "drawing.svg",
            "blocks.gif", "tail.gif", "frames.webp", "boxes.avif",
            "renamed.jfif")  # fmt: skip
UNCLEANABLE = ("renamed.heic", "scan.jp2")  # formats the policy cannot clean


def _description(text: str) -> bytes:
    """An ICC v2 ``desc`` tag holding ``text``."""
    ascii_ = text.encode() + b"\0"
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(12 + 67)


def camera_profile() -> bytes:
    """sRGB with the camera's maker and model in its header and in dmnd/dmdd tags, and the
    owner as its copyright line, as some cameras and calibration tools write them."""
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    count = struct.unpack(">I", base[128:132])[0]
    rows = [struct.unpack(">4sII", base[132 + 12 * n : 144 + 12 * n]) for n in range(count)]
    extra = [(b"dmnd", _description("SECRET-icc-maker")),
             (b"dmdd", _description("SECRET-icc-model")),
             (b"cprt", _description("SECRET-icc-owner"))]  # fmt: skip
    rows = [row for row in rows if row[0] != b"cprt"]
    shift = 12 * (len(rows) + len(extra) - count)
    table = [(sig, offset + shift, size) for sig, offset, size in rows]
    data = bytearray(base[132 + 12 * count :])
    end = 132 + 12 * (len(rows) + len(extra)) + len(data)
    for sig, blob in extra:
        data += bytes(-end % 4)
        end += -end % 4
        table.append((sig, end, len(blob)))
        data += blob
        end += len(blob)
    head = bytearray(base[:128])
    head[48:56] = b"SCRTSRL9"  # device manufacturer, device model
    head[80:84] = b"SCRT"  # profile creator
    whole = head + struct.pack(">I", len(table))
    whole += b"".join(struct.pack(">4sII", *row) for row in table) + data
    whole[:4] = struct.pack(">I", len(whole))
    return bytes(whole)


def _secret_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "SECRET-make", "SECRET-model"
    exif.get_ifd(0x8769).update({0xA430: "SECRET-owner", 0xA431: "SECRET-serial"})
    exif.get_ifd(0x8825).update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0)})
    return exif


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _exiftool(file: Path, *args: str) -> None:
    subprocess.run(["exiftool", "-q", "-q", "-m", "-overwrite_original", *args, str(file)],
                   check=True)  # fmt: skip


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _with_frame_chunk(webp: bytes) -> bytes:
    """An animated WebP whose first frame (ANMF) carries an unknown chunk after its picture."""
    at = webp.index(b"ANMF")
    size = struct.unpack("<I", webp[at + 4 : at + 8])[0]
    padded = webp[at + 8 : at + 8 + size] + bytes(size & 1)
    frame = padded + b"SCRT" + struct.pack("<I", 14) + b"SECRET-in-anmf"
    rest = webp[at + 8 + size + (size & 1) :]
    body = webp[12:at] + b"ANMF" + struct.pack("<I", len(frame)) + frame + rest
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def make_pictures(images: Path) -> None:
    images.mkdir(parents=True)
    icc = camera_profile()
    out = io.BytesIO()
    picture((600, 400), 1).save(out, "JPEG", icc_profile=icc, comment=b"SECRET-comment")
    segments = (_segment(0xFE, b"SECRET-com GPS 48.85N") + _segment(0xEC, b"Ducky\0SECRET-app12")
                + _segment(0xE3, b"META\0\0SECRET-app3") + _segment(0xEF, b"SECRET-app15"))  # fmt: skip
    data = out.getvalue()
    (images / "segments.jpg").write_bytes(data[:2] + segments + data[2:])
    _exiftool(images / "segments.jpg", "-XMP-aux:SerialNumber=SECRET-aux")
    second = picture((320, 240), 2)
    second.encoderinfo = {"exif": _secret_exif().tobytes()}
    picture((600, 400), 3).save(images / "twins.jpg", "MPO", save_all=True,
                                append_images=[second], exif=_secret_exif())  # fmt: skip
    picture((600, 400), 4).save(images / "extended.jpg", "JPEG")
    _exiftool(images / "extended.jpg", "-XMP-dc:Description=SECRET-extended " + "x" * 90_000,
              "-XMP-aux:OwnerName=SECRET-extended-owner")  # fmt: skip
    picture((600, 400), 5).save(images / "sidecar.jpg", "JPEG")
    (images / "sidecar.xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        '22-rdf-syntax-ns#"><rdf:Description xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" '
        'aux:SerialNumber="SECRET-sidecar"/></rdf:RDF></x:xmpmeta>'
    )
    picture((300, 200), 6).convert("P").save(images / "comment.gif", comment=b"SECRET-gif")
    gif = io.BytesIO()
    picture((300, 200), 13).convert("P").save(gif, "GIF")
    blocks = (b"\x21\xff\x0bSECRETAPP1." + bytes([10]) + b"SECRET-app" + b"\0"
              + b"\x21\x01\x0c" + bytes(12) + bytes([10]) + b"SECRET-ptx" + b"\0")  # fmt: skip
    (images / "blocks.gif").write_bytes(gif.getvalue()[:-1] + blocks + b";")
    (images / "tail.gif").write_bytes(gif.getvalue() + b"SECRET-after-the-trailer")
    frames = io.BytesIO()
    first, second = picture((120, 80), 14), picture((120, 80), 15)
    first.save(frames, "WEBP", save_all=True, append_images=[second], duration=200, loop=0)
    (images / "frames.webp").write_bytes(_with_frame_chunk(frames.getvalue()))
    avif = io.BytesIO()
    picture((120, 80), 16).save(avif, "AVIF")
    boxes = _box(b"free", b"SECRET-free-box") + _box(b"uuid", bytes(16) + b"SECRET-uuid-box")
    (images / "boxes.avif").write_bytes(avif.getvalue() + boxes)
    for name in ("renamed.jfif", "renamed.heic"):
        picture((300, 200), 17).save(images / name, "JPEG", exif=_secret_exif())
    picture((300, 200), 18).save(images / "scan.jp2", "JPEG2000")
    _exiftool(images / "scan.jp2", "-XMP-aux:SerialNumber=SECRET-jp2")
    tiff = picture((300, 200), 7)
    tiff.save(images / "scan.tif", exif=_secret_exif(), icc_profile=icc)
    _exiftool(images / "scan.tif", "-HostComputer=SECRET-host", "-DocumentName=SECRET-doc")
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "SECRET-text")
    text.add_text("Author", "SECRET-ztxt", zip=True)
    text.add_itxt("Owner", "SECRET-itxt", zip=True)
    png = picture((600, 400), 8)
    png.save(images / "chunks.png", pnginfo=text, exif=_secret_exif(), icc_profile=icc)
    picture((600, 400), 9).save(images / "riff.webp", exif=_secret_exif(), icc_profile=icc)
    picture((600, 400), 10).save(images / "photo.avif", exif=_secret_exif(), icc_profile=icc)
    embedded = []
    for kind, options in (("jpeg", {"exif": _secret_exif(), "comment": b"SECRET-in-svg"}),
                          ("gif", {"comment": b"SECRET-gif-in-svg"})):  # fmt: skip
        out = io.BytesIO()
        picture((60, 40), 12).convert("RGB" if kind == "jpeg" else "P").save(out, kind, **options)
        embedded.append(f"data:image/{kind};base64,{base64.b64encode(out.getvalue()).decode()}")
    (images / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="300" height="200"><rect width="300" height="200" fill="#9cf"/>'
        + "".join(
            f'<image x="{n * 70}" width="60" height="40" xlink:href="{uri}"/>'
            for n, uri in enumerate(embedded)
        )  # fmt: skip
        + "</svg>"
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hideouts") / "hideouts"
    make_pictures(folder / "images")
    return pictures_bundle(folder, list(PICTURES), "Hideouts")


def _in_drawings(files: dict[str, bytes]) -> dict[str, bytes]:
    """The pictures embedded in the published SVGs, by data URI."""
    found = {}
    for name, data in files.items():
        if name.endswith(".svg"):
            for n, (kind, coded) in enumerate(
                re.findall(rb"data:image/([a-z]+);base64,([A-Za-z0-9+/=]+)", data)
            ):
                found[f"{name}-{n}.{kind.decode()}"] = base64.b64decode(coded)
    return found


def leaks(files: dict[str, bytes], scratch: Path) -> list[str]:
    """What of the hidden data a set of published files still carries."""
    files = {**files, **_in_drawings(files)}
    found = [f"{name}: SECRET in its bytes" for name, data in files.items() if b"SECRET" in data]
    pictures = {n: d for n, d in files.items() if Path(n).suffix in (
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".avif", ".xmp")}  # fmt: skip
    assert not any(name.endswith(".svg") for name in files) or _in_drawings(files)
    for name, tags in read_tags(pictures, scratch).items():
        for key, value in tags.items():
            device = key.endswith(("DeviceModel", "DeviceManufacturer", "ProfileCreator"))
            if (device and value) or key.startswith(("MPImage", "IFD0:Make", "IFD0:Model")):
                found.append(f"{name}: {key}={value}")
    return found


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
def test_nothing_hidden_survives_an_export(bundle: Path, tmp_path: Path, to: str) -> None:
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(bundle, to, out, ExportOptions(warn=lambda message: None))
    files = published_files(out)
    assert any(name.endswith((".tif", ".tiff")) for name in files)  # the TIFF is published
    assert leaks(files, tmp_path) == []


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
def test_a_format_the_policy_cannot_clean_never_goes_out_as_it_came(
    bundle: Path, tmp_path: Path, to: str
) -> None:
    article = load_article(bundle)
    article.slides = [
        Slide(heading=name, image=f"images/{name}", alt=name, credit="Jo Doe/Agency")
        for name in UNCLEANABLE
    ]
    folder = tmp_path / "uncleanable"
    shutil.copytree(bundle / "images", folder / "images")
    save_article(article, folder)
    warnings: list[str] = []
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(folder, to, out, ExportOptions(warn=warnings.append))
    assert leaks(published_files(out), tmp_path) == []
    assert any("scan.jp2: its credits could not be written" in warning for warning in warnings)


def test_nothing_hidden_goes_to_wordpress(bundle: Path, tmp_path: Path) -> None:
    article = load_article(bundle)
    paths = [s.image for s in article.slides if s.image.endswith((".jpg", ".gif", ".png", ".webp"))]
    assert leaks(published_pictures(article, bundle, paths), tmp_path) == []


def test_without_exiftool_no_original_goes_out_as_it_came(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The HTML folder publishes a GIF, an MPO, an AVIF or a TIFF as it came (no rendition):
    with its metadata not cleaned, it is re-encoded from its pixels or left out."""
    monkeypatch.setattr(imagerights, "exiftool", lambda: None)
    warnings: list[str] = []
    export(bundle, "html-folder", tmp_path / "out", ExportOptions(warn=warnings.append))
    assert leaks(published_files(tmp_path / "out"), tmp_path) == []
    assert any("comment.gif' left out" in warning for warning in warnings)


def test_a_cleaned_profile_shows_the_same_colours() -> None:
    from slidewright.exporters.iccprofile import clean_profile

    dirty = camera_profile()
    clean = clean_profile(dirty)
    assert clean is not None and b"SECRET" not in clean and clean[48:56] == bytes(8)
    assert _shown(dirty, 11) == _shown(clean, 11)
    assert clean_profile(b"not a profile") is None


def _shown(profile: bytes, seed: int) -> bytes:
    """A picture's colours as ``profile`` has them shown (converted to Lab)."""
    transform = ImageCms.buildTransform(
        ImageCms.ImageCmsProfile(io.BytesIO(profile)), ImageCms.createProfile("LAB"), "RGB", "LAB"
    )
    return ImageCms.applyTransform(picture((64, 64), seed), transform).tobytes()


def _with_tags(profile: bytes, extra: list[tuple[bytes, bytes]], slack: bytes) -> bytes:
    """``profile`` with ``extra`` tags added and ``slack`` after each of its curves' numbers."""
    count = struct.unpack(">I", profile[128:132])[0]
    rows = [struct.unpack(">4sII", profile[132 + 12 * n : 144 + 12 * n]) for n in range(count)]
    tags = [(sig, profile[at : at + size] + (slack if sig.endswith(b"TRC") else b""))
            for sig, at, size in rows] + extra  # fmt: skip
    start, data, table = 132 + 12 * len(tags), bytearray(), []
    for sig, blob in tags:
        data += bytes(-len(data) % 4)
        table.append(struct.pack(">4sII", sig, start + len(data), len(blob)))
        data += blob
    head = bytearray(profile[:128])
    head[4:8] = head[40:44] = b"SCRT"  # the preferred colour engine, the platform
    whole = head + struct.pack(">I", len(tags)) + b"".join(table) + data
    whole[:4] = struct.pack(">I", len(whole))
    return bytes(whole)


def test_a_cleaned_profile_keeps_no_words_in_bytes_beside_its_numbers() -> None:
    """Found by an attack round: words in a colour tag of type ``data``, in a signature, in
    the bytes a curve declares beyond its numbers, and in the header's engine and platform."""
    from slidewright.exporters.iccprofile import clean_profile

    dirty = _with_tags(
        camera_profile(),
        [
            (b"ciis", b"data" + bytes(8) + b"SECRET-data Jane Doe"),
            (b"tech", b"sig " + bytes(4) + b"SCRT"),
        ],
        slack=b"SECRET-slack /home/jdoe",
    )
    clean = clean_profile(dirty)
    assert clean is not None and b"SECRET" not in clean and b"SCRT" not in clean
    assert _shown(dirty, 12) == _shown(clean, 12)
