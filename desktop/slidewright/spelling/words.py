"""Which words of a line are prose to spell-check, and which are Markdown's machinery.

A body line holds code spans, links' addresses, image syntax, bare URLs and HTML tags; none of
those are words a writer misspells, and underlining them would teach the writer to ignore the red.
The check works a line at a time (as the editor highlights a block at a time); a fenced code block
spans lines, so the caller carries ``in_fence`` from one line to the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letters, with apostrophes inside ("don't", "harbour’s"); digits end a word, hyphens split one.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LONGEST_WORD = 40  # longer "words" are pasted identifiers or hostile text: not checked
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Spans that are not prose, in a Markdown line.
MARKUP = re.compile(
    r"`+[^`]*`+"  # code spans
    r"|!\[[^\]]*\]\([^)]*\)"  # images: alt text and address (the alt has its own field)
    r"|\]\([^)]*\)"  # a link's address (its text is checked)
    r"|<[^>\s][^>]*>"  # HTML tags and autolinks
    r"|\b(?:https?|ftp|mailto):\S+|\bwww\.\S+"  # bare addresses
    r"|\S+@\S+\.\w+"  # e-mail addresses
)
PLAIN_MARKUP = re.compile(r"\b(?:https?|ftp|mailto):\S+|\bwww\.\S+|\S+@\S+\.\w+")


def _words(text: str, skip: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    position = 0
    for hidden in skip.finditer(text):
        yield from _plain(text, position, hidden.start())
        position = hidden.end()
    yield from _plain(text, position, len(text))


def _plain(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for word in WORD.finditer(text, start, end):
        if word.end() - word.start() <= LONGEST_WORD:
            yield word.start(), word.end()


def checkable_words(
    line: str, markdown: bool = False, in_fence: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """The (start, end) of each word to check in ``line``, and whether a code fence is open after
    it. Plain fields (a heading, a caption) skip only addresses; Markdown also skips code, images,
    link targets and tags."""
    if markdown and FENCE.match(line):
        return [], not in_fence
    if markdown and in_fence:
        return [], True
    return list(_words(line, MARKUP if markdown else PLAIN_MARKUP)), in_fence
