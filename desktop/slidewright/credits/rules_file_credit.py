"""The credit against the picture file's own evidence (IPTC, XMP, EXIF, PNG text): the rule
``credit-metadata-mismatch`` and what it says when the file disagrees with the credit, or with
itself. Apart from rules_credit.py (the credit text itself) so that neither grows past a
reviewable size; its id, severity and description are in :mod:`slidewright.credits.registry`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from slidewright.credits.agencies import Agency, agencies_in, by_name, house_spelling
from slidewright.credits.context import CheckContext, ImageState
from slidewright.credits.evidence import (
    MAX_CREDIT_TEXT,
    FileEvidence,
    contradiction,
    credit_through,
    people_in,
    same_person,
    shown,
)
from slidewright.credits.findings import Fix, Hit
from slidewright.credits.labels import is_bare_label, strip_labels
from slidewright.credits.left_out import (
    missing_agency,
    missing_distributor,
    missing_person,
    through_line,
)
from slidewright.credits.rules_credit import use_file_credit
from slidewright.i18n import QT_TRANSLATE_NOOP, counted
from slidewright.model import Slide


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _names(names: Sequence[str], shown: int = 3) -> str:
    listed = ", ".join(names[:shown])
    if len(names) <= shown:
        return listed
    more = counted(
        len(names) - shown,
        QT_TRANSLATE_NOOP("RulesCredit", "{names} and 1 more"),
        QT_TRANSLATE_NOOP("RulesCredit", "{names} and {more} more"),
    )
    return more.format(names=listed, more=len(names) - shown)


def credit_metadata_mismatch(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """The file is evidence: a credit naming another agency or person than the file does (an
    agency beside the file's one too) is a finding quoting both, and its one fix is the file's
    own credit."""
    meta = image.meta
    if meta is None or not image.ok:
        return
    evidence = ctx.evidence(image)
    # A file whose credit lines disagree is no yardstick: the credit is weighed against none of
    # them, only the finding that the file disagrees with itself is left (with no credit typed
    # yet too: it is why none was filled in)
    if not evidence.conflicting:
        if is_bare_label(slide.credit):
            return
        yield from _credit_against_file(ctx, slide, image)
    if meta.xmp_credit and meta.iim_credit and _normal(meta.xmp_credit) != _normal(meta.iim_credit):
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            'the image file disagrees with itself: XMP credit "{xmp}", IPTC credit "{iptc}"',
        )
        yield Hit("image", message.format(xmp=meta.xmp_credit, iptc=meta.iim_credit))
    elif evidence.conflicting:  # (two credit lines in one container)
        message = QT_TRANSLATE_NOOP(
            "RulesCredit", "the image file's credit lines disagree: {lines}"
        )
        lines = ", ".join(f'"{line}"' for line in evidence.conflicting)
        yield Hit("image", message.format(lines=lines))
    if (disagree := _creators_disagree(meta.named, ctx.known)) is not None:
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the image file disagrees with itself about who made the picture: "
            '{first} "{one}", {second} "{other}"',
        )
        first, one, second, other = disagree
        yield Hit("image", message.format(first=first, one=one, second=second, other=other))


def _credit_against_file(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    known = ctx.known
    evidence = ctx.evidence(image)
    says = evidence.quoted or evidence.credit
    typed = shown(slide.credit.strip())
    fix = use_file_credit(ctx, slide, image)
    found = contradiction(slide.credit, evidence, known)
    if len(slide.credit) > MAX_CREDIT_TEXT and not evidence.empty:
        # Longer than any credit: what it names is not guessed at, nor said to be missing.
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the credit is {length} characters long, too long to weigh against the file "
            "(the file says {says}; the credit says {typed})",
        )
        yield Hit("credit", message.format(length=len(slide.credit), says=says, typed=typed), fix)
    elif found is not None and found.beside and not found.people:
        # "Jean Dupont/AFP/Reuters" for an AFP picture: right agency, and one the file denies
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the file says {says}; the credit says {typed}, which also names {agencies}",
        )
        agencies = _names(found.agencies)
        yield Hit("credit", message.format(says=says, typed=typed, agencies=agencies), fix)
    elif found is not None and found.people and _unquoted(evidence.creators, says):
        # "Tom Hale/Getty Images" for Mia Wong's picture whose credit line is "Getty Images":
        # the people differ, so the file's creator is named, not only its credit line
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the file says {says} and names {creators} as its creator; the credit says {typed}",
        )
        creators = _names(evidence.creators)
        yield Hit("credit", message.format(says=says, creators=creators, typed=typed), fix)
    elif found is not None:
        message = QT_TRANSLATE_NOOP("RulesCredit", "the file says {says}; the credit says {typed}")
        yield Hit("credit", message.format(says=says, typed=typed), fix)
    elif missing_person(slide.credit, evidence, known):
        creators = _names(evidence.creators)
        if _normal(says) == _normal(typed):  # the credit is the file's line: only who is left out
            message = QT_TRANSLATE_NOOP(
                "RulesCredit",
                "the image file names {creators} as its creator, but the credit does not",
            )
            yield Hit("credit", message.format(creators=creators), fix)
        else:
            message = QT_TRANSLATE_NOOP(
                "RulesCredit",
                "the image file names {creators} as its creator, but the credit does not "
                "(the file says {says}; the credit says {typed})",
            )
            yield Hit("credit", message.format(creators=creators, says=says, typed=typed), fix)
    elif (agency := missing_agency(slide.credit, evidence, known)) is not None:
        message = QT_TRANSLATE_NOOP(
            "RulesCredit", "the file says {says}; the credit leaves out {agency}"
        )
        yield Hit("credit", message.format(says=says, agency=agency), fix)
    elif (distributor := missing_distributor(slide.credit, evidence, known)) is not None:
        # "Jane Doe/AFP" for the file's "AFP via Getty Images": the licence came through Getty
        message = QT_TRANSLATE_NOOP(
            "RulesCredit",
            "the file says {says}: the picture came through {distributor}, and the credit "
            'leaves out "via {distributor}"',
        )
        yield Hit(
            "credit",
            message.format(says=says, distributor=distributor.name),
            _through(slide.credit, evidence, distributor, known),
        )


def _through(
    typed: str, evidence: FileEvidence, distributor: Agency, known: tuple[Agency, ...]
) -> Fix | None:
    """The credit with "via" the distributor, naming the photographer the writer typed ("J.
    Doe/AFP via Getty Images"); the file's own credit when the writer typed no one."""
    people = people_in(typed, known)
    agency = next((by_name(a, known) for a in evidence.agencies if a != distributor.name), None)
    line = through_line(evidence)
    credit = house_spelling(strip_labels(line), known) if not people else evidence.credit
    if people and agency is not None:
        credit = credit_through(agency, people[0], line, known)
        if distributor.name not in credit:  # a handout's "via REUTERS" (no Getty house form)
            credit = f"{agency.credit_for(people[0])} via {distributor.name}"
    if distributor.name not in credit or credit == typed.strip():
        return None
    label = QT_TRANSLATE_NOOP("RulesCredit", 'Add "via {distributor}": "{credit}"')
    return Fix.of(label.format(distributor=distributor.name, credit=shown(credit)), credit=credit)


def _unquoted(creators: Sequence[str], says: str) -> bool:
    """The file names creators and the credit line quoted from it names none of them."""
    return bool(creators) and not any(f" {_normal(c)} " in f" {_normal(says)} " for c in creators)


def _creators_disagree(
    named: tuple[tuple[str, str, str], ...], known: tuple[Agency, ...]
) -> tuple[str, str, str, str] | None:
    """Two containers naming the creator (XMP dc:creator, IPTC By-line, EXIF Artist, PNG
    Author) with no person in common: (where, what, where, what) of the first two. A camera's
    owner in EXIF and an agency's photographer in XMP are two answers, and the credit follows
    one of them."""
    by_where: dict[str, list[str]] = {}
    for where, kind, text in named:
        if kind == "creator":
            people = people_in(text, known) if agencies_in(text, known) else (text.strip(),)
            if people:
                by_where.setdefault(where, []).extend(people)
    places = list(by_where.items())
    for i, (first, ones) in enumerate(places):
        for second, others in places[i + 1 :]:
            if not any(same_person(a, b) for a in ones for b in others):
                return first, "; ".join(ones), second, "; ".join(others)
    return None
