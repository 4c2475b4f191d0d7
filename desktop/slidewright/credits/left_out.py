"""What a credit leaves out of what the picture's file says: its agency ("Jane Doe" for an AFP
picture), its photographer ("Reuters", "NASA" for Bill Ingalls's picture), the organisation its
credit line names ("Getty Images" for NASA's), or the distributor the picture came through
("Jane Doe/AFP" for "AFP via Getty Images", "KCNA" for "KCNA via REUTERS").

Apart from evidence.py, which reads the file and says where a credit contradicts it: leaving
something out is no contradiction, and the messages and fixes differ (rules_file_credit.py)."""

from __future__ import annotations

import re

from slidewright.credits.agencies import Agency, agencies_in, by_name
from slidewright.credits.evidence import (
    MAX_CREDIT_TEXT,
    FileEvidence,
    people_in,
    persons_in,
    same_person,
)
from slidewright.credits.labels import without_hiding
from slidewright.credits.organisations import is_organisation

_VIA = re.compile(r"\bvia\b", re.IGNORECASE)


def through_line(evidence: FileEvidence) -> str:
    """The file's credit that says through whom the picture came ("AFP via Getty Images"):
    its house-form credit, else its own credit line (a line naming no one is not the house
    form: the file's credit is then the agency alone, "AFP")."""
    return evidence.credit if _VIA.search(evidence.credit) else evidence.quoted


def _through(evidence: FileEvidence, known: tuple[Agency, ...]) -> list[Agency]:
    """The agencies the file's credit names after "via": the ones the picture came through
    (Getty Images, and Reuters or AP for a handout: "KCNA via REUTERS")."""
    line = through_line(evidence)
    via = _VIA.search(line) if len(line) <= MAX_CREDIT_TEXT else None
    return [a for a, _ in agencies_in(line[via.end() :], known)] if via else []


def missing_agency(credit: str, evidence: FileEvidence, known: tuple[Agency, ...]) -> str | None:
    """The file's agency when it asks to be credited and the credit names no agency at all, or
    only the distributor it came through ("Jane Doe/Getty Images" for "AFP via Getty Images",
    "Reuters" for "KCNA via REUTERS")."""
    typed = agencies_in(without_hiding(credit), known)
    if not evidence.agencies:
        return _missing_organisation(credit, evidence.quoted, known)
    if (owner := _missing_owner(credit, evidence, known)) is not None:
        return owner
    through = {a.name for a in _through(evidence, known)}
    if any(not a.distributes and a.name not in through for a, _ in typed):
        return None
    for name in evidence.agencies:
        agency = by_name(name, known)
        if agency is None or (typed and (agency.distributes or name in through)):
            continue
        return agency.name if agency.credit_required else None
    return None


def _missing_owner(credit: str, evidence: FileEvidence, known: tuple[Agency, ...]) -> str | None:
    """The organisation whose handout came through a distributor ("NASA via Getty Images")
    when the credit names only the distributor: "Bill Ingalls/Getty Images"."""
    line = evidence.quoted if len(evidence.quoted) <= MAX_CREDIT_TEXT else ""
    via = _VIA.search(line)
    if via is None or not _through(evidence, known) or agencies_in(line[: via.start()], known):
        return None
    return _missing_organisation(credit, line[: via.start()], known)


def _missing_organisation(credit: str, line: str, known: tuple[Agency, ...]) -> str | None:
    """The organisation the file's credit line names when it names no agency ("NASA"), and the
    credit names neither it nor its photographer: "Getty Images" for NASA's picture."""
    line = line if len(line) <= MAX_CREDIT_TEXT else ""
    named = [p for p in people_in(line, known) if is_organisation(p)]
    typed = people_in(credit, known)
    if not named or any(same_person(t, p) for t in typed for p in named):
        return None
    words = f" {_words(credit)} "
    if any(f" {_words(_THE.sub('', p))} " in words for p in named):
        return None  # "Official White House Photo by Adam Schultz" names The White House
    return named[0]


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def missing_person(credit: str, evidence: FileEvidence, known: tuple[Agency, ...]) -> bool:
    """The file names its photographer and the credit names nobody, or only an organisation
    that is not the file's creator ("NASA" for Bill Ingalls's picture)."""
    if not evidence.creators or persons_in(credit, known):
        return False
    typed = people_in(credit, known)
    return not any(same_person(t, c) for t in typed for c in evidence.creators)


def missing_distributor(
    credit: str, evidence: FileEvidence, known: tuple[Agency, ...]
) -> Agency | None:
    """The distributor the file's credit names after "via" ("AFP via Getty Images", "KCNA via
    REUTERS") when the credit names the file's agency and not it: the licence came through the
    distributor, whose terms ask for the whole chain in the credit."""
    if len(credit) > MAX_CREDIT_TEXT:
        return None
    through = _through(evidence, known)
    typed = {a.name for a, _ in agencies_in(without_hiding(credit), known)}
    own = [name for name in evidence.agencies if name not in {a.name for a in through}]
    if not through or through[0].name in typed or not typed & set(own):
        return None
    return through[0]
