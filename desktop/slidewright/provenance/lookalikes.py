"""Letters of other alphabets drawn like Latin ones ("АFP" with a Cyrillic А), for the credit
checker (which reads such a name as the agency it copies) and the Content Credentials line (which
says when a signer's name mixes alphabets: a certificate anyone can make may copy an agency's
name that way). Here, below both, so that neither imports the other for it."""

from __future__ import annotations

import re
import unicodedata

# One letter for one letter, so a match in the Latin reading is at the same place in the text.
_LOOKALIKES = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеорсхуіјѕһԁԛԝ"  # Cyrillic
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοκ"  # Greek
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "ABCEHIJKMOPSTXYaeopcxyijshdqw"
    "ABEZHIKMNOPTYXok"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)

_WORD = re.compile(r"\w+")
_OTHER_ALPHABETS = ("CYRILLIC", "GREEK", "FULLWIDTH")


def as_latin(text: str) -> str:
    """``text`` with look-alike letters of other alphabets read as the Latin ones they copy."""
    return text.translate(_LOOKALIKES)


def mixed_words(text: str) -> list[str]:
    """The words of ``text`` that mix Latin letters with Cyrillic, Greek or full-width ones
    ("АFP", "Jеan" with a Cyrillic е). A name wholly in one alphabet ("ТАСС") is just a name."""
    return [
        word
        for word in _WORD.findall(text)
        if not word.isascii()
        and any("a" <= c.lower() <= "z" for c in word)
        and any(unicodedata.name(c, "").startswith(_OTHER_ALPHABETS) for c in word)
    ]


def mixes_alphabets(text: str) -> bool:
    return bool(mixed_words(text))


def latin_words(text: str) -> str:
    """``text`` with each word that mixes alphabets written in Latin letters (other words, in
    whatever alphabet, as they are)."""
    return _WORD.sub(
        lambda m: as_latin(m.group()) if mixes_alphabets(m.group()) else m.group(), text
    )
