"""Credits that travel with the images, and nothing else: every published picture file is
rewritten by the one metadata policy (``picturepolicy.py``): everything the writer's file carried
is removed, and its slide's credit, creator, copyright notice, licence and alt text (with the
file's own rights fields where the slide gives none) are written in.

A picture saved from a published page, or picked up by a syndication partner, then still says
whose it is, and no GPS position, serial number or owner goes with it. Written with ExifTool
(Debian's ``libimage-exiftool-perl``): the reference implementation of the IPTC Photo Metadata
standard, maintained since 2003, that writes XMP, IPTC-IIM and EXIF in JPEG, PNG, WebP, TIFF and
GIF without re-encoding the pixels. It runs as a separate program through this one wrapper
(arguments as a list, never a shell), so no native Python extension has to match the platform.

:func:`credit_all` is applied to each exported image file after it is written (inlined
pictures, HTML folder, Hugo and Jekyll sites, renditions, WordPress uploads); it never touches
the writer's original."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.exporters.iccprofile import clean_profile, file_profile
from slidewright.exporters.picturechunks import keep_picture_chunks
from slidewright.exporters.picturepolicy import (
    POLICY_VERSION,
    ImageRights,
    assignments,
    original_rights,
    policy_args,
    rights_for,
)
from slidewright.fileformat.picturename import looks_like_svg_content, name_suffix
from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.model import Slide

__all__ = ["ImageRights", "original_rights", "rights_for"]

# The formats whose metadata the policy can remove (by ExifTool and picturechunks.py)…
WRITABLE = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff", ".gif", ".avif"}
# …and drawings, which carry none once svgclean.py has rebuilt them. Any other picture file
# (a .heic, .jp2, .tga…) cannot be cleaned: credit_all reports it, and it is never published
# as it came.
DRAWINGS = {".svg"}
TIMEOUT = 60  # seconds for one image: ExifTool takes ~0.1 s; a hung one must not hang the export


class RightsNotWritten(SlidewrightError):
    """ExifTool is missing or refused the file: the image would be published without credits."""


@functools.lru_cache(maxsize=1)
def exiftool() -> str | None:
    return shutil.which("exiftool")


# One picture to publish: the written file, its slide (None: a picture of no slide, such as a
# read-more thumbnail or an image in a body) and the writer's original it was made from.
Job = tuple[Path, Slide | None, Path | None]


def rights_signature(slide: Slide | None, original: Path | None, location: bool = False) -> str:
    """Everything :func:`credit_all` would write for ``slide`` (a cache key for credited copies:
    the policy's version, the values, and with a published location the original's version)."""
    parts = [POLICY_VERSION, *assignments(rights_for(slide, original))]
    if location and original is not None:
        parts.append("location")
        try:
            stat = original.stat()
            parts.append(f"{original.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            pass
    return "\n".join(parts)


def _job_args(
    file: Path, slide: Slide | None, original: Path | None, location: bool, scratch: Path
) -> list[str]:
    if original is not None and original.resolve() == file.resolve():
        raise RightsNotWritten(f"{file}: is the writer's original; only exported copies change")
    # absolute paths: a relative name starting with "-" or "#" would be an option or a comment
    rights = rights_for(slide, original)
    return [*policy_args(rights, original, location, _profile(file, scratch)), str(file.resolve())]


def _profile(file: Path, scratch: Path) -> Path | None:
    """``file``'s colour profile without its device and owner, written into ``scratch`` for
    ExifTool to put back; None when it has none (or none that can be read)."""
    found = file_profile(file)
    cleaned = clean_profile(found) if found else None
    if cleaned is None:
        return None
    profile = scratch / f"{len(list(scratch.iterdir()))}.icc"
    profile.write_bytes(cleaned)
    return profile


def _tool() -> str:
    tool = exiftool()
    if tool is None:
        raise RightsNotWritten(
            "ExifTool is not installed (Debian: libimage-exiftool-perl): exported images "
            "cannot carry their credits"
        )
    return tool


COMMON = ["-q", "-q", "-overwrite_original", "-charset", "UTF8", "-m"]


def _said_lines(
    args: list[str], what: str, names: dict[str, str] | None = None
) -> list[tuple[str, str | None]]:
    """Run ExifTool; the error lines it printed (empty when all went well), as messages the
    window says in its language (which picture: ``names``, a written file's path -> the name the
    writer knows it by, its original; what is wrong, and that its credits were not written),
    each with the written file its line names (None: it names none)."""
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as error:
        stopped = QT_TRANSLATE_NOOP("ImageRights", "{what}: ExifTool did not finish: {error}")
        return [(stopped.format(what=what, error=str(error)), None)]
    if result.returncode == 0:
        return []
    lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
    failed = QT_TRANSLATE_NOOP("ImageRights", "{what}: credits not written")
    return [(said(line, what, names or {}), _named_file(line)) for line in lines] or [
        (failed.format(what=what), None)
    ]


def _named_file(line: str) -> str | None:
    match = _SAID.match(line.strip())
    return match["file"] if match else None


# "Error: Not a valid JPG (looks more like a XMP) - /tmp/x/0.jpg": what, then the file
_SAID = re.compile(r"^(?:Error|Warning):\s*(?P<what>.*?)(?:\s+-\s+(?P<file>/.*))?$")
_NOT_VALID = re.compile(r"Not a valid (?P<named>\w+) \(looks more like an? (?P<found>\w+)\)")
_CUT = re.compile(r"EOI marker not found|truncated|Corrupted|unexpected end", re.I)


def said(line: str, what: str, names: dict[str, str]) -> Message:
    """One line ExifTool printed, as a sentence for the writer: the picture's name (its
    original's, not a scratch copy's), what is wrong with it, and that no credits went in."""
    match = _SAID.match(line.strip())
    text, file = (match["what"], match["file"]) if match else (line.strip(), None)
    name = names.get(file or "", file or what)
    if (found := _NOT_VALID.search(text)) is not None:
        why = QT_TRANSLATE_NOOP(
            "ImageRights", "its content is {found}, not the {named} picture its name says"
        ).format(found=found["found"], named=found["named"])
    elif _CUT.search(text):
        why = QT_TRANSLATE_NOOP("ImageRights", "the file is cut off or damaged")
    else:
        why = QT_TRANSLATE_NOOP("ImageRights", "ExifTool could not write it ({text})").format(
            text=text
        )
    message = QT_TRANSLATE_NOOP("ImageRights", "{name}: its credits could not be written: {why}")
    return message.format(name=name, why=why)


def write_rights(
    file: Path, slide: Slide | None, original: Path | None = None, location: bool = False
) -> bool:
    """Make the exported image ``file`` (in place) carry only what the policy allows, with
    ``slide``'s credit, creator, copyright, licence and alt text. Returns False for a format
    that holds none (SVG); raises :class:`RightsNotWritten` when ExifTool is missing or fails."""
    if picture_suffix(file) not in WRITABLE:
        return False
    errors: list[str] = []
    credit_all([(file, slide, original)], errors.append, location)
    if errors:
        raise RightsNotWritten(errors[0])
    return True


def picture_suffix(file: Path) -> str:
    """The format ``file``'s name gives, as ExifTool reads it (fileformat/picturename.py)."""
    return name_suffix(file)


def _drawing_content(file: Path) -> bool:
    try:
        with file.open("rb") as opened:
            return looks_like_svg_content(opened.read(4096))
    except OSError:
        return False


def _not_a_drawing(file: Path) -> str:
    """Why a file named as an SVG drawing, whose content is not one, cannot be published."""
    why = QT_TRANSLATE_NOOP(
        "ImageRights",
        "its name says SVG drawing but its content is not one; give it the name its content has",
    )
    message = QT_TRANSLATE_NOOP("ImageRights", "{name}: its credits could not be written: {why}")
    return message.format(name=str(file), why=why)


def _not_cleanable(file: Path) -> str:
    """Why a picture in a format the policy does not know cannot be published as it is."""
    why = QT_TRANSLATE_NOOP(
        "ImageRights",
        "Slidewright removes private metadata from JPEG, PNG, WebP, GIF, AVIF and TIFF "
        "pictures only; convert it to one of them",
    )
    message = QT_TRANSLATE_NOOP("ImageRights", "{name}: its credits could not be written: {why}")
    return message.format(name=str(file), why=why)


def _argfile_safe(text: str) -> bool:
    """ExifTool reads an argument file line by line and trims each line."""
    return "\n" not in text and "\r" not in text and text == text.strip()


def credit_all(
    jobs: Sequence[Job], problem: Callable[[str], None], location: bool = False
) -> set[Path]:
    """:func:`write_rights` for many exported files in one ExifTool run (starting ExifTool
    costs ~0.2 s; a 200-slide export would spend 40 s on it), failures reported through
    ``problem`` (an export's warning, or its refusal under --strict) rather than stopping the
    export half-written. Returns the files that were not cleaned and credited: the one a
    failure names, or every file of a run when it names none (one damaged picture must not
    make the others fall back to their pixels, without their credits)."""
    failed = set()
    for file, _, original in jobs:
        if picture_suffix(file) not in WRITABLE | DRAWINGS:
            problem(_not_cleanable(original or file))
            failed.add(file)
        elif picture_suffix(file) in DRAWINGS and not _drawing_content(file):
            problem(_not_a_drawing(original or file))  # sanitised as SVG it would be refused;
            failed.add(file)  # passed over as one, it would go out with all its metadata
    jobs = [job for job in jobs if picture_suffix(job[0]) in WRITABLE]
    if not jobs:
        return failed
    with tempfile.TemporaryDirectory(prefix="slidewright-profiles-") as scratch:
        return failed | _credit_all(jobs, problem, location, Path(scratch))


def _failed_in(lines: list[tuple[str, str | None]], files: Sequence[Path]) -> set[Path]:
    """The files ExifTool's error lines name ((message, file) pairs), or all of ``files`` when
    a line names none of them."""
    by_name = {str(file): file for file in files}
    failed = set()
    for _, name in lines:
        if name not in by_name:
            return set(files)
        failed.add(by_name[name])
    return failed


def _credit_all(
    jobs: Sequence[Job], problem: Callable[[str], None], location: bool, scratch: Path
) -> set[Path]:
    everything = {job[0] for job in jobs}
    try:  # the writer's original is refused before any file changes
        sections = [_job_args(*job, location, scratch) for job in jobs]
    except RightsNotWritten as error:
        problem(str(error))
        return everything
    # What ExifTool leaves (a C2PA manifest, chunks it does not know) goes before and after it
    named = [(file, str(original or file.name)) for file, _, original in jobs]
    damaged = keep_picture_chunks(named, "before", problem)
    kept = [(job, s) for job, s in zip(jobs, sections, strict=True) if job[0] not in damaged]
    jobs, sections = [job for job, _ in kept], [s for _, s in kept]
    try:
        tool = _tool()
    except RightsNotWritten as error:
        problem(str(error))
        return everything
    # the writer knows a picture by its original's name, not the export's copy (a scratch file)
    names = {
        section[-1]: str(job[2] or job[0]) for section, job in zip(sections, jobs, strict=True)
    }
    failed = set(damaged)
    batch = [section for section in sections if all(map(_argfile_safe, section))]
    for section in sections:
        if section not in batch:  # a name with a line break: on the command line instead
            said_lines = _said_lines([tool, *COMMON, *section], section[-1], names)
            failed |= _failed_in(said_lines, [Path(section[-1])])
            for failure, _ in said_lines:
                problem(failure)
    if batch:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".args") as argfile:
            for section in batch:
                argfile.write("\n".join([*section, "-execute"]) + "\n")
            argfile.flush()
            command = [tool, "-@", argfile.name, "-common_args", *COMMON]
            said_lines = _said_lines(command, "images", names)
            failed |= _failed_in(said_lines, [Path(section[-1]) for section in batch])
            for failure, _ in said_lines:
                problem(failure)
    failed |= set(
        keep_picture_chunks([one for one in named if one[0] not in damaged], "after", problem)
    )
    return failed


def credit_exported(
    file: Path,
    slide: Slide | None,
    problem: Callable[[str], None],
    original: Path | None = None,
    location: bool = False,
) -> None:
    """:func:`credit_all` for one file."""
    credit_all([(file, slide, original)], problem, location)
