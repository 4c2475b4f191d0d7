"""Credits from the picture's file when an image comes in (Choose Image, paste, drop).

The file is evidence (issue 24): its metadata names who made the picture and for whom, so an
EMPTY credit, creator and licence are filled from it in the same undo step as the image, and the
status line says what was filled. A credit the writer already typed is never overwritten: when
it differs from the file's, the Problems panel's credit-metadata-mismatch finding offers "Use the
file's credit". Pasted pixels carry no metadata, so the status line says the credit must be typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from slidewright.errors import SlidewrightError
from slidewright.model import Slide
from slidewright.ui.editing.commands import SetSlideField
from slidewright.ui.editing.document import Document
from slidewright.ui.session.settings import Settings

if TYPE_CHECKING:  # the metadata reader and the rules load when an image comes in, not at start
    from slidewright.credits.metadata import ImageMetadata

MAX_LICENCE = 120  # usage terms longer than this are prose, not a licence's name
PIXELS_NOTE = str(
    QT_TRANSLATE_NOOP("FromFile", "Pasted pixels carry no credit: type the slide's credit")
)
NO_CREDIT_NOTE = str(
    QT_TRANSLATE_NOOP("FromFile", "The file names no credit: type the slide's credit")
)
CONFLICT_NOTE = str(
    QT_TRANSLATE_NOOP(
        "FromFile",
        "The file's credit lines disagree (the Problems panel names them): type the slide's credit",
    )
)
# The sentences that ask for the credit: the status line drops them once it is typed
CREDIT_ASKS = (PIXELS_NOTE, NO_CREDIT_NOTE, CONFLICT_NOTE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FromFile", text)


@dataclass
class FromFile:
    """What the picture's file gives a slide, and the sentence that tells the writer."""

    changes: dict[str, str] = field(default_factory=dict)
    note: str = ""


def writer_agencies(owner: object) -> tuple[str, ...]:
    """The writer's own agencies (Preferences ▸ Agencies) from ``owner``'s settings (the
    window's): the credit rules know them beside the built-in list."""
    settings = getattr(owner, "settings", None)
    if not isinstance(settings, Settings):
        return ()
    from slidewright.ui.session.preferences import Preferences

    return tuple(Preferences.load(settings).agencies)


def _meta(file: Path) -> ImageMetadata | None:
    from slidewright.credits.metadata import read_metadata
    from slidewright.errors import SlidewrightError

    try:
        meta = read_metadata(file)
    except (OSError, SlidewrightError):  # gone, or refused (a pipe, too large): nothing to take
        return None
    return meta if meta.readable else None


def from_file(
    slide: Slide, file: Path, pixels: bool = False, own_agencies: tuple[str, ...] = ()
) -> FromFile:
    """The credit, creator and licence ``file`` gives ``slide`` where the slide has none."""
    from slidewright.credits.agencies import catalogue
    from slidewright.credits.evidence import contradiction, file_evidence
    from slidewright.credits.labels import is_bare_label
    from slidewright.credits.left_out import missing_agency, missing_person

    if pixels:
        return FromFile(note=_tr(PIXELS_NOTE) if not slide.credit.strip() else "")
    meta = _meta(file)
    evidence = file_evidence(meta, catalogue(own_agencies))
    result = FromFile()
    if meta is not None and evidence.conflicting:
        # "gettyimages" in one field, "AP Photo/Jo Doe" in another: no credit or creator made of
        # pieces of both (one neither line says); which is right is the writer's to find out
        if is_bare_label(slide.credit):
            result.note = _tr(CONFLICT_NOTE)
        return result
    if meta is None or not evidence.credit:
        if is_bare_label(slide.credit):
            result.note = _tr(NO_CREDIT_NOTE)
        return result
    known = catalogue(own_agencies)
    typed = slide.credit.strip()
    if is_bare_label(slide.credit):
        result.changes["credit"] = evidence.credit
    # a typed credit the file contradicts is the writer's to settle: nothing of the file's
    # people is put beside it (the Problems panel offers the file's credit)
    agrees = "credit" in result.changes or contradiction(typed, evidence, known) is None
    if agrees and not slide.creator.strip() and evidence.creators:
        result.changes["creator"] = ", ".join(evidence.creators)
    terms = " ".join(meta.usage_terms.split())
    if agrees and not slide.license.strip() and terms and len(terms) <= MAX_LICENCE:
        result.changes["license"] = terms
    url = meta.web_statement.strip()
    if agrees and not slide.license_url.strip() and url.startswith(("https://", "http://")):
        result.changes["license_url"] = url
    names = {
        "credit": QCoreApplication.translate("FromFile", "credit"),
        "creator": QCoreApplication.translate("FromFile", "creator"),
        "license": QCoreApplication.translate("FromFile", "licence"),
        "license_url": QCoreApplication.translate("FromFile", "licence link"),
    }
    filled = [names[name] for name in result.changes]
    notes = []
    if filled:
        listed = filled[-1]
        if len(filled) > 1:
            listed = QCoreApplication.translate("FromFile", "{list} and {last}").format(
                list=", ".join(filled[:-1]), last=listed
            )
        listed = listed[0].upper() + listed[1:]
        notes.append(
            QCoreApplication.translate(
                "FromFile", "{fields} filled from the file: {credit}"
            ).format(fields=listed, credit=evidence.credit)
        )
    disagrees = (
        not agrees
        or missing_person(typed, evidence, known)
        or missing_agency(typed, evidence, known) is not None
    )
    if "credit" not in result.changes and typed != evidence.credit and disagrees:
        notes.append(
            QCoreApplication.translate(
                "FromFile",
                'The file says "{credit}"; the typed credit was kept '
                "(Problems offers the file's credit)",
            ).format(credit=evidence.credit)
        )
    result.note = ". ".join(notes)
    return result


# What describes a picture rather than the story: a new picture makes them untrue (issue 27). The
# caption stays: it tells the story, whichever picture stands above it.
DESCRIBE_PICTURE = (
    "credit", "creator", "license", "license_url", "source_url",
    "license_start", "license_end", "editorial_only",
)  # fmt: skip
CLEARED_NOTES: dict[tuple[bool, bool], str] = {
    (True, True): str(
        QT_TRANSLATE_NOOP(
            "FromFile", "Credit and alt text cleared: they described the previous picture"
        )
    ),
    (True, False): str(
        QT_TRANSLATE_NOOP("FromFile", "Credit cleared: it described the previous picture")
    ),
    (False, True): str(
        QT_TRANSLATE_NOOP("FromFile", "Alt text cleared: it described the previous picture")
    ),
}


def _file_bytes(file: Path) -> bytes | None:
    from slidewright.fileformat.images import read_image_bytes

    try:
        return read_image_bytes(file)
    except (OSError, SlidewrightError):
        return None


def is_new_picture(bundle: Path, old: str, new: str) -> bool:
    """``new`` is a different picture from the slide's ``old`` one: not the same file, and not
    the same bytes under another name (the same photo chosen again keeps its credit)."""
    if not old.strip() or old == new:
        return False
    before = _file_bytes(bundle / old)
    return before is None or before != _file_bytes(bundle / new)


def _cleared(slide: Slide) -> tuple[dict[str, Any], str]:
    """The fields that described ``slide``'s previous picture, emptied, and the sentence that
    says so (empty when there was nothing to clear)."""
    changes: dict[str, Any] = {
        name: type(getattr(slide, name))() for name in DESCRIBE_PICTURE if getattr(slide, name)
    }
    if slide.alt.strip():
        changes["alt"] = ""
    credit, alt = any(name != "alt" for name in changes), "alt" in changes
    note = CLEARED_NOTES.get((credit, alt))
    return changes, QCoreApplication.translate("FromFile", note) if note else ""


def set_image_with_credits(
    doc: Document, row: int, relative: str, pixels: bool = False, own: tuple[str, ...] = ()
) -> str:
    """Set slide ``row``'s image to ``relative`` (in the bundle) and fill its empty credit fields
    from the file, as one undo step; the status line's sentence.

    A different picture replacing one first clears the credit, licence fields and alt text that
    described the old picture, so the new photo is never credited to the old photographer: the
    file's metadata fills them again where it has them, and pasted pixels leave the credit
    empty for the checker to flag."""
    slide = doc.article.slides[row]
    cleared: dict[str, Any] = {}
    cleared_note = ""
    if is_new_picture(doc.bundle, slide.image, relative):
        cleared, cleared_note = _cleared(slide)
    fresh = slide.copy()
    for name, value in cleared.items():
        setattr(fresh, name, value)
    found = from_file(fresh, doc.bundle / relative, pixels, own)
    stack = doc.undo_stack
    if found.changes:
        name = QCoreApplication.translate(
            "SetImageWithCredits", "Set slide {number} image and its credit from the file"
        )
    else:
        name = QCoreApplication.translate("SetImageWithCredits", "Set slide {number} image")
    stack.beginMacro(name.format(number=row + 1))
    stack.push(SetSlideField(doc, row, "image", relative, typing=False))
    for field_name, value in {**cleared, **found.changes}.items():
        stack.push(SetSlideField(doc, row, field_name, value, typing=False))
    stack.endMacro()
    return ". ".join(note for note in (cleared_note, found.note) if note)


def new_slide(bundle: Path, relative: str, own: tuple[str, ...] = ()) -> Slide:
    """A slide for an image dropped below the list, its credit fields filled from the file."""
    slide = Slide(heading="", image=relative)
    for name, value in from_file(slide, bundle / relative, own_agencies=own).changes.items():
        setattr(slide, name, value)
    return slide
