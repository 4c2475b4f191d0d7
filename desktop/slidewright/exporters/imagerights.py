"""Credits that travel with the images: every exported image file carries its slide's credit,
creator, copyright notice, licence address and alt text as IPTC/XMP, and keeps the rights
metadata of the writer's original.

A picture saved from a published page, or picked up by a syndication partner, then still says
whose it is. Written with ExifTool (Debian's ``libimage-exiftool-perl``): the reference
implementation of the IPTC Photo Metadata standard, maintained since 2003, that writes XMP,
IPTC-IIM and EXIF in JPEG, PNG, WebP, TIFF and GIF without re-encoding the pixels. It runs as a
separate program through this one wrapper (arguments as a list, never a shell), so no native
Python extension has to match the platform.

:func:`write_rights` is applied to each exported image file after it is written (HTML folder,
Hugo and Jekyll sites, and image renditions); it never touches the writer's original."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.exporters.published import copyright_notice
from slidewright.model import Slide
from slidewright.render.context import safe_url

WRITABLE = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif"}
TIMEOUT = 60  # seconds for one image: ExifTool takes ~0.1 s; a hung one must not hang the export
# The original's rights metadata copied onto an exported file that lost it (a resized copy).
KEPT = ("-XMP:all", "-IPTC:all", "-EXIF:Artist", "-EXIF:Copyright", "-EXIF:ImageDescription")


class RightsNotWritten(SlidewrightError):
    """ExifTool is missing or refused the file: the image would be published without credits."""


@dataclass(frozen=True)
class ImageRights:
    """What an exported image says about itself (IPTC Photo Metadata names in comments)."""

    credit: str = ""  # Credit Line: photoshop:Credit, IIM 2:110
    creator: str = ""  # Creator: dc:creator, IIM 2:80, EXIF Artist
    copyright: str = ""  # Copyright Notice: dc:rights, IIM 2:116, EXIF Copyright
    web_statement: str = ""  # Web Statement of Rights: xmpRights:WebStatement (the licence URL)
    usage_terms: str = ""  # Rights Usage Terms: xmpRights:UsageTerms (the licence name)
    alt_text: str = ""  # Alt Text (Accessibility): Iptc4xmpCore:AltTextAccessibility
    source: str = ""  # Licensor URL (plus:Licensor) is a structure; the source link goes here


@functools.lru_cache(maxsize=1)
def exiftool() -> str | None:
    return shutil.which("exiftool")


def original_rights(file: Path) -> str:
    """The copyright notice already in the writer's original, "" when none (or unreadable).
    Remembered per file version (size, modification time, inode): the window exports again and
    again, and reading 200 originals' XMP took a tenth of a second each time."""
    try:
        info = file.stat()
    except OSError:
        return ""
    return _original_rights(str(file), info.st_size, info.st_mtime_ns, info.st_ino)


@functools.lru_cache(maxsize=4096)
def _original_rights(file: str, size: int, mtime_ns: int, inode: int) -> str:
    from slidewright.credits.metadata import read_metadata

    try:
        return read_metadata(Path(file)).rights
    except (OSError, SlidewrightError):
        return ""


def rights_for(slide: Slide, original: Path | None = None) -> ImageRights:
    """The rights an exported copy of ``slide``'s image carries: the slide's fields, with the
    original file's own copyright notice preferred (it is the rights holder's wording)."""
    licence_url = safe_url(slide.license_url)
    return ImageRights(
        credit=slide.credit.strip(),
        creator=slide.creator.strip(),
        copyright=copyright_notice(slide, original_rights(original) if original else ""),
        web_statement=licence_url if licence_url.startswith(("http://", "https://")) else "",
        usage_terms=slide.license.strip(),
        alt_text=slide.alt.strip(),
        source=safe_url(slide.source_url),
    )


def _assignments(rights: ImageRights) -> list[str]:
    """ExifTool arguments setting each known field in XMP, IPTC-IIM and EXIF alike, so readers
    of any of the three agree (the credit checker reads XMP first, then IIM, then EXIF)."""
    tags = {
        "credit": ("XMP-photoshop:Credit", "IPTC:Credit"),
        "creator": ("XMP-dc:Creator", "IPTC:By-line", "EXIF:Artist"),
        "copyright": ("XMP-dc:Rights", "IPTC:CopyrightNotice", "EXIF:Copyright"),
        "web_statement": ("XMP-xmpRights:WebStatement",),
        "usage_terms": ("XMP-xmpRights:UsageTerms",),
        "alt_text": ("XMP-iptcCore:AltTextAccessibility",),
    }
    args = []
    for name, targets in tags.items():
        value = " ".join(getattr(rights, name).split())  # one line: IIM and EXIF hold no breaks
        if value:
            args += [f"-{tag}={value}" for tag in targets]
    if any(a.startswith("-IPTC:") for a in args):
        args.append("-IPTC:CodedCharacterSet=UTF8")  # IIM text is Latin-1 unless it says so
    if rights.web_statement or rights.copyright:
        args.append("-XMP-xmpRights:Marked=True")
    return args


def rights_signature(slide: Slide, original: Path | None) -> str:
    """Everything :func:`write_rights` would write for ``slide`` (a cache key for credited copies;
    the original's own tags come with it, so its content is part of the key)."""
    parts = _assignments(rights_for(slide, original))
    if original is not None:
        try:
            stat = original.stat()
            parts.append(f"{original.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            pass
    return "\n".join(parts)


def _job_args(file: Path, slide: Slide, original: Path | None) -> list[str]:
    if original is not None and original.resolve() == file.resolve():
        raise RightsNotWritten(f"{file}: is the writer's original; only exported copies change")
    # absolute paths: a relative name starting with "-" or "#" would be an option or a comment
    args = []
    if original is not None and _reencoded(file, original):
        args = ["-tagsFromFile", str(original.resolve()), *KEPT]
    return [*args, *_assignments(rights_for(slide, original)), str(file.resolve())]


def _reencoded(file: Path, original: Path | None) -> bool:
    """Whether ``file`` is a re-encoded copy that lost the original's metadata. A copy of the
    same size is the original's bytes, just written: copying its tags back would only double
    ExifTool's work (about half of an export's time)."""
    if original is None:
        return False
    try:
        return file.stat().st_size != original.stat().st_size
    except OSError:
        return True


def _tool() -> str:
    tool = exiftool()
    if tool is None:
        raise RightsNotWritten(
            "ExifTool is not installed (Debian: libimage-exiftool-perl): exported images "
            "cannot carry their credits"
        )
    return tool


COMMON = ["-q", "-q", "-overwrite_original", "-charset", "UTF8", "-m"]


def _run(args: list[str], what: str) -> list[str]:
    """Run ExifTool; the error lines it printed (empty when all went well)."""
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [f"{what}: ExifTool did not finish: {error}"]
    if result.returncode == 0:
        return []
    lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
    return [f"credits not written: {line}" for line in lines] or [f"{what}: credits not written"]


def write_rights(file: Path, slide: Slide, original: Path | None = None) -> bool:
    """Write ``slide``'s credit, creator, copyright, licence and alt text into the exported image
    ``file`` (in place), after copying the rights metadata of ``original`` onto it when given
    and not the same file. Returns False for a format that holds none (SVG); raises
    :class:`RightsNotWritten` when ExifTool is missing or fails."""
    if file.suffix.lower() not in WRITABLE:
        return False
    errors = _run([_tool(), *COMMON, *_job_args(file, slide, original)], str(file))
    if errors:
        raise RightsNotWritten(errors[0])
    return True


def _argfile_safe(text: str) -> bool:
    """ExifTool reads an argument file line by line and trims each line."""
    return "\n" not in text and "\r" not in text and text == text.strip()


def credit_all(
    jobs: Sequence[tuple[Path, Slide, Path | None]], problem: Callable[[str], None]
) -> None:
    """:func:`write_rights` for many exported files in one ExifTool run (starting ExifTool
    costs ~0.2 s; a 200-slide export would spend 40 s on it), failures reported through
    ``problem`` (an export's warning, or its refusal under --strict) rather than stopping the
    export half-written."""
    jobs = [job for job in jobs if job[0].suffix.lower() in WRITABLE]
    if not jobs:
        return
    try:
        tool = _tool()
        sections = [_job_args(*job) for job in jobs]
    except RightsNotWritten as error:
        problem(str(error))
        return
    batch = [section for section in sections if all(map(_argfile_safe, section))]
    for section in sections:
        if section not in batch:  # a name with a line break: on the command line instead
            for failure in _run([tool, *COMMON, *section], section[-1]):
                problem(failure)
    if not batch:
        return
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".args") as argfile:
        for section in batch:
            argfile.write("\n".join([*section, "-execute"]) + "\n")
        argfile.flush()
        for failure in _run([tool, "-@", argfile.name, "-common_args", *COMMON], "images"):
            problem(failure)


def credit_exported(
    file: Path, slide: Slide, problem: Callable[[str], None], original: Path | None = None
) -> None:
    """:func:`credit_all` for one file."""
    credit_all([(file, slide, original)], problem)
