"""The picture's file as evidence: which agencies and people its metadata names, the credit it
gives, and whether a typed credit contradicts it.

Every container counts (IPTC Credit Line, By-line, Copyright Notice, Source; XMP
photoshop:Credit, dc:creator, dc:rights, photoshop:Source; EXIF Artist and Copyright; PNG Author
and Copyright): a credit contradicts the file when it names an agency the file does not name
(whether or not it names the file's agency too: "Name/AFP/Reuters" for an AFP picture credits
Reuters with it), or a person and none of the people the file names. An agency that distributes
others' pictures ("Name/AFP via Getty Images") may stand beside the file's agency. Fixes are held
to the same test (:func:`slidewright.credits.registry.held_to_the_file`), so no fix, alone or
after others, can make a credit that the file contradicts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from slidewright.credits.agencies import (
    Agency,
    agencies_in,
    by_name,
    house_spelling,
    replace_agencies,
)
from slidewright.credits.labels import split_caption, strip_labels, without_hiding
from slidewright.credits.metadata import ImageMetadata
from slidewright.credits.organisations import is_organisation
from slidewright.provenance.lookalikes import latin_words

MAX_CREDIT_TEXT = 1000  # longer is not a credit; its people are not guessed at
MAX_QUOTED = 120
# Words around names in credits and copyright lines that name nobody.
_FILLER = re.compile(
    r"(?<![\w])(?:all\s+rights\s+reserved|photos?|images?|pictures?|staff|handout|pool|file"
    r"|stringer|str|via|for|and|&|©|\(c\)|copyright|courtesy(?:\s+of)?|user"
    r"|\d{4}(?:\s?[-–]\s?\d{4})?)(?![\w])",
    re.IGNORECASE,
)
# An agency's desk, region or client after its name ("Getty Images Europe", "Reuters TV",
# "Getty Images for Netflix"): part of the agency's name, no one's ("Europe/Getty Images").
_AGENCY = "\x00"
_DESK = re.compile(
    r"\x00(?:\s+(?:news|sports?|entertainment|europe|africa|asia\s*pac(?:ific)?|(?:north|south"
    r"|latin)\s+america|middle\s+east|tv|connect|editorial|creative|collection|archive"
    r"|contributor)(?![\w]))*(?:\s+for\s+[^/,;|]+)?",
    re.IGNORECASE,
)
# A licence's name in a rights line ("CC BY-SA 4.0 Jane Roe", "Creative Commons Attribution
# 2.0: Jo Bell", "licensed under CC0") names nobody: taken for a person it became the credit's
# photographer ("CC BY 4.0/Wikimedia Commons"). It parts what stands either side of it.
_LICENCE = re.compile(
    r"(?<![\w])(?:(?:licen[cs]ed\s+under\s+(?:the\s+|a\s+)?)?"
    r"(?:creative\s+commons|CC)(?:[\s-]*(?:BY|SA|NC|ND|0|zero|attribution|share[\s-]?alike"
    r"|non[\s-]?commercial|no[\s-]?deriv(?:ative)?s?|licen[cs]e))*(?:[\s-]+v?\d(?:\.\d)?)?"
    r"(?:\s+(?:international|unported|generic))?(?:\s+licen[cs]e)?|public\s+domain)(?![\w])",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:[/,;|+]|\s[-–—]\s)\s*")
_NOT_A_NAME = re.compile(r"[\W\d_]*")


def shown(text: str) -> str:
    """``text`` as a message or a fix's label quotes it: a pasted paragraph is cut, with "…"."""
    return text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED].rstrip() + "…"


def _normal(text: str) -> str:
    """Words only, in Latin where a word mixes alphabets ("Jеan" with a Cyrillic е is Jean, a
    spelling the hygiene rule names), without case."""
    return " ".join(re.sub(r"[\W_]+", " ", latin_words(text)).split()).casefold()


def people_in(text: str, known: tuple[Agency, ...]) -> tuple[str, ...]:
    """The people (and other names that are not agencies on the list) a credit names:
    'Credit: Ana Silva/AFP via Getty Images' -> ('Ana Silva',). A text longer than any credit
    names nobody (and is not remembered: the cache holds credits, not pasted pages)."""
    if len(text) > MAX_CREDIT_TEXT:
        return ()
    return _people_in(without_hiding(text), known)  # "A\u200bFP" is AFP, not a person


@functools.lru_cache(maxsize=4096)
def _people_in(text: str, known: tuple[Agency, ...]) -> tuple[str, ...]:
    text = strip_labels(text)
    split = split_caption(text)
    text = split[0] if split else text
    text = _DESK.sub("/", replace_agencies(text.replace(_AGENCY, ""), known, _AGENCY))
    text = _LICENCE.sub("/", text)
    text = _FILLER.sub(" ", text)
    people = []
    for part in _SEPARATORS.split(text):
        name = " ".join(part.split()).strip(".:-–—()[]\"' ")
        if name and not _NOT_A_NAME.fullmatch(name) and name not in people:
            people.append(name)
    return tuple(people)


def persons_in(text: str, known: tuple[Agency, ...]) -> tuple[str, ...]:
    """The people a credit names who are people: :func:`people_in` without the organisations
    ("NASA", "The White House"), which name no photographer."""
    return tuple(p for p in people_in(text, known) if not is_organisation(p))


# "Dupont, Jean", "Okonjo-Iweala, Ngozi A.": one surname, a comma, one or two given names (as
# archives and picture libraries file a creator). "Jo Doe, Ann Lee" is two people, not this.
_INVERTED = re.compile(
    r"^\s*([^\W\d_][\w'’-]*)\s*,\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s*$"
)


def uninverted(name: str) -> str:
    """A name filed surname first ("Dupont, Jean") as it is said ("Jean Dupont"); any other
    text as it is."""
    match = _INVERTED.match(name)
    return f"{match[2]} {match[1]}" if match else name


def same_person(a: str, b: str) -> bool:
    """'Ana Silva' and 'ANA SILVA', 'Ana Silva' within 'Ana Silva Studio', 'A. Silva',
    'Silva, Ana', or 'SILVA Ana' (surname first, as French desks and East Asian names write)."""
    x, y = _normal(uninverted(a)), _normal(uninverted(b))
    if not (x and y):
        return False
    if x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} " or _initialled(x, y):
        return True
    words = x.split()
    return len(words) >= 2 and sorted(words) == sorted(y.split())


def _initialled(x: str, y: str) -> bool:
    """'j dupont' and 'jean dupont', 'j p martin' and 'jean pierre martin': the same surname,
    and each given name the other's or its initial (newsrooms credit "J. Dupont/AFP")."""
    mine, theirs = x.split(), y.split()
    if len(mine) != len(theirs) or len(mine) < 2 or mine[-1] != theirs[-1] or len(mine[-1]) < 2:
        return False
    return all(
        p == q or (len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q))
        for p, q in zip(mine[:-1], theirs[:-1], strict=True)
    )


@dataclass(frozen=True)
class FileEvidence:
    """What the file says about who made the picture and for whom."""

    agencies: tuple[str, ...]  # house names, in the order the file names them
    people: tuple[str, ...]  # everyone named: creators, credit lines, copyright notices
    # the people the file names as its creator (By-line, dc:creator, Artist); only when it names
    # none, the people of its credit line
    creators: tuple[str, ...]
    credit: str  # the credit the file gives, in house form ("" when it names nobody)
    quoted: str  # what the file says, for messages (its own credit line where it has one)
    # Its credit lines name different agencies, or different people: the file gives no credit
    # (``credit`` is ""), none of them is offered, and no creator is taken from them.
    conflicting: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.agencies or self.people)


@functools.lru_cache(maxsize=512)
def file_evidence(meta: ImageMetadata | None, known: tuple[Agency, ...]) -> FileEvidence:
    """Read once per file and agency list: every rule, and the fix guard, asks for it."""
    if meta is None:
        return FileEvidence((), (), (), "", "")
    agencies: list[str] = []
    people: list[str] = []
    named_creators: list[str] = []  # By-line, dc:creator, Artist: the file says who made it
    line_people: list[str] = []  # the people of its credit lines ("Birdlife" may be one)
    credit_lines: list[str] = []
    for _, kind, text in meta.named:
        for agency, _ in agencies_in(text, known):
            if agency.name not in agencies:
                agencies.append(agency.name)
        found: tuple[str, ...] = ()
        if kind == "creator":
            whole = uninverted(" ".join(text.split()))  # ("Dupont, Jean" is Jean Dupont)
            found = (whole,) if not agencies_in(text, known) else people_in(text, known)
            # (AFP's "STR" and "HANDOUT", a "-": no one named, as in a credit's "STR/AFP")
            found = found if people_in(whole, known) else ()
        elif kind in ("credit", "rights"):
            found = people_in(text, known)
            if kind == "credit":
                credit_lines.append(text.strip())
        # (a source names an owner or agency, rarely a person: no people from it)
        for person in found:
            if not any(same_person(person, p) for p in people):
                people.append(person)
            # (an organisation in a credit line, "NASA", is no one's name for the photographer)
            line = kind == "credit" and not is_organisation(person)
            into = named_creators if kind == "creator" else line_people if line else []
            if not any(same_person(person, p) for p in into):
                into.append(person)
    conflicting = _conflicting(credit_lines, known)
    if conflicting:  # which line is right is the writer's to find out: none of them is taken
        creators, credit = named_creators, ""
    else:
        creators = named_creators or line_people
        credit = _file_credit(credit_lines, agencies, creators or people, known)
    quoted = credit_lines[0] if credit_lines else credit
    quoted = shown(quoted)  # a message quotes a credit, not a page
    return FileEvidence(
        tuple(agencies), tuple(people), tuple(creators), credit, quoted, conflicting
    )


def _conflicting(lines: list[str], known: tuple[Agency, ...]) -> tuple[str, ...]:
    """The file's credit lines when two of them disagree: each names an agency the other does
    not ("gettyimages" and "AP Photo/Jo Doe"), or each names people and none in common. One
    line naming more than the other ("Getty Images" and "Jo Doe/Getty Images") is no
    disagreement, nor is the same line twice (XMP and IPTC)."""
    distinct: list[str] = []
    for line in lines:
        if len(line) <= MAX_CREDIT_TEXT and _normal(line) not in map(_normal, distinct):
            distinct.append(line)
    for n, first in enumerate(distinct):
        for second in distinct[n + 1 :]:
            one = {a.name for a, _ in agencies_in(first, known)}
            two = {a.name for a, _ in agencies_in(second, known)}
            if one and two and not (one <= two or two <= one):
                return tuple(distinct)
            mine, theirs = people_in(first, known), people_in(second, known)
            if mine and theirs and not any(same_person(a, b) for a in mine for b in theirs):
                return tuple(distinct)
    return ()


def _file_credit(
    lines: list[str], agencies: list[str], people: list[str], known: tuple[Agency, ...]
) -> str:
    """The credit the file gives, written the way its agency asks: the file's own credit line
    house-spelled when it names the photographer (or the file names nobody); else the agency's
    house form with the first person named, through the distributor the line names ("AFP via
    Getty Images" by Jane Doe is "Jane Doe/AFP via Getty Images"); else the people. A line that
    names someone else ("picture alliance/dpa", by-line Jane Doe) does not stand for the
    photographer: a fix taken from it would drop them."""
    found = [a for a in (by_name(name, known) for name in agencies) if a is not None]
    # the picture's agency, not the distributor the line may name first ("Getty Images/AFP")
    agency = next((a for a in found if not a.distributes), found[0] if found else None)
    line = ""
    if lines:
        line = " ".join(house_spelling(strip_labels(lines[0]), known).split())
        named = agencies_in(line, known)
        if (
            line
            and len(line) <= MAX_CREDIT_TEXT
            and (named or agency is None)
            and (
                not people or any(same_person(p, q) for p in people_in(line, known) for q in people)
            )
            and all(a.pattern is None or a.pattern.match(line) for a, _ in named)
        ):
            return line
    if agency is not None and people:
        return (
            _owners_through(line, people[0], known)
            or _chained(line, people[0], known)
            or _distributed_by(agency, people[0], line, known)
            or credit_through(agency, people[0], line, known)
        )
    if agency is not None:
        return agency.name
    owners = people_in(line, known) if len(line) <= MAX_CREDIT_TEXT else ()
    if people and owners and all(is_organisation(n) for n in owners):
        return "/".join([people[0], *owners])  # "NASA" by Bill Ingalls: "Bill Ingalls/NASA"
    return ", ".join(people)


def _owners_through(line: str, person: str, known: tuple[Agency, ...]) -> str:
    """A handout that came through a distributor ("NASA via Getty Images" by Bill Ingalls) in
    the distributor's form, "Bill Ingalls/NASA via Getty Images"; "" when the line before "via"
    names an agency or anyone but organisations. The distributor's house form alone ("Bill
    Ingalls/Getty Images") dropped the organisation whose picture it is."""
    via = re.search(r"\bvia\b", line, re.IGNORECASE) if len(line) <= MAX_CREDIT_TEXT else None
    if via is None or agencies_in(line[: via.start()], known):
        return ""
    owners = people_in(line[: via.start()], known)
    through = agencies_in(line[via.end() :], known)
    if not owners or not through or not all(is_organisation(n) for n in owners):
        return ""
    names = [person, *(n for n in owners if not same_person(n, person))]  # once ("US Navy")
    return f"{'/'.join(names)} via {through[0][0].name}"


def _chained(line: str, person: str, known: tuple[Agency, ...]) -> str:
    """A distributor's credit naming the agency before it ("EPA-EFE/Shutterstock" by Jane Doe)
    with the photographer in front, when the distributor's own form reads so: "Jane
    Doe/EPA-EFE/Shutterstock"; "" otherwise. The agency's form alone dropped the distributor."""
    named = agencies_in(line, known) if len(line) <= MAX_CREDIT_TEXT else []
    last = named[-1][0] if len(named) > 1 else None
    credit = f"{person}/{line}"
    if last is None or not last.distributes or not line.endswith(f"/{last.name}"):
        return ""
    return credit if last.pattern is not None and last.pattern.match(credit) else ""


def _distributed_by(agency: Agency, person: str, line: str, known: tuple[Agency, ...]) -> str:
    """A line naming a distributor before the agency, without "via" ("Getty Images/AFP" by
    John Doe): the agency's form through the distributor, "John Doe/AFP via Getty Images", when
    the agency's form allows it; "" otherwise. Taken in the order written, the fix credited the
    distributor alone and dropped the agency."""
    if len(line) > MAX_CREDIT_TEXT or re.search(r"\bvia\b", line, re.IGNORECASE):
        return ""
    named = [a for a, _ in agencies_in(line, known)]
    if agency not in named:
        return ""
    through = next((a for a in named[: named.index(agency)] if a.distributes), None)
    if through is None or agency.pattern is None:
        return ""
    credit = f"{agency.credit_for(person)} via {through.name}"
    return credit if agency.pattern.match(credit) else ""


def credit_through(agency: Agency, person: str, line: str, known: tuple[Agency, ...]) -> str:
    """``agency``'s credit for ``person``, "via" the distributor ``line`` (the file's credit
    line) names after it, when the agency's house form allows one ("Name/AFP via Getty Images",
    a handout's "Name/KCNA via Reuters"): the distributor's licence asks for the chain, and the
    file says it."""
    credit = agency.credit_for(person)
    via = re.search(r"\bvia\b", line, re.IGNORECASE) if len(line) <= MAX_CREDIT_TEXT else None
    if via is None:
        return credit
    for other, _ in agencies_in(line[via.end() :], known):
        through = f"{credit} via {other.name}"
        # (a wire carrying a handout, "via AP", is outside the agency's own form)
        form = agency.pattern if other.distributes else None
        if other is not agency and (form is None or form.match(through)):
            return through
    return credit


@dataclass(frozen=True)
class Contradiction:
    agencies: tuple[str, ...]  # the agencies the credit names that the file does not
    people: tuple[str, ...]  # the people the credit names that the file does not
    # The credit names one of the file's agencies too: ``agencies`` are named beside it.
    beside: bool = False

    def words(self) -> str:
        return ", ".join([*self.people, *self.agencies])


def agencies_beside(typed: Iterable[Agency], backed: Collection[str]) -> tuple[str, ...]:
    """The agencies of ``typed`` (a credit's) that ``backed`` (the house names a file or a
    signer names) does not: every one of them when the credit names none of ``backed``, else
    those beside it that do not distribute others' pictures ("Name/AFP via Getty Images")."""
    typed = list(typed)
    beside = any(a.name in backed for a in typed)
    return tuple(a.name for a in typed if a.name not in backed and not (beside and a.distributes))


def contradiction(
    credit: str, evidence: FileEvidence, known: tuple[Agency, ...]
) -> Contradiction | None:
    """How ``credit`` contradicts the file: it names an agency the file does not (beside the
    file's own or instead of it: a distributor beside the file's agency is no contradiction),
    or people and none of the file's. None when it does not (an empty credit contradicts
    nothing; nor does an agency when the file names none, only people)."""
    if evidence.empty or not credit.strip() or len(credit) > MAX_CREDIT_TEXT:
        return None
    return _contradiction(without_hiding(credit), evidence, known)


@functools.lru_cache(maxsize=4096)
def _contradiction(
    credit: str, evidence: FileEvidence, known: tuple[Agency, ...]
) -> Contradiction | None:
    typed_agencies = [a for a, _ in agencies_in(credit, known)]
    beside = any(a.name in evidence.agencies for a in typed_agencies)
    wrong_agencies: tuple[str, ...] = ()
    if evidence.agencies:
        wrong_agencies = agencies_beside(typed_agencies, evidence.agencies)
    wrong_people: tuple[str, ...] = ()
    typed_people = people_in(credit, known)
    # An organisation typed for a picture whose file names its photographer ("NASA" for Bill
    # Ingalls's) names no other photographer: it leaves them out (missing_person). Against a
    # file that names no photographer, only organisations, it is weighed as any name.
    weighed = persons_in(credit, known) if evidence.creators else typed_people
    if evidence.people and weighed:
        if not any(same_person(t, p) for t in typed_people for p in evidence.people):
            wrong_people = tuple(typed_people)
    if wrong_agencies or wrong_people:
        return Contradiction(wrong_agencies, wrong_people, beside and bool(wrong_agencies))
    return None
