"""The Format menu's commands as text changes: bold, italic, a link and removing formatting, on
a span of Markdown (the selection, or the word under the cursor when nothing is selected).

Pure: each function takes the text and the span and returns the new text with the span to
select after, so the window makes one undo step of it and tests need no widgets. Bold is
``**…**`` and italic ``*…*``; toggling looks at the run of asterisks on each side, so italic on a
bold word gives ``***word***`` and italic again gives ``**word**`` back."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINK = re.compile(r"\[([^\]\n]*)\]\(([^()\s]*)(?:\s+\"[^\"\n]*\")?\)")
_WORD = re.compile(r"[\w'’-]")


@dataclass(frozen=True)
class Formatted:
    """The field's new text and the span to select in it (start == end: a cursor)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class LinkSpan:
    """A Markdown link found in the text: ``[label](url)`` from ``start`` to ``end``."""

    start: int
    end: int
    label: str
    url: str


def word_span(text: str, position: int) -> tuple[int, int]:
    """The word at ``position`` (letters, digits, apostrophes and hyphens inside it); an empty
    span when the cursor stands between spaces."""
    start = end = position
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    while start < end and text[start] in "'’-":  # a quotation mark is not part of the word
        start += 1
    while end > start and text[end - 1] in "'’-":
        end -= 1
    return start, end


def target_span(text: str, start: int, end: int) -> tuple[int, int]:
    """What a command acts on: the selection without the spaces at its edges (Markdown does
    not emphasise ``** word**``), or the word under the cursor."""
    start, end = min(start, end), max(start, end)
    if start == end:
        return word_span(text, start)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def link_at(text: str, start: int, end: int) -> LinkSpan | None:
    """The link the span lies in (or that lies in the span), if any."""
    low, high = min(start, end), max(start, end)
    line_start = text.rfind("\n", 0, low) + 1
    line_end = text.find("\n", high)
    line_end = len(text) if line_end < 0 else line_end
    for match in LINK.finditer(text, line_start, line_end):
        inside = match.start() <= low and high <= match.end()
        around = low <= match.start() and match.end() <= high and low != high
        if inside or around:
            return LinkSpan(match.start(), match.end(), match.group(1), match.group(2))
    return None


def _stars_before(text: str, position: int) -> int:
    count = 0
    while position - count > 0 and text[position - count - 1] == "*":
        count += 1
    return count


def _stars_after(text: str, position: int) -> int:
    count = 0
    while position + count < len(text) and text[position + count] == "*":
        count += 1
    return count


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at the blank lines it crosses: Markdown never carries emphasis from one
    paragraph into the next, so a command across paragraphs acts on each part by itself."""
    low, high = min(start, end), max(start, end)
    spans: list[tuple[int, int]] = []
    for match in _PARAGRAPH_BREAK.finditer(text, low, high):
        spans.append((low, match.start()))
        low = match.end()
    spans.append((low, high))
    return spans


def _run(text: str, position: int, char: str, forwards: bool) -> int:
    count = 0
    if forwards:
        while position + count < len(text) and text[position + count] == char:
            count += 1
    else:
        while position - count > 0 and text[position - count - 1] == char:
            count += 1
    return count


def _marks(run: int, strength: int) -> bool:
    """A run of ``run`` asterisks (or underscores) holds bold (2) or italic (1)."""
    return run in (strength, 3) or (strength == 1 and run >= 1 and run != 2)


def _typing_span(text: str, position: int, strength: int) -> Formatted | None:
    """Bold or italic pressed with a bare cursor in the span being typed: Word and Docs switch
    the style off for what follows. An empty pair of markers around the cursor goes (nothing
    was typed in it); a cursor right before the closing marker steps out past it."""
    for char in ("*", "_"):
        before, after = _run(text, position, char, False), _run(text, position, char, True)
        if before and after and before == after and _marks(before, strength):
            if before == strength or (strength == 1 and before == 1):  # the empty pair goes
                new = text[: position - before] + text[position + after :]
                return Formatted(new, position - before, position - before)
            # ``******``: bold and italic, both empty; the other style's markers stay
            keep = char * (3 - strength)
            new = text[: position - before] + keep + keep + text[position + after :]
            return Formatted(new, position - before + len(keep), position - before + len(keep))
        if before == 0 and after and _marks(after, strength) and _opened(text, position, char):
            return Formatted(text, position + after, position + after)
    return None


def _opened(text: str, position: int, char: str) -> bool:
    """The cursor is inside a span its paragraph opened with ``char`` markers (a word right
    before the cursor, an opening run earlier in the paragraph with a letter after it)."""
    if position == 0 or text[position - 1].isspace():
        return False
    breaks = _PARAGRAPH_BREAK.finditer(text, 0, position)
    paragraph = max((match.end() for match in breaks), default=0)
    opening = text.rfind(char, paragraph, position)
    if opening < 0:
        return False
    while opening > paragraph and text[opening - 1] == char:
        opening -= 1
    after = opening + _run(text, opening, char, True)
    return after < position and not text[after].isspace()


def toggle_emphasis(text: str, start: int, end: int, strength: int) -> Formatted:
    """Bold (``strength`` 2) or italic (1) on, or off when the span already has it.

    A span across paragraphs is formatted paragraph by paragraph: off when every part already
    has it, otherwise on for the parts that lack it; the whole span stays selected."""
    if start != end and len(parts := paragraph_spans(text, start, end)) > 1:
        parts = [span for span in parts if _has_words(text, *span)]
        low, high = min(start, end), max(start, end)
        every = all(_has_emphasis(text, *span, strength) for span in parts)
        for span_start, span_end in reversed(parts):
            if every or not _has_emphasis(text, span_start, span_end, strength):
                made = _toggle_one(text, span_start, span_end, strength)
                low = min(low, made.start)  # markers taken away just before the selection
                high += len(made.text) - len(text)
                text = made.text
        return Formatted(text, low, max(low, high))
    if start == end and (stepped := _typing_span(text, start, strength)) is not None:
        return stepped
    if start == end and (undone := _just_wrapped(text, start, strength)) is not None:
        return undone
    made = _toggle_one(text, start, end, strength)
    if start == end and made.start != made.end:
        if len(made.text) > len(text) and start == target_span(text, start, start)[1]:
            # The word just typed ("Look for the ferry|"): wrapped, and the cursor goes on
            # past its closing marker, so the words typed next are not in it
            return Formatted(made.text, made.end + strength, made.end + strength)
        # The word under a bare cursor: the cursor stays where it was in the word, as in Word
        # and Docs. Were the word selected, the next key typed would replace it.
        cursor = start + (len(made.text) - len(text)) // 2  # one marker before it, one after
        return Formatted(made.text, cursor, cursor)
    return made


def _just_wrapped(text: str, position: int, strength: int) -> Formatted | None:
    """The same key again right after a word it wrapped ("*ferry*|"): the word unwrapped, the
    cursor at its end, as it was; None when the cursor follows no such word."""
    for char in ("*", "_"):
        run = _run(text, position, char, False)
        word = position - run
        if not run or not _marks(run, strength) or word == 0 or not _WORD.match(text[word - 1]):
            continue
        made = _toggle_one(text, word, word, strength)
        if len(made.text) < len(text):
            return Formatted(made.text, made.end, made.end)
    return None


def _has_words(text: str, start: int, end: int) -> bool:
    low, high = target_span(text, start, end)
    return low < high


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = target_span(text, start, end)
    inner = min(_stars_after(text, start), _stars_before(text, end), (end - start) // 2)
    return start + inner, end - inner


def _has_emphasis(text: str, start: int, end: int, strength: int) -> bool:
    start, end = _inner(text, start, end)
    return _marks(min(_stars_before(text, start), _stars_after(text, end)), strength)


def _toggle_one(text: str, start: int, end: int, strength: int) -> Formatted:
    start, end = target_span(text, start, end)
    marker = "*" * strength
    if start == end:  # nowhere to apply it: the markers, with the cursor between them
        return Formatted(
            text[:start] + marker * 2 + text[start:], start + strength, start + strength
        )
    # A selection that took in its own markers: look at them from outside.
    inner = min(_stars_after(text, start), _stars_before(text, end), (end - start) // 2)
    start, end = start + inner, end - inner
    around = min(_stars_before(text, start), _stars_after(text, end))
    has = around in (strength, 3) or (strength == 1 and around >= 1 and around != 2)
    if has:
        new = text[: start - strength] + text[start:end] + text[end + strength :]
        return Formatted(new, start - strength, end - strength)
    new = text[:start] + marker + text[start:end] + marker + text[end:]
    return Formatted(new, start + strength, end + strength)


def clean_url(url: str) -> str:
    """An address as the Markdown link holds it: no spaces or parentheses to end it early."""
    url = url.strip()
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def set_link(text: str, start: int, end: int, url: str, label: str | None = None) -> Formatted:
    """Make the span a link to ``url``, or change the address (and words) of the link it is in.
    ``label`` replaces the link's words when given; the new link's words are selected, or, made
    from a bare cursor, the cursor goes after the link: the writer types on after "[RSPB](…)",
    where a selection would have the next key replace the link's words."""
    url = clean_url(url)
    bare = start == end
    found = link_at(text, start, end)
    if found is not None:
        words = found.label if label is None else label
        start, end = found.start, found.end
    else:
        start, end = target_span(text, start, end)
        words = text[start:end] if label is None else label
    words = words.replace("[", "\\[").replace("]", "\\]") if "](" in words else words
    link = f"[{words}]({url})"
    new = text[:start] + link + text[end:]
    if bare:
        return Formatted(new, start + len(link), start + len(link))
    return Formatted(new, start + 1, start + 1 + len(words))


_EMPHASIS = re.compile(r"(?<!\\)(\*+|~~|(?<!\w)_+|_+(?!\w)|`+)")


def remove_formatting(text: str, start: int, end: int) -> Formatted:
    """The span as plain words: links become their words, emphasis, strike-through and code
    marks go (a snake_case word keeps its underscores). Marks just outside the span go too.
    Across paragraphs, each paragraph's part is cleaned by itself."""
    if start != end and len(parts := paragraph_spans(text, start, end)) > 1:
        low, high = min(start, end), max(start, end)
        for span_start, span_end in reversed(parts):
            if not _has_words(text, span_start, span_end):
                continue
            made = _remove_one(text, span_start, span_end)
            low = min(low, made.start)
            high += len(made.text) - len(text)
            text = made.text
        return Formatted(text, low, max(low, high))
    made = _remove_one(text, start, end)
    if start == end:  # a bare cursor: after the plain words, none selected for a key to replace
        return Formatted(made.text, made.end, made.end)
    return made


def _remove_one(text: str, start: int, end: int) -> Formatted:
    start, end = target_span(text, start, end)
    found = link_at(text, start, end)
    if found is not None and start >= found.start and end <= found.end:
        start, end = found.start, found.end
    start -= _stars_before(text, start)
    end += _stars_after(text, end)
    piece = LINK.sub(lambda match: match.group(1), text[start:end])
    piece = _EMPHASIS.sub("", piece)
    return Formatted(text[:start] + piece + text[end:], start, start + len(piece))
