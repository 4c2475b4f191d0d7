"""Bytes of a source file as text: the encodings a saved page or a pasted draft really comes in.

A page saved by Windows tools may be UTF-16 (with its byte-order mark, often also saying
``charset=utf-16``); a draft copied out of another program may carry one stray NUL. Neither is a
binary file. What is binary is decided on the first ``SAMPLE`` bytes only, by how much of them is
not text: many NULs or control characters (an image, an archive, a program).

Bytes that are not UTF-8 are read in the encoding the page declares (``<meta charset=…>``: a
Polish page saved as ISO-8859-2, a Japanese one as Shift_JIS), else as UTF-8 with only the bytes
that break it read as Windows-1252: a UTF-8 page with one pasted Latin-1 name kept its other
letters instead of turning every "é" into "Ã©"."""

from __future__ import annotations

import codecs
import re

SAMPLE = 8192
# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}  # tab, newlines, form feed, and ESC (terminal colours)


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_DECLARED_SPAN = 4096  # the declaration is in the page's head, near the top
# Pages declaring these mean Windows-1252 (as browsers read them): 0x80-0x9F are its quotes, dashes
_MEANS_CP1252 = {"latin_1", "iso8859-1", "ascii", "cp1252"}


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler: the bytes UTF-8 could not read, read as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


codecs.register_error("slidewright-cp1252", _cp1252_bytes)


def _declared(raw: bytes) -> str:
    """The codec the page's ``<meta charset>`` names, when Python knows it and it is not UTF-8."""
    found = _CHARSET.search(raw[:_DECLARED_SPAN])
    if found is None:
        return ""
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return ""
    if name in _MEANS_CP1252 or name.startswith("utf"):
        return ""  # UTF-8 (or a UTF-16 label on 8-bit bytes) and Latin-1: the fallback's job
    return name


class NotText(ValueError):
    """The bytes are a binary file's, not text."""


def _bom(raw: bytes) -> tuple[str, bytes] | None:
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return encoding, raw[len(mark) :]
    return None


def _utf16_without_bom(sample: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when the sample is mostly ASCII written two bytes a letter
    (every other byte NUL), else ''."""
    if len(sample) < 16:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return ""


def _looks_binary(sample: bytes) -> bool:
    """More than a stray NUL or two (1 % of the sample, at least 4), or more than 10 % control
    characters that text does not use."""
    if not sample:
        return False
    if sample.count(0) > max(4, len(sample) // 100):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return controls > len(sample) // 10


def decode_text(raw: bytes) -> str:
    """The text of ``raw`` (UTF-8, UTF-16/32 with a byte-order mark or plainly two bytes a
    letter, else the declared encoding, else UTF-8 with Windows-1252 for the bytes that are not),
    without NULs; raises NotText for a binary file's bytes."""
    found = _bom(raw)
    if found is None and (encoding := _utf16_without_bom(raw[:SAMPLE])):
        found = encoding, raw
    if found is not None:
        encoding, body = found
        text = body.decode(encoding, errors="replace")
        if _looks_binary(text[:SAMPLE].encode("utf-8", errors="replace")):
            raise NotText("not text")
        return text.replace("\x00", "")
    if _looks_binary(raw[:SAMPLE]):
        raise NotText("not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = _declared(raw)
        text = raw.decode(
            declared or "utf-8", errors="replace" if declared else "slidewright-cp1252"
        )
    return text.replace("\x00", "")
