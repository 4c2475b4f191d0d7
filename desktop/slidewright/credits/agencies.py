"""Picture agencies: house spellings and credit patterns, from resources/credits/agencies.json,
plus the writer's own agencies (Preferences ▸ Agencies, ``check --agency``), which the core takes
as a parameter: :func:`catalogue` of those names is the list every rule reads."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.packagedata import read_text
from slidewright.provenance.lookalikes import as_latin

MAX_OWN = 200  # a preferences list, not a database
MAX_OWN_NAME = 80
# Agencies are looked for in a text's first 64K characters: a credit is a line, and each of the
# list's agencies reading all of a 5 MB one, several times per rule, took a minute.
READ_AT_MOST = 1 << 16


@dataclass(frozen=True, eq=False)  # one object per agency (catalogue is cached): hashed by id
class Agency:
    name: str
    variants: re.Pattern[str]
    pattern: re.Pattern[str] | None
    example: str
    format: str
    credit_required: bool = True  # False: its licence does not ask for a credit (Unsplash)
    licence: str = ""
    licence_url: str = ""
    licence_note: str = ""
    own: bool = False  # one of the writer's own, from the preferences
    # It also distributes other agencies' pictures ("Name/AFP via Getty Images"): named beside
    # the agency the picture's file names, it does not contradict the file.
    distributes: bool = False
    # Its bare name is also a surname ("Anna Getty", "Michael Bloomberg"): after a given name it
    # names a person, not the agency.
    surname: bool = False

    def credit_for(self, creator: str) -> str:
        """The credit this agency asks for, naming ``creator``."""
        return self.format.format(creator=creator)

    def house_form(self) -> Message:
        """How a credit naming this agency reads, for messages ('AFP credits read "Name/AFP"')."""
        house = QT_TRANSLATE_NOOP("Agency", '{agency} credits read "{example}"')
        return house.format(agency=self.name, example=self.example)


# Letters of the scripts written without spaces between words (Han, kana, Hangul): beside one,
# a name still ends ("写真：AFP通信" names AFP, "李明/新华社" Xinhua).
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORD_NOT_UNSPACED = rf"[^\W{_UNSPACED}]"


def _variants(names: Iterable[str], match_case: bool) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{v})" for v in names)
    flags = 0 if match_case else re.IGNORECASE
    edge = _WORD_NOT_UNSPACED
    return re.compile(rf"(?<!{edge})(?<!\.)(?:{alternatives})(?!{edge})", flags)


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    """The built-in list (resources/credits/agencies.json)."""
    data = json.loads(read_text("credits", "agencies.json"))
    result = []
    for entry in data["agencies"]:
        result.append(
            Agency(
                name=entry["name"],
                variants=_variants(
                    [*entry["variants"], re.escape(entry["name"])], bool(entry.get("match_case"))
                ),
                pattern=re.compile(entry["pattern"]) if entry.get("pattern") else None,
                example=entry.get("example", ""),
                format=entry.get("format") or "{creator}/" + entry["name"],
                credit_required=entry.get("credit_required", True),
                licence=entry.get("licence", ""),
                licence_url=entry.get("licence_url", ""),
                licence_note=entry.get("licence_note", ""),
                distributes=bool(entry.get("distributes")),
                surname=bool(entry.get("surname")),
            )
        )
    return tuple(result)


@functools.lru_cache(maxsize=32)
def catalogue(own: tuple[str, ...] = ()) -> tuple[Agency, ...]:
    """The built-in agencies and the writer's own ``own`` names (house spelling as written; a
    name the list knows already, in any spelling, is not added twice)."""
    built_in = agencies()
    extra: list[Agency] = []
    seen: set[str] = set()
    for raw in own[:MAX_OWN]:
        name = " ".join(raw.split())[:MAX_OWN_NAME]
        if not name or name.casefold() in seen or any(a.variants.fullmatch(name) for a in built_in):
            continue
        seen.add(name.casefold())
        extra.append(
            Agency(
                name=name,
                variants=_variants([re.escape(name).replace(r"\ ", r"\s+")], False),
                pattern=None,
                example=f"Name/{name}",
                format="{creator}/" + name,
                own=True,
            )
        )
    return built_in + tuple(extra)


# A given name before a surname-agency ("Anna Getty"): a capitalised word, then spaces only.
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_'’-]{0,30})\s{1,3}$")
# Words before an agency's name that are no one's given name ("Photo Getty", "Via Getty").
_NOT_GIVEN_NAMES = frozenset(
    "photo photos foto fotos image images picture pictures bild credit credits source quelle "
    "via by courtesy copyright pool handout file staff stock and und et".split()
)


def _in_a_name(agency: Agency, text: str, match: re.Match[str]) -> bool:
    """Is this mention a person's name? A surname-agency's bare name after a given name ("Anna
    Getty", "Anna GETTY" and "ANNA GETTY" as some desks write surnames); and the first word of
    an agency's longer name written alone, which is also someone's surname or given name
    ("Thandi Zuma" is no ZUMA Press, "Mads Ritzau" no Ritzau Scanpix, "Jiji Tanaka" no Jiji
    Press). Only a bare name counts ("Getty Images" names the agency), never an abbreviation
    ("Jo Doe AFP")."""
    word = match.group()
    if not word.isalpha() or not (word.istitle() or word.isupper()):
        return False
    shortened = " " in agency.name and word.casefold() != agency.name.casefold()
    if not agency.surname and not (shortened and not _is_abbreviation(agency, word)):
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is not None and _given_name(before.group(1), word):
        return True
    if not shortened:
        return False
    after = _TOKEN_AFTER.match(text, match.end(), match.end() + 40)  # "Jiji Tanaka"
    return after is not None and _given_name(after.group(1), word)


def _given_name(name: str, beside: str) -> bool:
    """Could ``name``, written beside the agency's word ``beside``, be part of a person's name:
    a capitalised word ("Anna"), or one in capitals beside a word in capitals ("ANNA GETTY"),
    that is no credit's label or link ("Photo Getty", "Via Getty", "Zuma Press")?"""
    if name.casefold() in _NOT_GIVEN_NAMES or name.casefold() in _BESIDE_AN_AGENCY:
        return False
    if name[:1].isupper() and name[1:2].islower():
        return name.isalpha()
    return beside.isupper() and name.isupper() and name.isalpha() and len(name) >= 3


# The word right before or after an agency's abbreviation, with nothing but spaces between.
_TOKEN_BEFORE = re.compile(r"([\w.'’&]*[^\W\d_][\w.'’&]*)\s{1,3}$")
_TOKEN_AFTER = re.compile(r"\s{1,3}([\w'’&]*[^\W\d_][\w'’&.]*)")
# Words that may stand beside an agency's abbreviation in a credit without making it part of
# another name: labels and links of the credit ("Photo by EPA", "Jo Doe via AFP") before it,
# the agency's own services ("AP Photo", "PA Media", "ANP Foto") after it.
_BESIDE_AN_AGENCY = frozenset(
    "photo photos foto fotos image images picture pictures bild credit credits source quelle "
    "via by von par por courtesy of de copyright pool handout file staff stringer str and und et "
    "y or ou oder o for für pour para media wire news archive archives kippa photographer fotograf "
    "photographe fotógrafo".split()
)


def _is_abbreviation(agency: Agency, written: str) -> bool:
    """``written`` is the agency's name as a short abbreviation ("EPA", "epa", "A.F.P.")."""
    name = agency.name
    short = " " not in name and len(name) <= 5 and (name.isupper() or name.islower())
    return short and written.replace(".", "").casefold() == name.casefold()


def _in_an_organisation(agency: Agency, text: str, match: re.Match[str]) -> bool:
    """Is this abbreviation part of another organisation's name ("U.S. EPA", "NSW EPA", "EPA
    Victoria") or a mention in prose ("the EPA's own photo")? A word joined to it by spaces
    alone, other than a credit's label or link or the agency's own service, makes one name
    with it; an agency stands apart ("Jo Doe/EPA", "EPA-EFE/Jo Doe", "Photo: EPA")."""
    if not _is_abbreviation(agency, match.group()):
        return False
    before = _TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is not None and before.group(1).rstrip(".").casefold() not in _BESIDE_AN_AGENCY:
        return True
    after = _TOKEN_AFTER.match(text, match.end(), match.end() + 40)
    return after is not None and after.group(1).rstrip(".").casefold() not in _BESIDE_AN_AGENCY


def mentions(agency: Agency, latin: str, text: str = "") -> Iterator[re.Match[str]]:
    """Where ``latin`` (:func:`as_latin` of ``text``: the matches are at the same places in the
    text) names ``agency``, leaving out surnames ("Anna Getty") and abbreviations that are part
    of another organisation's name ("U.S. EPA"); when it does not, where ``text`` itself does (a
    name in Cyrillic, "Рейтер", whose letters :func:`as_latin` reads as look-alikes of Latin
    ones)."""
    found = (
        m
        for m in agency.variants.finditer(latin)
        if not _in_a_name(agency, latin, m) and not _in_an_organisation(agency, latin, m)
    )
    first = next(found, None)
    if first is not None:
        yield first
        yield from found
    elif text and text != latin:
        yield from agency.variants.finditer(text)


def agencies_in(
    text: str, known: tuple[Agency, ...] | None = None
) -> list[tuple[Agency, re.Match[str]]]:
    """Each agency named in ``text``, with where it is named (first mention; the match is in
    :func:`as_latin` of ``text``: ``text[match.start():match.end()]`` is what was written), in
    the order the text names them ("Bloomberg via Getty Images" is Bloomberg's, then Getty's;
    not the list's order)."""
    text = text[:READ_AT_MOST]
    if not text or text.isspace():  # most slides' empty fields: nothing to read
        return []
    return list(_agencies_in(text, agencies() if known is None else known))


@functools.lru_cache(maxsize=512)
def _agencies_in(text: str, known: tuple[Agency, ...]) -> tuple[tuple[Agency, re.Match[str]], ...]:
    """agencies_in, once a text: each slide's credit is read by several rules in one check, and
    every one of the list's agencies is a pattern to run over it (the agencies are hashed by
    identity: the writer's own, made again when the preferences change, are new keys)."""
    found = []
    latin = as_latin(text)
    for agency in known:
        first = next(mentions(agency, latin, text), None)
        if first is not None:
            found.append((agency, first))
    return tuple(sorted(found, key=lambda pair: pair[1].start()))


def replace_agencies(text: str, known: tuple[Agency, ...] | None, by: str | None = None) -> str:
    """``text`` with every mention of an agency replaced by ``by`` (None: its house name), in
    its first :data:`READ_AT_MOST` characters."""
    text, rest = text[:READ_AT_MOST], text[READ_AT_MOST:]
    if not text or text.isspace():
        return text + rest
    for agency in agencies() if known is None else known:
        parts, at = [], 0
        for match in mentions(agency, as_latin(text), text):
            parts += [text[at : match.start()], agency.name if by is None else by]
            at = match.end()
        text = "".join(parts) + text[at:] if parts else text
    return text + rest


def house_spelling(text: str, known: tuple[Agency, ...] | None = None) -> str:
    """``text`` with every agency written the house way (in Latin letters)."""
    return replace_agencies(text, known)


def by_name(name: str, known: tuple[Agency, ...] | None = None) -> Agency | None:
    for agency in agencies() if known is None else known:
        if agency.name == name:
            return agency
    return None
