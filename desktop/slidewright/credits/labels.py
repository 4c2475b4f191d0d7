"""Recognising credit labels ("Credit:", "Photo by", "Image courtesy of", "©") and caption text in
credits.

A label is any lead-in the page would print twice: the page prints its own credit label, so a
credit typed as "Photo by Ken Sato" reads "Credit: Photo by Ken Sato". The forms found, at the
start of a credit and one after another ("Credit: Photo by Ken Sato"):

- label words and a colon: ``Credit:``, ``Photo:``, ``Photograph:``, ``Pictured:``, ``Foto:``,
  ``Crédit photo :``, ``Crédito:``, ``Fuente:``, ``Bildquelle:``, ``图片：``, ``写真：``, ``Фото:``,
  ``صورة:``;
  ``Image credit -`` is not one (a dash may be a name's own);
- words and "by": ``Photo by``, ``Photographed by``, ``Image by``;
- a noun and "courtesy of": ``Image courtesy of``, ``Photo courtesy of`` (a bare "Courtesy of the
  artist" is a credit line of its own, and stays);
- a copyright sign or word with an optional year: ``©``, ``(c)``, ``Photo ©``, ``Copyright 2024``.

Credits are typed (and pasted) by people, so every pattern here is linear in the length of the
text: no two adjacent parts that can match the same whitespace (``\\s*\\s*``), which made
``re`` try every way of sharing a long run of spaces between them (10k spaces took 1.6 s).
"""

from __future__ import annotations

import re
import unicodedata

_NOUNS = (
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|bild(?:er)?|pictured"
    r"|图片|圖片|照片|摄影|攝影|写真|撮影|фото|صورة)"  # Chinese, Japanese, Russian, Arabic
)
_WORDS = (
    rf"(?:{_NOUNS}(?:\s+credits?)?|credits?(?:\s+line)?|source|courtesy(?:\s+of)?"
    r"|photographer|copyright"
    # French, Spanish, Portuguese, German: "Crédit photo :", "Crédito:", "Fuente:", "Bildquelle:"
    r"|cr[ée]dits?(?:\s+photos?)?|cr[ée]ditos?|fuente|fonte|quelle|bildquelle|bildnachweis)"
)
# The words of one label: "Credit", "Photos", "Photo credit", "Source", "Courtesy of"… (the
# colon and the spaces around it are skipped by hand in _label_end)
_LABEL_WORDS = re.compile(rf"{_WORDS}(?![\w])", re.IGNORECASE)
# Lead-ins that need no colon: "Photo by", "Image courtesy of", "Photographed by".
_BY = re.compile(
    rf"(?:(?:{_NOUNS}|photographed|shot)\s+by|{_NOUNS}\s+courtesy\s+of)(?![\w])",
    re.IGNORECASE,
)
# A copyright mark, with the label word before it optional ("Photo ©") and a year after it.
_SIGN = re.compile(rf"(?:{_NOUNS}\s+)?(?:©|\(c\)|copyright(?![\w]))", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}(?:\s?[-–]\s?\d{4})?(?![\w])")
# A whole text that is nothing but a label; applied to stripped text with the colon removed.
_BARE = re.compile(r"(?:(?:photo|image|picture)s?)?\s*(?:credits?|source)?", re.IGNORECASE)
_DASHES = "–—-"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _after_colon(text: str, end: int) -> int:
    """Past an optional colon (and the spaces after it) at ``end``."""
    pos = _skip_space(text, end)
    if pos < len(text) and text[pos] in ":：":
        return _skip_space(text, pos + 1)
    return pos


def _label_end(text: str, pos: int) -> int | None:
    """Where the label starting at ``pos`` (after whitespace) ends, or None when there is none.

    Linear: each part is matched once at ``pos``, and the spaces before a colon are skipped by
    hand rather than by a second ``\\s*`` the engine could trade characters with."""
    by = _BY.match(text, pos)
    if by is not None:
        return _after_colon(text, by.end())
    sign = _SIGN.match(text, pos)
    if sign is not None:
        end = _skip_space(text, sign.end())
        year = _YEAR.match(text, end)
        if year is not None:
            end = _skip_space(text, year.end())
            if end < len(text) and text[end] == ",":
                end += 1
        return _after_colon(text, end)
    match = _LABEL_WORDS.match(text, pos)
    if match is None:
        return None
    end = _skip_space(text, match.end())
    if end < len(text) and text[end] in ":：":
        return _skip_space(text, end + 1)
    return None


def label_length(text: str) -> int:
    """How many characters of ``text`` (from its start) are labels, leading spaces included."""
    pos = _skip_space(text, 0)
    end = pos
    while (after := _label_end(text, end)) is not None and after > end:
        end = after
    return end if end > pos else 0


def strip_labels(text: str) -> str:
    """'Credit: Photo by Jana' -> 'Jana'; '© 2024 Jana' -> 'Jana'."""
    return text[label_length(text) :].strip()


def has_label(text: str) -> bool:
    return label_length(text) > 0


def visible(text: str) -> str:
    """``text`` without invisible format characters (zero-width space, joiners, a byte-order
    mark, direction marks): a credit of nothing else prints as nothing."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


# Characters that never show and never belong inside a Latin word: a soft hyphen, a zero-width
# space, a word joiner, a byte-order mark, and the overrides that print a word's letters the
# other way round ("\u202eAFP" shows "PFA"). Direction marks, embeddings and isolates only
# order words in right-to-left text, and stay.
_HIDING = frozenset("\u00ad\u200b\u2060\ufeff\u202d\u202e")
_JOINERS = frozenset("\u200c\u200d")  # a Persian or Indic word's own spelling; not a Latin one's


def without_hiding(text: str) -> str:
    """``text`` without the characters that hide a word from a search while the page shows it
    (:data:`_HIDING`, and a zero-width joiner or non-joiner between Latin letters or at an end)."""
    if text.isascii():
        return text
    kept = []
    for at, char in enumerate(text):
        if char in _HIDING:
            continue
        if char in _JOINERS:
            around = text[at - 1 : at] + text[at + 1 : at + 2]
            if around.isascii():
                continue
        kept.append(char)
    return "".join(kept)


def is_bare_label(text: str) -> bool:
    """Empty (or only invisible characters), or nothing but a label ('Credit:', 'Photo',
    'Photo by')."""
    text = visible(text)
    body = text.strip()
    if body.endswith((":", "：")):
        body = body[:-1].rstrip()
    return _BARE.fullmatch(body) is not None or (has_label(text) and not strip_labels(text))


def split_caption(credit: str) -> tuple[str, str] | None:
    """('Depositphotos', 'PARIS, FRANCE – May 2, 2019: The mayor…') when caption text follows the
    credit after a spaced dash; None when the credit is just a credit.

    The dash is the first one with whitespace on both sides (what ``\\s+[–—-]\\s+`` would find),
    found by looking at each dash once."""
    text = credit.strip()
    for index, char in enumerate(text):
        if (
            char in _DASHES
            and 0 < index < len(text) - 1
            and text[index - 1].isspace()
            and text[index + 1].isspace()
        ):
            head, rest = text[:index].strip(), text[index + 1 :].strip()
            if not head or len(head.split()) > 6 or len(rest.split()) < 4:
                return None
            return head, rest
    return None
