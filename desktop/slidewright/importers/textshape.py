"""The shape of copied text: clean characters, paragraphs (blocks), and which blocks look like
headings. Nothing here knows a site's layout; it looks at length, punctuation and neighbours."""

from __future__ import annotations

import re

from slidewright.credits.labels import is_bare_label
from slidewright.importers.barecredit import credit_shaped
from slidewright.importers.byline import is_byline
from slidewright.importers.common import SLIDE_NUMBER
from slidewright.importers.creditline import BIDI_MARKS, CAPTION_LINE, is_credit_line

MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_QUESTION_WORDS = 16
WRAP_MIN = 50  # a line at least this long that stops mid-sentence was wrapped by an editor
LONG_PARAGRAPH_WORDS = 12

# Characters browsers put in copied text that a writer never typed: non-breaking and narrow
# spaces become spaces; zero-width marks and soft hyphens go.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Right-to-left pages copy with direction marks and isolates around their words ("\u200fالصورة:"):
# the article's language sets the direction when it is shown, and a mark before a credit's
# label hid the label (BIDI_MARKS, from creditline.py)
_INVISIBLE |= dict.fromkeys(map(ord, BIDI_MARKS), None)
_NUMBERED = SLIDE_NUMBER


def normalise(text: str) -> str:
    """Line ends as \\n; the page's invisible and non-breaking characters as a writer types them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    return text.translate(_SPACES).translate(_INVISIBLE)


def blocks(lines: list[str]) -> list[str]:
    """Paragraphs. A copied page gives one line per paragraph (with or without blank lines
    between); a hard-wrapped draft gives long lines that stop mid-sentence, which are joined."""
    units: list[str] = []
    previous = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            previous = ""
            continue
        wrapped = (
            previous
            and len(previous) >= WRAP_MIN
            and not re.search(r"[.!?:;\"”’)\]]$", previous)
            and not is_credit_line(previous)
            and not is_credit_line(line)
            and credit_shaped(line) is None  # "ESA/Hubble" under a long heading
            and not is_byline(line)  # "By Marta Quill" under a long title
        )
        label_alone = (  # "Credit:" on its own line, the name on the next
            bool(units) and units[-1].endswith((":", "：")) and is_bare_label(units[-1])
        )
        if wrapped or label_alone:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        previous = line
    return units


# Chinese and Japanese characters (and Japanese kana): written without spaces between words
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_CHARS_A_WORD = 2  # about two characters a word in running Japanese or Chinese text


def word_count(block: str) -> int:
    """Words as the shape rules count them: spaces between them, and in Japanese or Chinese
    (written without spaces) about one every two characters, so a sentence of thirty characters
    is a paragraph, not a one-word heading."""
    words = len(block.split())
    if (characters := len(_CJK.findall(block))) > 0:
        words = max(
            words,
            characters // CJK_CHARS_A_WORD + sum(1 for w in block.split() if not _CJK.search(w)),
        )
    return words


def short(block: str) -> bool:
    return len(block) <= MAX_HEADING_CHARS and word_count(block) <= MAX_HEADING_WORDS


def numbered(block: str) -> bool:
    """'3. The Old Pier', '#3: Fog', 'Slide 4 – Rain': the page numbered its slides."""
    return bool(_NUMBERED.match(block)) and len(block) <= MAX_HEADING_CHARS


def question(block: str) -> bool:
    return block.endswith(("?", "？")) and word_count(block) <= MAX_QUESTION_WORDS


def long_paragraph(block: str) -> bool:
    return word_count(block) >= LONG_PARAGRAPH_WORDS and bool(
        re.search(r"[.!?\"”’)。！？」』）]$", block)
    )


def special(block: str) -> bool:
    """A credit or caption line: never a heading, never the body."""
    return is_credit_line(block) or bool(CAPTION_LINE.match(block))


BULLETS = ("•", "·", "▪", "◦", "- ", "* ", "– ", "— ")


def heading_shaped(block: str) -> bool:
    """Short, not ending like a sentence, and not an item of a bulleted list."""
    return (
        short(block)
        and not re.search(r"[.!?,;:…。！？、，；：]$|\.\.\.$", block)
        and not block.startswith(BULLETS)
        and not special(block)
    )


def can_head_a_credit(block: str) -> bool:
    """A line a credit line follows (or precedes) is a heading unless it is a sentence or a list
    of words ending in a comma: questions and exclamations count."""
    return short(block) and not special(block) and not re.search(r"[.,;:…。、，；：]$", block)
