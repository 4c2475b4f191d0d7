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


def mixes_alphabets(text: str) -> bool:
    """Does a word of ``text`` mix Latin letters with Cyrillic, Greek or full-width ones ("АFP")?
    A name wholly in one alphabet ("ТАСС") is just a name."""
    for word in _WORD.findall(text):
        if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
            continue
        if any(unicodedata.name(c, "").startswith(_OTHER_ALPHABETS) for c in word):
            return True
    return False
