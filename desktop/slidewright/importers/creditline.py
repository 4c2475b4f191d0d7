"""Credit lines as pages print them, in any label style.

Pages label credits every way a CMS theme can: ``Credit: X``, ``Photo credit – X``, ``Photo by X``,
``Image courtesy of X``, ``© X``, ``Photo © X``, no label at all (``Getty Images``,
``Name/Agency``: importers/barecredit.py), ``[Photo: X]``, or a caption followed by its credit
(``Snow on the pier. Photo: X``). Each is read here into one credit and, where the line held one,
a caption. Every pattern is anchored and linear, and lines longer than any credit line are not
looked at, so a pasted page of one enormous line costs nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from slidewright.credits.labels import split_caption, strip_labels
from slidewright.importers.barecredit import strong_bare_credit
from slidewright.importers.languages import CREDIT_BY, CREDIT_LABELS

MAX_CREDIT_LINE = 400  # a caption and its credit; a paragraph is not a credit line
# left-to-right and right-to-left marks, embeddings and isolates: invisible, around RTL words
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NO_BIDI = dict.fromkeys(map(ord, BIDI_MARKS), None)
MAX_CREDIT_WORDS = 12  # the credit itself: a name and an agency, not a sentence

_LABEL = (
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|foto)"
    r"(?:\s+(?:credits?|source))?|credits?|source|image\s+source|courtesy(?:\s+of)?|"
    rf"{CREDIT_LABELS})"  # "Crédit photo : X", "Bild: X", "Credito: X" (importers/languages.py)
)
# "Credit: X", "Photo credit - X", "PHOTO — X" (a colon, or a spaced dash)
_LABELLED = re.compile(rf"^{_LABEL}\s?(?:[:：]|\s[–—-]|©)\s*(?P<credit>\S.*)$", re.I)
# "Photo by X", "Image courtesy of X", "Picture via X", "Courtesy X"
_BY = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|courtesy\s+of|via|from)"
    rf"|courtesy(?:\s+of)?|{CREDIT_BY})\s+(?P<credit>\S.*)$",
    re.I,
)
# "© X", "(c) X", "Copyright X"
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?P<credit>\S.*)$", re.I)
# a caption, then its credit: "Snow on the pier. Photo: X", "… | Credit: X", "… (Photo: X)",
# "浜辺の朝（写真：X）"; after a sentence also a label with no colon, "Plaża o świcie. Fot. X"
_SENTENCE_END = r"(?:[.!?؟]\s+|[。！？]\s*)"
_TAIL = re.compile(
    rf"{_SENTENCE_END}(?=(?:(?:photo(?:graph)?|image|picture)s?\s+by|{CREDIT_BY})\s)|"
    rf"(?:{_SENTENCE_END}|\s[|·•–—-]\s+|\s\(|\s\[|\s?（)"
    rf"(?=(?:{_LABEL})\s?(?:[:：]|\s[–—-]|©)|©)",
    re.I,
)
_FOOTER = re.compile(r"all\s+rights\s+reserved|privacy|cookies?\b", re.I)
CAPTION_LINE = re.compile(r"^caption\s*[:：]\s*(?P<caption>\S.*)$", re.I)
# "Image: a red lacquered bridge over a fast river": the picture's alt text, copied as text
_ALT_LINE = re.compile(
    r"^(?i:alt(?:\s+text)?|image\s+description|description|image|photo|picture)\s*[:：]\s*"
    r"(?P<alt>(?i:an?|the|two|three|several|close-up|aerial|view)\b.*|[a-z].*)$",
)
MIN_ALT_WORDS = 4


def read_alt_line(line: str) -> str:
    """The alt text an "Image: a …" line copied from the page holds, or "". A credit names
    people or agencies (capitalised); alt text describes the picture in a lower-case phrase."""
    found = _ALT_LINE.match(line.strip())
    if found is None and line[:4].lower() in ("alt:", "alt "):
        found = re.match(r"^alt(?:\s+text)?\s*[:：]\s*(?P<alt>\S.*)$", line.strip(), re.I)
    if found is None:
        return ""
    alt = found.group("alt").strip()
    if len(alt.split()) < MIN_ALT_WORDS or strong_bare_credit(alt) is not None:
        return ""
    return alt


@dataclass(frozen=True)
class CreditLine:
    credit: str
    caption: str = ""
    label_style: str = "label"  # "label", "by", "copyright", "after-caption", "bare"


def _unwrap(line: str) -> str:
    """'[Photo: X]', '(Credit: X)' and '（写真：X）' (full-width) without their brackets."""
    if len(line) > 2 and (line[0], line[-1]) in (("[", "]"), ("(", ")"), ("（", "）")):
        return line[1:-1].strip()
    return line


def _credit_only(line: str) -> CreditLine | None:
    """The line is nothing but a credit (with its label)."""
    line = _unwrap(line.strip())
    for pattern, style in ((_LABELLED, "label"), (_BY, "by"), (_COPYRIGHT, "copyright")):
        match = pattern.match(line)
        if match is None:
            continue
        credit = strip_labels(match.group("credit").strip())
        if style == "copyright" and _FOOTER.search(credit):
            return None  # "© 2026 Harbour News. All rights reserved." is the site's footer
        split = split_caption(credit)
        if split is not None:
            return CreditLine(split[0], split[1], style)
        if not credit or (style != "label" and len(credit.split()) > MAX_CREDIT_WORDS):
            return None
        return CreditLine(credit.rstrip(".") if style == "by" else credit, "", style)
    return None


@functools.lru_cache(maxsize=4096)  # the text importer asks about each block several times
def read_credit_line(line: str) -> CreditLine | None:
    """The credit (and caption) a line holds, or None when it is not a credit line."""
    line = line.translate(_NO_BIDI).strip()
    if not line or len(line) > MAX_CREDIT_LINE:
        return None
    found = _credit_only(line)
    if found is not None:
        return found
    if (bare := strong_bare_credit(line)) is not None:  # "Getty Images", "Rafi Cohen/Alamy"
        return CreditLine(bare, "", "bare")
    tail = _TAIL.search(line)
    if tail is None:
        return _bare_tail(line)
    caption = line[: tail.start() + 1].strip().rstrip("|·•–—-([（").strip()
    rest = line[tail.end() :].strip()
    if line[tail.end() - 1] in "([（":
        rest = line[tail.end() - 1 :].strip()
    found = _credit_only(rest)
    if found is None or not caption or len(found.credit.split()) > MAX_CREDIT_WORDS:
        return None
    return CreditLine(found.credit, caption, "after-caption")


# "Jewellers' shops hang over the Arno. (Getty Images)": an agency alone in brackets at the end
_BRACKETED_END = re.compile(r"\s[(\[](?P<credit>[^()\[\]]{2,80})[)\]]\.?$")


def _bare_tail(line: str) -> CreditLine | None:
    """A caption ending with its credit in brackets, unlabelled: only a credit no sentence could
    be (an agency, "Name/Agency"), so "on the Arno (Florence)" stays a caption."""
    found = _BRACKETED_END.search(line)
    if found is None or (credit := strong_bare_credit(found.group("credit"))) is None:
        return None
    caption = line[: found.start()].strip()
    return CreditLine(credit, caption, "after-caption") if caption else None


def is_credit_line(line: str) -> bool:
    return read_credit_line(line) is not None
