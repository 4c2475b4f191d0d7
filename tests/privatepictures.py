"""Pictures that carry private data in every container a camera, an agency or an editor fills
(issue 23), and the check that a published file carries none of it.

Each private value holds ``SECRET`` (so a plain search of the published bytes finds any copy,
whatever container or thumbnail it survived in), except the GPS position, checked by tag name.
Pillow writes the pixels, a colour profile and the EXIF it knows (IFD0, the Exif IFD with maker
note, owner and serials, the GPS IFD); ExifTool adds XMP (exif GPS, aux serials, IPTC location
structures, xmpMM history), IPTC-IIM location fields and an embedded thumbnail (IFD1)."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms

from imagefactory import picture
from slidewright import save_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
# Tag names (ExifTool's, in any group) no published picture may carry without the opt-in…
LOCATION_NAMES = ("GPS", "Location", "Sub-location", "City", "Province-State", "Country")
# …and never at all.
PRIVATE_NAMES = (
    "SerialNumber", "OwnerName", "MakerNote", "History", "ThumbnailImage", "Instructions",
    "Make", "Model", "Software", "LensModel",
)  # fmt: skip


def _thumbnail() -> bytes:
    """A small JPEG with EXIF of its own, as cameras embed in IFD1."""
    exif = Image.Exif()
    exif[0x010F] = "SECRET-thumbnail-maker"
    out = io.BytesIO()
    picture((160, 120), 9).save(out, "JPEG", exif=exif)
    return out.getvalue()


def private_picture(
    path: Path, seed: int, orientation: int = 1, rights: dict[str, str] | None = None
) -> Path:
    """Write ``path`` (JPEG, PNG or WebP from the suffix) full of private metadata, with the
    file's own rights fields ``rights`` (ExifTool tag -> value) too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    exif[0x010F] = "SECRET-make"
    exif[0x0110] = "SECRET-model"
    exif[0x0131] = "SECRET-software"
    exif[0x0112] = orientation
    exif.get_ifd(EXIF_IFD).update(
        {
            0x927C: b"SECRET-makernote\0" + bytes(32),  # MakerNote (undefined bytes)
            0xA430: "SECRET-owner",  # CameraOwnerName
            0xA431: "SECRET-body-serial",  # BodySerialNumber
            0xA435: "SECRET-lens-serial",  # LensSerialNumber
        }
    )
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.0), 0: b"\x02\x03\x00\x00"}
    )
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture((900, 600), seed).save(path, exif=exif, icc_profile=icc)
    thumbnail = path.with_name(path.stem + "-thumb.jpg")
    thumbnail.write_bytes(_thumbnail())
    args = [
        "exiftool", "-q", "-q", "-m", "-overwrite_original",
        "-XMP-exif:GPSLatitude=48.8566", "-XMP-exif:GPSLongitude=2.3522",
        "-XMP-aux:SerialNumber=SECRET-aux-serial", "-XMP-aux:LensSerialNumber=SECRET-aux-lens",
        "-XMP-aux:OwnerName=SECRET-aux-owner",
        "-XMP-iptcCore:Location=SECRET-xmp-location",
        "-XMP-iptcExt:LocationCreated={Sublocation=SECRET-created,City=SECRET-city}",
        "-XMP-iptcExt:LocationShown={Sublocation=SECRET-shown}",
        "-XMP-photoshop:City=SECRET-ps-city", "-XMP-photoshop:Instructions=SECRET-instructions",
        "-XMP-xmpMM:History={Action=saved,SoftwareAgent=SECRET-history}",
        "-IPTC:Sub-location=SECRET-iim-sublocation", "-IPTC:City=SECRET-iim-city",
        "-IPTC:CodedCharacterSet=UTF8",
        f"-ThumbnailImage<={thumbnail}",
        *[f"-{tag}={value}" for tag, value in (rights or {}).items()],
        str(path),
    ]  # fmt: skip
    subprocess.run(args, check=True, capture_output=True)
    thumbnail.unlink()
    return path


def read_tags(pictures: dict[str, bytes], folder: Path) -> dict[str, dict[str, Any]]:
    """``exiftool -a -G1 -j`` of each picture's bytes (name -> every tag, each group named), in
    one ExifTool run."""
    scratch = folder / "read-back"
    scratch.mkdir(exist_ok=True)
    files = []
    for n, (name, data) in enumerate(pictures.items()):
        file = scratch / f"{n}{Path(name).suffix or '.bin'}"
        file.write_bytes(data)
        files.append(str(file))
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-j", "-n", *files], check=True, capture_output=True
    )
    shutil.rmtree(scratch)
    return dict(zip(pictures, json.loads(out.stdout), strict=True))


def private_left(data: bytes, tags: dict[str, Any], location: bool = False) -> list[str]:
    """What of the corpus's private data a published picture still carries (empty: none).
    ``location``: the article publishes locations, so location tags are allowed."""
    left = []
    for key, value in tags.items():
        group, _, name = key.partition(":")
        if group in ("System", "File", "ExifTool", "Composite") or group.startswith("ICC"):
            continue
        if location and any(part in name for part in LOCATION_NAMES):
            continue
        hidden = PRIVATE_NAMES + (() if location else LOCATION_NAMES)
        if "SECRET" in str(value) or group == "IFD1" or any(part in name for part in hidden):
            left.append(f"{key}={value}")
    if not location and b"SECRET" in data and not left:
        left.append("a SECRET in the bytes (a container ExifTool did not list)")
    return left


# What the corpus article's pictures must say once published, by file name stem.
LONGTABLE = {  # the file names the same creator: published once, not "Priya Nair, Priya Nair"
    "credit": "Priya Nair/Lumen Agency", "creator": "Priya Nair", "copyright": "© Priya Nair",
    "alt": "Six people at a long table under strings of lights",
}  # fmt: skip
CRATES = {  # no creator anywhere, no notice in the file: no copyright notice at all
    "credit": "Credits: DepositPhotos", "creator": None, "copyright": None,
    "alt": "Crates of oranges stacked in a covered market",
}  # fmt: skip
MOORINGS = {  # the slide's creator replaces the file's; the file's own notice is kept
    "credit": "Karen Minasyan/Harbour Wire", "creator": "Karen Minasyan",
    "copyright": "© 2026 Harbour Wire Ltd", "alt": "Fishing boats moored three deep at dawn",
}  # fmt: skip
EXPECTED = {"longtable": LONGTABLE, "crates": CRATES, "moorings": MOORINGS}


def private_article(location: bool = False, thumbnail: str = "images/portlist.avif") -> Article:
    """Three slides (JPEG turned by EXIF, PNG, WebP), a read-more thumbnail and an image in a
    body, every picture full of private metadata."""

    def slide(stem: str, image: str, heading: str, body: str = "A paragraph.") -> Slide:
        want = EXPECTED[stem]
        return Slide(
            heading=heading,
            image=image,
            alt=want["alt"] or "",
            credit=want["credit"] or "",
            creator=want["creator"] or "",
            license="Standard licence",
            license_url="https://agency.example/licence",
            body=body,
        )

    return Article(
        title="Night Markets of the Coast",
        description="Where the towns eat after dark.",
        date="2026-11-20",
        publish_location=location,
        slides=[
            slide("longtable", "images/longtable.jpg", "The Long Table"),
            slide("crates", "images/crates.png", "Oranges by the Crate"),
            slide("moorings", "images/moorings.webp", "Boats", "Here: ![chart](images/chart.jpg)"),
        ],
        read_more=ReadMore(
            heading="More",
            items=[ReadMoreItem(title="Ports", url="https://example.com/p", image=thumbnail)],
        ),
    )


def private_bundle(folder: Path, location: bool = False, thumbnail: str = ".avif") -> Path:
    """The corpus article saved in ``folder`` with its pictures; ``thumbnail``: the read-more
    picture's format (AVIF, which WordPress does not take, unless told)."""
    images = folder / "images"
    private_picture(
        images / "longtable.jpg", 1, orientation=6,
        rights={"XMP-dc:Creator": "Priya Nair", "IPTC:By-line": "Priya Nair"},
    )  # fmt: skip
    private_picture(images / "crates.png", 2)
    private_picture(
        images / "moorings.webp", 3,
        rights={"XMP-dc:Creator": "Original Stringer", "XMP-dc:Rights": "© 2026 Harbour Wire Ltd"},
    )  # fmt: skip
    private_picture(images / f"portlist{thumbnail}", 4)
    private_picture(images / "chart.jpg", 5)
    save_article(private_article(location, f"images/portlist{thumbnail}"), folder)
    return folder


def credits_left(tags: dict[str, Any], stem: str) -> list[str]:
    """Which of the slide's credits a published picture of ``stem`` does not carry as it
    should (empty: all of them, and its colour profile)."""
    want = EXPECTED[stem]
    wrong = []
    expected = {
        "XMP-photoshop:Credit": want["credit"],
        "XMP-dc:Creator": want["creator"],
        "IFD0:Artist": want["creator"],
        "XMP-dc:Rights": want["copyright"],
        "IFD0:Copyright": want["copyright"],
        "XMP-iptcCore:AltTextAccessibility": want["alt"],
        "XMP-xmpRights:WebStatement": "https://agency.example/licence",
    }
    for tag, value in expected.items():
        if tags.get(tag) != value:
            wrong.append(f"{tag}: {tags.get(tag)!r}, not {value!r}")
    if "ICC_Profile:ProfileDescription" not in tags:
        wrong.append("no colour profile")
    return wrong


def pictures_bundle(folder: Path, names: list[str], title: str) -> Path:
    """An article at ``folder`` with a slide for each picture already in its images/ folder,
    credited and with a creator, as a hostile-pictures test exports it."""
    slides = [
        Slide(heading=f"Picture {n}", image=f"images/{name}", alt=f"Picture {n}",
              credit="Jo Doe/Agency", creator="Jo Doe", body="Text.")
        for n, name in enumerate(names)
    ]  # fmt: skip
    save_article(Article(title=title, date="2026-11-20", slides=slides), folder)
    return folder


def published_files(out: Path) -> dict[str, bytes]:
    """Every file an export wrote (a single file's inlined pictures by their data URIs)."""
    if out.is_file():
        found = re.findall(r"data:image/([a-z+]+);base64,([A-Za-z0-9+/=]+)", out.read_text())
        return {f"inlined-{n}.{kind.replace('svg+xml', 'svg')}": base64.b64decode(data)
                for n, (kind, data) in enumerate(found)}  # fmt: skip
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}  # fmt: skip


def published_drawing(tmp_path: Path, svg: str, to: str) -> str:
    """``svg`` as the one picture of an article exported ``to``: the published drawing's text,
    once no published file is found holding the word SECRET the test planted in it."""
    from slidewright.exporters import ExportOptions, export

    folder = tmp_path / "drawing"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "drawing.svg").write_text(svg, encoding="utf-8")
    pictures_bundle(folder, ["drawing.svg"], "Drawing")
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(folder, to, out, ExportOptions(warn=lambda message: None))
    files = published_files(out)
    assert [name for name, data in files.items() if b"SECRET" in data] == []
    (drawing,) = [data.decode() for name, data in files.items() if name.endswith(".svg")]
    return drawing
