"""Credit metadata embedded in image files: XMP first, IPTC-IIM as fallback, EXIF (and a PNG's
own text chunks, Author and Copyright) last. A PNG's IIM and a GIF's XMP, which Pillow does not
read, come from ``hiddenblocks.py``.

Reading is cached by file (path, size, modification time) and by content hash, so re-checking an
article after a keystroke touches no image file at all.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any

from slidewright.credits import ahead
from slidewright.credits.ahead import ReadAhead, Validated
from slidewright.credits.hiddenblocks import gif_xmp, png_iim
from slidewright.fileformat.imagebounds import ImageOutOfBounds, image_bounds, pillow
from slidewright.fileformat.imagedamage import decode_problem, misnamed, svg_misnamed
from slidewright.fileformat.images import ImageProblem, read_image_bytes
from slidewright.fileformat.svgclean import SvgRefused, looks_like_svg, sanitize_svg
from slidewright.licence_dates import picture_licence_dates
from slidewright.provenance import ContentCredentials, has_manifest, read_credentials

IIM = {
    "credit": (2, 110),
    "byline": (2, 80),
    "copyright": (2, 116),
    "source": (2, 115),
    "instructions": (2, 40),
}
EXIF_ARTIST, EXIF_COPYRIGHT, EXIF_DESCRIPTION = 315, 33432, 270


@dataclass(frozen=True)
class ImageMetadata:
    sha256: str
    format: str = ""
    width: int = 0
    height: int = 0
    readable: bool = True
    problem: str = ""
    # Why the file is broken or not what its name says (fileformat/imagedamage.py): a picture
    # the exports leave out although its header reads
    damage: str = ""
    credit: str = ""  # photoshop:Credit, else IIM 2:110
    creators: tuple[str, ...] = ()  # dc:creator, else IIM 2:80, else EXIF Artist, else PNG Author
    rights: str = ""  # dc:rights, else IIM 2:116, else EXIF Copyright, else PNG Copyright
    source: str = ""  # photoshop:Source, else IIM 2:115
    instructions: str = ""  # photoshop:Instructions, else IIM 2:40
    usage_terms: str = ""
    web_statement: str = ""
    digital_source_type: str = ""
    alt_text: str = ""
    description: str = ""
    iim_credit: str = ""
    xmp_credit: str = ""
    # PLUS LicenseStartDate / LicenseEndDate (else IIM ExpirationDate), as written: licence_dates.py
    licence_start: str = ""
    licence_end: str = ""
    # Every container that names who made or owns the picture, as (where, kind, text): kind is
    # "credit", "creator", "rights" or "source" (the evidence the credit rules weigh, all of it)
    named: tuple[tuple[str, str, str], ...] = ()
    # The picture's Content Credentials (C2PA), None when it carries none.
    credentials: ContentCredentials | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def _xmp_fields(image: Any) -> dict[str, list[str]]:
    """The picture's XMP rights fields, each in its own namespace (:mod:`slidewright.xmpfields`)."""
    from slidewright.xmpfields import xmp_fields

    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if not packet and image.format == "TIFF":
        packet = getattr(image, "tag_v2", {}).get(700)
    if isinstance(packet, tuple):  # a TIFF's XMP tag as Pillow reads some files
        packet = bytes(packet)
    return xmp_fields(packet) if isinstance(packet, bytes | str) and packet else {}


def _iim_fields(image: Any) -> dict[str, str]:
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # noqa: BLE001
        return {}
    if not info and image.format == "PNG":  # ExifTool's and ImageMagick's raw profile chunk
        info = png_iim(image.info)
    marked = info.get((1, 90), b"") == b"\x1b%G"  # IIM's own "this is UTF-8"
    fields = {}
    for name, key in IIM.items():
        raw = info.get(key)
        if isinstance(raw, list):
            raw = b"; ".join(raw)
        if raw:
            fields[name] = _iim_text(raw, marked).strip()
    return fields


def _iim_text(raw: bytes, marked: bool) -> str:
    """An IIM field's text. Many tools write UTF-8 without IIM's marker; read as Latin-1 its
    "Jörg Müller" became "JÃ¶rg MÃ¼ller", a person the credit then did not name. Latin-1 text
    with accents is almost never valid UTF-8, so UTF-8 is tried first."""
    if not marked:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    return raw.decode("utf-8", errors="replace")


# Where each piece of evidence comes from, as a writer reads it in a message.
_XMP_NAMED = (
    ("Credit", "XMP photoshop:Credit", "credit"),
    ("creator", "XMP dc:creator", "creator"),
    ("rights", "XMP dc:rights", "rights"),
    ("Source", "XMP photoshop:Source", "source"),
)
_IIM_NAMED = (
    ("credit", "IPTC Credit Line", "credit"),
    ("byline", "IPTC By-line", "creator"),
    ("copyright", "IPTC Copyright Notice", "rights"),
    ("source", "IPTC Source", "source"),
)
_EXIF_NAMED = (
    (EXIF_ARTIST, "EXIF Artist", "creator"),
    (EXIF_COPYRIGHT, "EXIF Copyright", "rights"),
)
# A PNG's text chunks (tEXt, zTXt, iTXt) with the PNG specification's keywords for who made and
# who owns the picture. ("Source" is left out: there it names the camera, not an agency.)
_PNG_NAMED = (
    ("Author", "PNG Author", "creator"),
    ("Copyright", "PNG Copyright", "rights"),
)
MAX_NAMED_TEXT = 500  # a name or a copyright line, not a paragraph
MAX_NAMED = 40  # entries kept: a hostile file's 100,000 creators are not all weighed


def _png_text(image: Any) -> dict[str, str]:
    """A PNG's Author and Copyright text chunks ({} for other formats). Pillow bounds each chunk
    (``PngImagePlugin.MAX_TEXT_CHUNK``) and all of them (``MAX_TEXT_MEMORY``); ``load`` reads the
    chunks after the pixels too (a PNG's getexif loads it anyway), and image_bounds has already
    refused pictures too large to decode."""
    if image.format != "PNG":
        return {}
    try:
        image.load()
    except Exception:  # noqa: BLE001 - broken pixels: the chunks before them still count
        pass
    found = {}
    for key, _, _ in _PNG_NAMED:
        value = image.info.get(key)
        if isinstance(value, str) and value.strip():  # (an iTXt chunk is a str too)
            found[key] = str(value).strip()[:MAX_NAMED_TEXT]
    return found


def exif_text(value: object) -> str:
    """An EXIF text as every reader shows it: up to its first NUL (the standard's end of an
    ASCII value). What a file hides after it ("Jane Doe\\0Reuters") is nobody's words, and
    must not be weighed, nor published in a picture's rights fields."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")
    return text.split("\x00", 1)[0].strip()


def _named(
    xmp: dict[str, list[str]], iim: dict[str, str], exif: Any, png: dict[str, str]
) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    for key, where, kind in _XMP_NAMED:
        found += [(where, kind, text) for text in xmp.get(key) or []]
    for key, where, kind in _IIM_NAMED:
        found += [(where, kind, part.strip()) for part in iim.get(key, "").split("; ")]
    for tag, where, kind in _EXIF_NAMED:
        found += [(where, kind, exif_text(exif.get(tag)))]
    for key, where, kind in _PNG_NAMED:
        found += [(where, kind, png.get(key, ""))]
    return tuple((w, k, t[:MAX_NAMED_TEXT]) for w, k, t in found if t.strip())[:MAX_NAMED]


def read_metadata(
    file: Path,
    digest: str | None = None,
    raw: bytes | None = None,
    trust_anchors: str = "",
    validated: Callable[[str], Validated | None] | None = None,
    decode: bool = True,
) -> ImageMetadata:
    """Metadata of one image file (``raw``: its bytes when already read). Never raises for what
    is in the file: a broken image or a decompression bomb is an unreadable image with a reason.
    ``decode=False``: its pixels are not decoded here (the caller decodes them anyway and says
    what a failure means), only its content is weighed against its name (``damage``).

    ``validated`` gives, for Pillow's format name, the credentials a child read ahead for these
    very bytes (:mod:`slidewright.credits.ahead`), or None: then they are read here."""
    Image = pillow()  # noqa: N806 - imported on first use, not at start-up

    if raw is None:
        raw = read_image_bytes(file)
    digest = digest or hashlib.sha256(raw).hexdigest()
    if looks_like_svg(file, raw):  # what the exports publish (sanitised) is what the check accepts
        try:
            sanitize_svg(raw, file.name)
        except SvgRefused as error:
            return ImageMetadata(sha256=digest, format="SVG", readable=False, problem=str(error))
        return ImageMetadata(sha256=digest, format="SVG", damage=svg_misnamed(file) or "")
    try:
        image_bounds(raw, file.name)  # what the exports will not decode, the check says
    except ImageOutOfBounds as error:
        return ImageMetadata(sha256=digest, readable=False, problem=error.reason)
    try:
        with Image.open(io.BytesIO(raw)) as image:
            damage = misnamed(file, image.format or "") or (decode_problem(raw) if decode else None)
            if image.format == "GIF" and "xmp" not in image.info and (packet := gif_xmp(raw)):
                image.info["xmp"] = packet  # Pillow's getxmp reads it from there
            png = _png_text(image)  # first: it loads a PNG's text chunks (its XMP) after its pixels
            xmp = _xmp_fields(image)
            iim = _iim_fields(image)
            exif = image.getexif()
            licence_start, licence_end = picture_licence_dates(image)

            def first(key: str) -> str:
                return str((xmp.get(key) or [""])[0])

            named = _named(xmp, iim, exif, png)
            early = validated(image.format or "") if validated else None
            return ImageMetadata(
                sha256=digest,
                format=image.format or "",
                width=image.width,
                height=image.height,
                credit=first("Credit") or iim.get("credit", ""),
                creators=tuple(xmp.get("creator") or [])
                or tuple(
                    filter(
                        None,
                        [
                            iim.get("byline", "")
                            or exif_text(exif.get(EXIF_ARTIST))
                            or png.get("Author", "")
                        ],
                    )
                ),
                rights=first("rights")
                or iim.get("copyright", "")
                or exif_text(exif.get(EXIF_COPYRIGHT))
                or png.get("Copyright", ""),
                source=first("Source") or iim.get("source", ""),
                instructions=first("Instructions") or iim.get("instructions", ""),
                usage_terms=first("UsageTerms"),
                web_statement=first("WebStatement"),
                digital_source_type=first("DigitalSourceType"),
                alt_text=first("AltTextAccessibility"),
                description=first("description") or exif_text(exif.get(EXIF_DESCRIPTION)),
                iim_credit=iim.get("credit", ""),
                xmp_credit=first("Credit"),
                licence_start=licence_start,
                licence_end=licence_end,
                named=named,
                damage=damage or "",
                credentials=early.credentials
                if early
                else read_credentials(raw, image.format or "", trust_anchors),
            )
    except Exception as error:  # noqa: BLE001 - whatever a hostile file makes Pillow raise
        return ImageMetadata(sha256=digest, readable=False, problem=plain_reason(error))


_PYTHON_OBJECT = re.compile(r"\s*<[^<>]*\bobject at 0x[0-9A-Fa-f]+>")


def plain_reason(error: Exception) -> str:
    """What an error says, for a writer: without the Python object Pillow names in it ("cannot
    identify image file <_io.BytesIO object at 0x7f…>" is "cannot identify image file")."""
    return _PYTHON_OBJECT.sub("", str(error)).strip() or type(error).__name__


class MetadataCache:
    """Metadata per image file, re-read only when the file's size or mtime changes."""

    def __init__(self, trust_anchors: str = "") -> None:
        # PEM certificates the writer trusts (Preferences ▸ Content Credentials): the same bytes
        # validate as "trusted" or "untrusted" by this list, so a cache holds one list's answers.
        self.trust_anchors = trust_anchors
        self._by_stat: dict[tuple[str, int, int], ImageMetadata] = {}
        self._by_hash: dict[str, ImageMetadata] = {}
        self._ahead: ReadAhead | None = None
        self.reads = 0  # files actually opened (for tests and benchmarks)

    def read_ahead(self, files: Iterable[Path | str]) -> None:
        """The files a check is about to ask for, in order: those not known yet are validated
        ahead in a forked child (:mod:`.ahead`), unless a read-ahead started earlier (by
        ``slidewright check``) is at work already. Nothing when every file is known (a warm
        check), nor in a process with threads (the window), which must not fork. Call
        :meth:`stop_ahead` after."""
        if self._ahead is not None or not ahead.can_fork():
            return
        unknown = []
        for file in map(str, files):
            try:
                stat = os.stat(file)
            except (OSError, ValueError):
                continue  # get() says what is wrong with it
            if (
                S_ISREG(stat.st_mode)
                and (file, stat.st_size, stat.st_mtime_ns) not in self._by_stat
            ):
                unknown.append(file)
        if unknown:
            self._ahead = ahead.start(self.trust_anchors)
            if self._ahead is not None:
                self._ahead.send(unknown)

    def use_ahead(self, reading: ReadAhead | None) -> None:
        """Take the answers of a read-ahead started before the check (``slidewright check``
        forks before it imports the checker); it must hold this cache's trust anchors."""
        if reading is not None and reading.trust_anchors != self.trust_anchors:
            raise ValueError("the read-ahead validates against other trust anchors")
        self.stop_ahead()
        self._ahead = reading

    def stop_ahead(self) -> None:
        """Stop the read-ahead's children (reaped) and forget what they did not say."""
        if self._ahead is not None:
            self._ahead.close()
            self._ahead = None

    def get(self, file: Path | str) -> ImageMetadata:
        """Raises FileNotFoundError (or another OSError) when the file cannot be read, and
        :class:`ImageProblem` when it is not a regular file of sane size."""
        file = str(file)
        stat = os.stat(file)
        if not S_ISREG(stat.st_mode):  # a folder or a pipe is not an image
            raise ImageProblem(
                "missing" if S_ISDIR(stat.st_mode) else "unreadable",
                f"{file} is not a regular file",
            )
        key = (file, stat.st_size, stat.st_mtime_ns)
        cached = self._by_stat.get(key)
        if cached is None:
            raw = read_image_bytes(file)  # O_NONBLOCK and fstat: a FIFO cannot make it wait
            digest = hashlib.sha256(raw).hexdigest()
            cached = self._by_hash.get(digest)
            if cached is None:
                self.reads += 1
                early = None
                if self._ahead is not None and has_manifest(raw):  # a plain picture waits for none
                    early = functools.partial(self._ahead.take, file, digest)
                cached = read_metadata(Path(file), digest, raw, self.trust_anchors, early)
                self._by_hash[digest] = cached
            self._by_stat[key] = cached
        return cached
