"""Text that was UTF-8 once and was read as Windows-1252 on its way to the writer: "CafÃ©",
"donâ€™t", "Â£5". A page published broken (or copied out of a program that misread it) pastes
like that; each such run of characters is turned back into the letters it was.

A run is a UTF-8 lead byte's Windows-1252 character followed by exactly the continuation bytes'
characters it needs, and it is replaced only when those bytes decode as UTF-8 to a letter or
mark pages use: "Été", "naïve" or "São" never have that shape, so a page written right is left
alone; a lone two-letter run is left too (it may be meant).
"""

from __future__ import annotations

import functools
import re

from slidewright.importers.note_text import letters_put_back

# Windows-1252's characters for the bytes 0x80-0xBF (UTF-8's continuation bytes); the five
# bytes it leaves undefined are read as the C1 controls of the same number
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
)
_CONT = f"[{re.escape(_CONTINUATION)}]"
_RUN = re.compile(
    rf"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}|"
    rf"\u00e2\u20ac(?!{_CONT})"  # "â€" then nothing: the ” whose last byte (0x9D) was lost
)
_LOST_QUOTE = "\u00e2\u20ac"


# What a repaired run may stand for: letters and punctuation of the scripts pages are written in
# (Latin, Greek, Cyrillic, Hebrew and Arabic letters, quotes and dashes, currency, CJK, emoji).
# "Fuß“" is ß then a quote, not the NKo letter its bytes would make, and stays as written.
_PLAUSIBLE = (
    (0x00A0, 0x024F), (0x0370, 0x052F), (0x05D0, 0x05F4), (0x0600, 0x06FF), (0x1E00, 0x1EFF),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x215F), (0x2190, 0x21FF), (0x2600, 0x27BF),
    (0x3000, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xFF00, 0xFFEF), (0x1F300, 0x1FAFF),
)  # fmt: skip


@functools.lru_cache(maxsize=4096)  # a misread page repeats the same few runs thousands of times
def _back(run: str) -> str:
    """The character ``run``'s bytes make in UTF-8, or ``run`` itself when they make none or an
    implausible one."""
    if run == _LOST_QUOTE:
        return "”"
    data = bytearray()
    for char in run:
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:  # a byte Windows-1252 leaves undefined, kept as its C1 control
            data.append(ord(char))
    try:
        back = data.decode("utf-8")
    except UnicodeDecodeError:
        return run
    code = ord(back)
    return back if any(low <= code <= high for low, high in _PLAUSIBLE) else run


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """``text`` with its misread UTF-8 turned back, and the runs repaired ("Ã©" …), first seen
    first, for the import summary."""
    repaired: list[str] = []

    def fix(found: re.Match[str]) -> str:
        run = found.group(0)
        back = _back(run)
        if back != run:
            repaired.append(run)
        return back

    fixed = _RUN.sub(fix, text)
    if not repaired or (len(repaired) < 2 and all(len(run) == 2 for run in repaired)):
        return text, []  # one two-letter run alone ("Â£") may be what was meant
    return fixed, list(dict.fromkeys(repaired))


def repaired_note(runs: list[str]) -> str:
    """'letters misread on the way put back: “Ã©” → “é”, “â€™” → “’”' for the summary."""
    shown = ", ".join(f"“{run}” → “{_back(run)}”" for run in runs[:3])
    return letters_put_back(shown + (", …" if len(runs) > 3 else ""))
