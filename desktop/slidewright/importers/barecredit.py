"""Credit lines with no label at all: ``Getty Images``, ``Rafi Cohen/Getty Images``,
``Mina Sato / Shutterstock``, ``ESA/Hubble``, ``(NASA/JPL-Caltech)``.

Many pages print the credit under the picture as nothing but the names. Read as text, such a line
is short and heading-shaped, so without this it became a slide of its own and the real slide lost
its credit. Two strengths are told apart, so real one-line body text is not swallowed:

- *strong*: a known agency (credits/agencies.json) alone or on one side of a slash, or a
  ``Name/Agency`` pair in brackets. Pages print these only as credits, so they count anywhere.
- *shape only*: ``Name/Name`` of capitalised words (``ESA/Hubble``). A heading could look like that
  (``Rome/Florence``), so the text importer counts it only where a credit sits: right under a slide
  heading, or just above one where the page puts the image before the heading.
"""

from __future__ import annotations

import re

from slidewright.credits.agencies import agencies

MAX_BARE_CREDIT = 80  # a name and an agency; a longer line is text
MAX_SIDE_WORDS = 4
# a capitalised word in any script ("Cohen", "ESA", "O'Neill", "JPL-Caltech", "Łukasz")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PARTICLES = {
    "de",
    "da",
    "del",
    "der",
    "den",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "y",
    "bin",
    "al",
    "&",
}
_SLASH = re.compile(r"\s?/\s?")


def _agency(text: str) -> bool:
    return any(a.variants.fullmatch(text) for a in agencies())


def _name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_SIDE_WORDS
        and words[0][0].isupper()
        and all(w in _PARTICLES or (w[0].isupper() and _WORD.fullmatch(w)) for w in words)
        and not any(c.isdigit() for c in text)
    )


def _unbracket(line: str) -> tuple[str, bool]:
    if len(line) > 2 and (line[0], line[-1]) in (("(", ")"), ("[", "]")):
        return line[1:-1].strip(), True
    return line, False


def _sides(text: str) -> list[str] | None:
    parts = _SLASH.split(text)
    if len(parts) != 2 or text.count("/") != 1:
        return None
    return [p.strip() for p in parts]


def strong_bare_credit(line: str) -> str | None:
    """The credit an unlabelled line holds when only a credit looks like it, else None."""
    text, bracketed = _unbracket(" ".join(line.split()))
    if not text or len(text) > MAX_BARE_CREDIT:
        return None
    if _agency(text):
        return text
    sides = _sides(text)
    if sides is None:
        return None
    known = [_agency(s) for s in sides]
    if any(known) and all(k or _name(s) for k, s in zip(known, sides, strict=True)):
        return text
    if bracketed and all(_name(s) for s in sides):
        return text
    return None


def credit_shaped(line: str) -> str | None:
    """``Name/Name`` with no label: a credit only where a credit sits (the caller checks)."""
    text = " ".join(line.split())
    if len(text) > MAX_BARE_CREDIT:
        return None
    found = strong_bare_credit(text)
    if found is not None:
        return found
    sides = _sides(text)
    return text if sides is not None and all(_name(s) for s in sides) else None
