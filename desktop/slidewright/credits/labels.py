"""Recognising credit labels ("Credit:", "Photos:", "Image credit -") and caption text in credits.

Credits are typed (and pasted) by people, so every pattern here is linear in the length of the
text: no two adjacent parts that can match the same whitespace (``\\s*\\s*``), which made
``re`` try every way of sharing a long run of spaces between them (10k spaces took 1.6 s).
"""

from __future__ import annotations

import re

_WORDS = (
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|pics?)(?:\s+credits?)?|credits?|source"
    r"|courtesy(?:\s+of)?)"
)
# The words of one label: "Credit", "Photos", "Photo credit", "Source", "Courtesy of"… (the
# colon and the spaces around it are skipped by hand in _label_end)
_LABEL_WORDS = re.compile(_WORDS, re.IGNORECASE)
# A whole text that is nothing but a label; applied to stripped text with the colon removed.
_BARE = re.compile(r"(?:(?:photo|image|picture)s?)?\s*(?:credits?|source)?", re.IGNORECASE)
_DASHES = "–—-"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _label_end(text: str, pos: int) -> int | None:
    """Where the label starting at ``pos`` (after whitespace) ends, or None when there is none.

    Linear: the words part is matched once, then the spaces before the colon are skipped by
    hand rather than by a second ``\\s*`` the engine could trade characters with."""
    match = _LABEL_WORDS.match(text, pos)
    if match is None:
        return None
    end = _skip_space(text, match.end())
    if end < len(text) and text[end] in ":：":
        return _skip_space(text, end + 1)
    return None


def strip_labels(text: str) -> str:
    """'Credit: Photo: Jana' -> 'Jana'."""
    pos = _skip_space(text, 0)
    while (end := _label_end(text, pos)) is not None:
        pos = end
    return text[pos:].strip()


def has_label(text: str) -> bool:
    return _label_end(text, _skip_space(text, 0)) is not None


def is_bare_label(text: str) -> bool:
    """Empty, or nothing but a label ('Credit:', 'Photo')."""
    body = text.strip()
    if body.endswith((":", "：")):
        body = body[:-1].rstrip()
    return _BARE.fullmatch(body) is not None


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
