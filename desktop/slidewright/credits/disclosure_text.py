"""A caption or credit cut into words for :mod:`.disclosure`: one pass, words compared
without case and accents, and phrases of a few words looked up by their first word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])+\.?"  # A.I., K.I.
    r"|\d+(?:[.,]\d+)*"
    r"|\w[\w\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]*"  # marks: مولّدة
    r"(?:['’]\w+)*"  # l'IA, isn't: split below
    r"|(?<!\S)-(?!\S)|[–—]"  # a dash between words ("Boats - Midjourney"), not a hyphen
    r"|[.;:!?()\[\]{}|/,…&+=؟،؛]"
)
_ARABIC_PUNCTUATION = {"؟": "?", "،": ",", "؛": ";"}  # read as the Latin marks they are
_APOSTROPHE = re.compile(r"['’]")
_HYPHENS = frozenset("-‐‑")


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word without case and accents: "Générée" and "generee" are the same word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Words:
    """A text cut into words and punctuation: ``folded`` to compare, ``raw`` for capitals."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]
    # For each word: is it joined to the word before by a hyphen ("AI-generated")? A compound
    # says what the picture is; "AI made headlines" is a sentence about AI.
    hyphened: tuple[bool, ...]


def split_words(text: str) -> Words:
    """The text's words and punctuation in one pass; a hyphen or an apostrophe only separates
    ("AI-generated", "l'IA"), except in "isn't"."""
    raw: list[str] = []
    hyphened: list[bool] = []
    after = -2  # where the previous token ended
    for match in _TOKEN.finditer(text):
        token = match.group()
        joined = match.start() == after + 1 and text[after] in _HYPHENS
        after = match.end()
        if token[0].isalpha() and token[1:2] == ".":
            words = [token.replace(".", "")]  # A.I. is AI
        elif "'" in token or "’" in token:
            parts = _APOSTROPHE.split(token)
            if len(parts) == 2 and parts[1].lower() == "t" and parts[0].lower().endswith("n"):
                words = [f"{parts[0]}'t"]  # isn't, don't: one word, a negation
            else:
                words = [part for part in parts if part]  # l'IA, dall'intelligenza
        else:
            words = [_ARABIC_PUNCTUATION.get(token, token)]
        raw += words
        hyphened += [joined] + [False] * (len(words) - 1)
    return Words(tuple(raw), tuple(fold(word) for word in raw), tuple(hyphened))


class Phrases:
    """Phrases of one or a few words, looked up by their first word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._starts: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            folded = split_words(phrase).folded
            if folded:
                self._starts.setdefault(folded[0], []).append(folded)
        for candidates in self._starts.values():
            candidates.sort(key=len, reverse=True)

    def firsts(self) -> set[str]:
        return set(self._starts)

    def end(self, text: Words, i: int) -> int:
        """Where the longest phrase starting at word ``i`` ends, or -1."""
        if i < 0 or i >= len(text.folded):
            return -1
        for phrase in self._starts.get(text.folded[i], ()):
            if len(phrase) == 1 or text.folded[i : i + len(phrase)] == phrase:
                return i + len(phrase)
        return -1
