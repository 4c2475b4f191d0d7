"""What a published picture file may carry: one allowlist for every path that publishes a picture.

A news photo straight from a camera or an agency holds far more than its credit: the GPS
position where it was taken, the serial numbers of the camera, lens and body, the owner's name,
maker notes, the editing history, IPTC/XMP location fields and an embedded thumbnail that
carries the original's EXIF all over again. Published, any of it can put a source or a
photographer in danger. So a published picture is never a copy of the writer's file's metadata:
everything is removed, and only this is written back:

- the rights and accessibility fields (:data:`RIGHTS_TAGS`): credit line, creator, copyright
  notice, web statement (licence address), usage terms (licence name), alt text, the slide's
  caption as the description (the house choice: it is published on the page anyway), and from
  the file itself its Source (the supplier's name) and Digital Source Type (an AI-generated
  picture says so; only a term of IPTC's vocabulary, written as its address: the field is free
  text in a file, and a hostile or careless one puts anything there);
- what the picture needs to show as the writer saw it (:data:`DISPLAY_TAGS`): the colour profile
  (its colour tags only: ``iccprofile.py``), the EXIF orientation of a copy whose pixels were not turned, a PNG's gamma and sRGB intent;
- the location (:data:`LOCATION_TAGS`: GPS position, IPTC/XMP city, sub-location, location
  shown/created), only when the article says ``publish_location: true`` (a travel piece).

Every exporter (single file, HTML folder, Hugo, Jekyll, the pictures a feed points at) and the
WordPress upload writes its files through :func:`policy_args`, run by ``imagerights.py``.
Pixels are never touched here: a full-size copy keeps its encoded image (a lossless metadata
rewrite), renditions are encoded by Pillow without EXIF before this runs.

Values come from the slide first; a field the slide leaves empty keeps the file's own value
(its rights holder's wording), never both: the slide's creator replaces the file's, so no
"Priya Nair, Priya Nair". Nor does a picture contradict itself: the file's creator is kept only
when the slide's credit names them or names no person (:func:`published_creators`). A
copyright notice is never made up from a credit line: the file's notice, else "© creator" when
the slide names one, else none (:func:`copyright_notice`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.errors import SlidewrightError
from slidewright.render.inline import inline_text
from slidewright.urls import safe_url, without_passwords

if TYPE_CHECKING:
    from slidewright.credits.metadata import ImageMetadata
    from slidewright.model import Slide

# Bump when what is kept or how it is written changes: credited copies in the renditions cache
# are named by a digest of the arguments, and this is one of them.
# 2: PNG/WebP keep only their picture's chunks; 3: a colour profile keeps only its colour tags;
# 4: a JPEG keeps no segment after its first scan and nothing after its end (jpegsegments.py)
# 5: a profile's description names a standard colour space or none (a PNG's iCCP its name
# likewise), a Digital Source Type is IPTC's
POLICY_VERSION = "allowlist-5"

# Copied from the published file itself after everything was removed: how it is shown. Its
# colour profile goes back too, cleaned of its device and owner (``iccprofile.py``).
DISPLAY_TAGS = ("-EXIF:Orientation", "-PNG:Gamma", "-PNG:SRGBRendering")

# Copied from the writer's original, only with the article's ``publish_location: true``.
LOCATION_TAGS = (
    "-GPS:GPSLatitude", "-GPS:GPSLatitudeRef", "-GPS:GPSLongitude", "-GPS:GPSLongitudeRef",
    "-GPS:GPSAltitude", "-GPS:GPSAltitudeRef",
    "-XMP-iptcCore:Location", "-XMP-photoshop:City", "-XMP-photoshop:State",
    "-XMP-photoshop:Country", "-XMP-iptcCore:CountryCode",
    "-XMP-iptcExt:LocationCreated", "-XMP-iptcExt:LocationShown",
    "-IPTC:Sub-location", "-IPTC:City", "-IPTC:Province-State",
    "-IPTC:Country-PrimaryLocationName", "-IPTC:Country-PrimaryLocationCode",
)  # fmt: skip

# Each published field, written in XMP, IPTC-IIM and EXIF alike where they hold it, so readers
# of any of the three agree (the credit checker reads XMP first, then IIM, then EXIF).
RIGHTS_TAGS: dict[str, tuple[str, ...]] = {
    "credit": ("XMP-photoshop:Credit", "IPTC:Credit"),
    "creator": ("XMP-dc:Creator", "IPTC:By-line", "EXIF:Artist"),
    "copyright": ("XMP-dc:Rights", "IPTC:CopyrightNotice", "EXIF:Copyright"),
    "web_statement": ("XMP-xmpRights:WebStatement",),
    "usage_terms": ("XMP-xmpRights:UsageTerms",),
    "alt_text": ("XMP-iptcCore:AltTextAccessibility",),
    "description": ("XMP-dc:Description", "IPTC:Caption-Abstract", "EXIF:ImageDescription"),
    "source": ("XMP-photoshop:Source", "IPTC:Source"),
    "digital_source_type": ("XMP-iptcExt:DigitalSourceType",),
}
LISTS = {"XMP-dc:Creator", "IPTC:By-line"}  # one entry per creator
VOCABULARY = "http://cv.iptc.org/newscodes/digitalsourcetype/"


@dataclass(frozen=True)
class ImageRights:
    """What a published picture says about itself (IPTC Photo Metadata names in comments)."""

    credit: str = ""  # Credit Line: photoshop:Credit, IIM 2:110
    creators: tuple[str, ...] = ()  # Creator: dc:creator, IIM 2:80, EXIF Artist
    copyright: str = ""  # Copyright Notice: dc:rights, IIM 2:116, EXIF Copyright
    web_statement: str = ""  # Web Statement of Rights: xmpRights:WebStatement (the licence URL)
    usage_terms: str = ""  # Rights Usage Terms: xmpRights:UsageTerms (the licence name)
    alt_text: str = ""  # Alt Text (Accessibility): Iptc4xmpCore:AltTextAccessibility
    description: str = ""  # Description: the slide's caption (dc:description, IIM 2:120)
    source: str = ""  # Source (supply chain): photoshop:Source, IIM 2:115, the file's own
    digital_source_type: str = ""  # Iptc4xmpExt:DigitalSourceType, the file's own

    @property
    def creator(self) -> str:
        return ", ".join(self.creators)


def copyright_notice(slide: Slide | None, original_rights: str = "") -> str:
    """The copyright line a picture carries (its file, the page's JSON-LD and the feed alike):
    the original file's own notice when it has one, else "© " and the slide's creator, else
    nothing. Never the credit line: "© Getty" or "© Credits: DepositPhotos" would claim a
    copyright nobody stated."""
    if original_rights.strip():
        return " ".join(original_rights.split())
    holder = slide.creator.strip() if slide is not None else ""
    return f"© {holder}" if holder else ""


def _absolute(url: str) -> str:
    url = safe_url(url)
    return url if url.startswith(("http://", "https://")) else ""


def rights_for(slide: Slide | None, original: Path | None = None) -> ImageRights:
    """The rights a published copy of ``original`` carries for ``slide`` (None: a picture of no
    slide, such as a read-more thumbnail): each field the slide's when it gives one, the
    original file's otherwise."""
    meta = original_metadata(original) if original is not None else None

    def mine(name: str) -> str:
        return str(getattr(meta, name, "") or "") if meta else ""

    creators: tuple[str, ...] = tuple(meta.creators) if meta else ()
    if slide is None:
        return _words_without_passwords(
            ImageRights(
                credit=mine("credit"),
                creators=creators,
                copyright=copyright_notice(None, mine("rights")),
                web_statement=_absolute(mine("web_statement")),
                usage_terms=mine("usage_terms"),
                alt_text=mine("alt_text"),
                source=mine("source"),
                digital_source_type=source_type(mine("digital_source_type")),
            )
        )
    return _words_without_passwords(
        ImageRights(
            credit=slide.credit.strip() or mine("credit"),
            creators=published_creators(slide, creators),
            copyright=copyright_notice(slide, mine("rights")),
            web_statement=_absolute(slide.license_url) or _absolute(mine("web_statement")),
            usage_terms=slide.license.strip() or mine("usage_terms"),
            alt_text=slide.alt.strip() or mine("alt_text"),
            description=inline_text(slide.caption),
            source=mine("source"),
            digital_source_type=source_type(mine("digital_source_type")),
        )
    )


def source_type(value: str) -> str:
    """A file's Digital Source Type as a published picture carries it: the address of a term of
    IPTC's vocabulary (``http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia``,
    however the file wrote its scheme), else nothing: anything else in the field is words the
    policy does not know, and may be anyone's."""
    from slidewright.provenance.sourcetypes import SOURCE_TYPES

    match = re.fullmatch(
        r"https?://cv\.iptc\.org/newscodes/digitalsourcetype/(\w+)/?", value.strip()
    )
    if match is None or match[1] not in SOURCE_TYPES:
        return ""
    return f"{VOCABULARY}{match[1]}"


def _words_without_passwords(rights: ImageRights) -> ImageRights:
    """``rights`` with no address's user name and password in any of its words (a caption or a
    credit that quotes one): a picture publishes what its page does (render/page.py)."""
    return replace(
        rights,
        **{
            name: without_passwords(value)
            for name, value in vars(rights).items()
            if isinstance(value, str) and "@" in value
        },
        creators=tuple(without_passwords(c) for c in rights.creators),
    )


def published_creators(slide: Slide, file_creators: tuple[str, ...]) -> tuple[str, ...]:
    """Who a published picture says made it: the slide's Creator; else the file's creators the
    credit names, or all of them when the credit names no person ("Getty Images", "NASA"). The
    credit is what the page prints: a picture credited "Tom Hale/Getty Images" does not also say Mia
    Wong made it (the check says the credit and the file disagree: credit-metadata-mismatch)."""
    if slide.creator.strip():
        return (slide.creator.strip(),)
    from slidewright.credits.agencies import catalogue
    from slidewright.credits.evidence import persons_in, same_person

    credited = persons_in(slide.credit, catalogue())  # ("NASA" names no one: all of them)
    if not credited:
        return file_creators
    return tuple(c for c in file_creators if any(same_person(c, p) for p in credited))


def assignments(rights: ImageRights) -> list[str]:
    """ExifTool arguments that write ``rights``, each value on one line (IIM and EXIF hold no
    line breaks)."""
    args = []
    for name, targets in RIGHTS_TAGS.items():
        if name == "creator":
            values = [" ".join(c.split()) for c in rights.creators if c.strip()]
        else:
            values = [" ".join(str(getattr(rights, name)).split())]
        values = [value for value in values if value]
        for tag in targets:
            if tag in LISTS:
                args += [f"-{tag}={value}" for value in values]
            elif values:
                args.append(f"-{tag}={'; '.join(values)}")
    if any(a.startswith("-IPTC:") for a in args):
        args.append("-IPTC:CodedCharacterSet=UTF8")  # IIM text is Latin-1 unless it says so
    if rights.web_statement or rights.copyright:
        args.append("-XMP-xmpRights:Marked=True")
    return args


def policy_args(
    rights: ImageRights,
    original: Path | None = None,
    location: bool = False,
    profile: Path | None = None,
) -> list[str]:
    """The ExifTool arguments that make a published file carry only what the policy allows
    (the file's name follows them): everything removed, the display tags copied back from the
    file itself (``@``) and the cleaned colour profile from ``profile`` (a file), the location
    from ``original`` when the article publishes it, then the rights. ExifTool copies tags
    before it deletes, so ``-all=`` and ``-tagsFromFile @`` in one run keep exactly the named
    tags."""
    args = ["-all=", "-tagsFromFile", "@", *DISPLAY_TAGS]
    if profile is not None:
        args.append(f"-ICC_Profile<={profile.resolve()}")
    if location and original is not None:
        args += ["-tagsFromFile", str(original.resolve()), *LOCATION_TAGS]
    return [*args, *assignments(rights)]


def original_metadata(file: Path) -> ImageMetadata | None:
    """The writer's original's own metadata (None when unreadable), remembered per file version
    (size, modification time, inode): the window exports again and again, and reading 200
    originals' XMP took a tenth of a second each time."""
    try:
        info = file.stat()
    except OSError:
        return None
    return _original_metadata(str(file), info.st_size, info.st_mtime_ns, info.st_ino)


@functools.lru_cache(maxsize=4096)
def _original_metadata(file: str, size: int, mtime_ns: int, inode: int) -> ImageMetadata | None:
    from slidewright.credits.metadata import read_metadata

    try:
        meta = read_metadata(Path(file))
    except (OSError, SlidewrightError):
        return None
    return meta if meta.readable else None


def original_rights(file: Path) -> str:
    """The copyright notice already in the writer's original, "" when none (or unreadable)."""
    meta = original_metadata(file)
    return meta.rights if meta is not None else ""
