"""Text from articles and imported pages, made safe to print to a terminal.

An article is someone else's text. Printed raw, an escape sequence in a credit can recolour or
clear the screen, retitle the window, rewrite the line above (``\\r``) or, in some terminals,
write files or answer back as if typed. Terminal output therefore drops whole escape sequences
(ESC and 8-bit C1 forms) and every other control character but tab and newline, and shows
bidirectional overrides as escapes (a file name "gpj.\\u202eexe" would display as "exe.jpg")."""

from __future__ import annotations

import re

_SEQUENCES = re.compile(
    r"""
    (?:\x1b\[|\x9b) [0-?]* [\x20-/]* [@-~]                 # CSI: colours, cursor moves, clears
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f]) .*? (?:\x07|\x1b\\|\x9c|$)   # OSC, DCS, SOS, PM, APC
    | \x1b [\x20-/]* [\x30-\x7e]?                          # two-character escapes, a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Bidirectional embeddings and overrides reorder what follows on the line: "gpj.\u202eexe" shows
# as "exe.jpg". Printed as a visible \u escape instead (isolates and marks, which right-to-left
# text uses, stay as they are).
_REORDERING = re.compile("[\u202a-\u202e]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u202a-\u202e]")


def terminal_text(text: str) -> str:
    """``text`` without escape sequences or control characters (tab and newline stay), and with
    bidirectional overrides shown as ``\\u202e`` rather than obeyed."""
    text = _CONTROLS.sub("", _SEQUENCES.sub("", text))
    return _REORDERING.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def terminal_line(text: str) -> str:
    """One line of terminal text: newlines and tabs become spaces, so a line cannot be forged."""
    return terminal_text(text).replace("\n", " ").replace("\t", " ")


def json_for_terminal(text: str) -> str:
    """JSON text with DEL, C1, lone surrogates and bidirectional overrides written as \\u escapes
    (``json`` escapes C0 itself); the data is unchanged for a program, inert for a terminal."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
