"""Spell checking as you type: misspelled words underlined in the prose fields of the editors.

One ``Spelling`` per window holds the dictionary of the open article's language (spelling/ in the
core does the words and the dictionary; this is only the drawing). Multi-line fields are underlined
by their syntax highlighter, which Qt runs for the changed paragraph only; the verdicts are cached
per word, so a keystroke costs a regex over one paragraph and a few dictionary look-ups. Nothing here
creates Qt objects per keystroke: the underline formats are made once.

A one-line field (QLineEdit) has no highlighter; its underlines are drawn through the input-method
formatting Qt gives it, set again shortly after typing pauses.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from slidewright.spelling import SpellDictionary, checkable_words, open_dictionary
from slidewright.ui.datafolder import data_dir, legacy_data_dir
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.markdown_highlighter import (
    DARK_RULES,
    LONGEST_HIGHLIGHTED,
    RULES,
    Applied,
    MarkdownHighlighter,
    on_dark_base,
)
from slidewright.ui.problems.finding_text import translated

PERSONAL_WORDS = "personal-words.txt"
LINE_SETTLE_MS = 120  # one-line fields are underlined again this long after the last key
IN_FENCE = 1  # block state: the paragraph is inside a ``` code fence
UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def personal_words_file() -> Path:
    """The writer's own word list ("Add to Dictionary"): ``~/.local/share/Slidewright/``.

    A list an earlier version kept in the doubled ``Slidewright/Slidewright/`` folder is copied
    here the first time (the old file stays), so the writer's words come along."""
    words = data_dir() / PERSONAL_WORDS
    legacy = legacy_data_dir()
    if legacy is not None and not words.exists() and (legacy / PERSONAL_WORDS).is_file():
        try:
            words.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(legacy / PERSONAL_WORDS, words)
        except OSError:
            return legacy / PERSONAL_WORDS  # still readable where it is
    return words


def _underlined(base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setUnderlineStyle(UNDERLINE)
    fmt.setUnderlineColor(QColor("#d93025"))
    return fmt


LONGEST_SPELLED = 200_000  # characters in one paragraph: past that, a pasted dump
PIECES_REMEMBERED = 4096  # long paragraphs' pieces whose misspelled words are remembered


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """A paragraph too long for one pass of the word patterns (some take time growing with the
    square of the length on pathological text), as (offset, piece): its sentences, a sentence
    over LONGEST_HIGHLIGHTED characters cut at a space so no word is split. Cut where the text
    says (not every N characters), a key typed in one sentence leaves the others' pieces as
    they were, so their verdicts are reused."""
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        while end - start > LONGEST_HIGHLIGHTED:
            space = text.rfind(" ", start + 1, start + LONGEST_HIGHLIGHTED)
            cut = space if space > start else start + LONGEST_HIGHLIGHTED
            yield start, text[start:cut]
            start = cut
        if end > start:
            yield start, text[start:end]
        start = match.end() if match is not None else end


class PlainSpellHighlighter(QSyntaxHighlighter):
    """For a plain multi-line field (the description): spelling only."""

    def __init__(self, document: QTextDocument, spelling: Spelling) -> None:
        super().__init__(document)
        self.spelling = spelling

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        self.spelling.underline_block(self, text, None)


class Spelling(QObject):
    """The dictionary for the open article's language, and the fields it underlines."""

    # said once per language without a dictionary; "" when a dictionary opens (the line about
    # a language half typed, "e" of "en-GB", is then wrong and is taken back)
    message = Signal(str)
    loaded = Signal()  # a dictionary arrived (the first one, or a new language's)
    _opened = Signal(str, int, object)  # language, request, SpellDictionary: from the loader thread

    def __init__(
        self,
        default_language: Callable[[], str],
        extra_words: Callable[[], list[str]] = list,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.default_language = default_language
        self.extra_words = extra_words
        self.dictionary: SpellDictionary | None = None
        self.highlighters: list[QSyntaxHighlighter] = []
        self.lines: dict[LineField, list[tuple[int, int]]] = {}  # each line's underlined spans
        self._timers: dict[LineField, QTimer] = {}
        self._said: set[str] = set()
        self._wanted = ""  # the language asked for last (its dictionary may still be loading)
        self._requests = 0
        self._plain = _underlined()
        self._by_rule = [_underlined(fmt) for _, fmt in RULES]
        self._by_rule_dark = [_underlined(fmt) for _, fmt in DARK_RULES]  # on a dark editor
        self._pieces: dict[tuple[str, bool], list[tuple[int, int]]] = {}  # long paragraphs'
        self._opened.connect(self._arrived)

    # -- the language ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language of the dictionary in use ("" before the first one has loaded)."""
        return self.dictionary.language if self.dictionary else ""

    @property
    def ready(self) -> bool:
        """The dictionary asked for last is the one in use."""
        return self.dictionary is not None and self.dictionary.language == self._wanted

    def set_language(self, language: str) -> None:
        """Check in ``language`` ("" for the preferences' or the system's); a no-op if unchanged.

        Loading Enchant and a Hunspell dictionary takes ~0.2 s, so it happens on a thread of its
        own while the article opens; until it arrives the previous dictionary (if any) goes on."""
        language = language or self.default_language()
        if language == self._wanted:
            return
        self._wanted = language
        self._requests += 1
        request, personal, extra = self._requests, personal_words_file(), self.extra_words()

        def load() -> None:
            found = open_dictionary(language, personal, extra)
            try:
                self._opened.emit(language, request, found)
            except RuntimeError:  # the window closed meanwhile
                pass

        threading.Thread(target=load, name="spelling-dictionary", daemon=True).start()

    def _arrived(self, language: str, request: int, found: SpellDictionary) -> None:
        if request != self._requests:  # the writer asked for another language since
            return
        self.dictionary = found
        problem = translated(found.problem or found.note)  # before capitalising: a slice is English
        if problem and language not in self._said:
            self._said.add(language)
            self.message.emit(problem[0].upper() + problem[1:] + ".")
        elif not problem:  # a dictionary of its own: nothing is off, nothing to note
            self.message.emit("")
        self.recheck()
        self.loaded.emit()

    def reopen(self, language: str) -> None:
        """Open the dictionary again (the preferences changed the language or the agencies)."""
        self._wanted = ""
        self.set_language(language)

    def misspelled(
        self, text: str, markdown: bool, in_fence: bool = False
    ) -> list[tuple[int, int]]:
        dictionary = self.dictionary
        if dictionary is None or not dictionary.available:
            return []
        spans, _ = checkable_words(text, markdown, in_fence)
        return [(s, e) for s, e in spans if not dictionary.check(text[s:e])]

    def add_word(self, word: str) -> None:
        if self.dictionary is not None:
            self.dictionary.add(word)
            self.recheck()

    def recheck(self) -> None:
        """Underline every attached field again (a new language, or a word added)."""
        self._pieces.clear()
        for highlighter in self.highlighters:
            highlighter.rehighlight()
        for line in self.lines:
            self._underline_line(line)

    # -- multi-line fields -------------------------------------------------------------------
    def attach_text(self, field: TextField) -> None:
        """Underline in ``field``: with its Markdown highlighter, or a plain one of its own."""
        if isinstance(field.highlighter, MarkdownHighlighter):
            field.highlighter.spelling = self
        else:
            field.highlighter = PlainSpellHighlighter(field.document(), self)
        highlighter = field.highlighter
        self.highlighters.append(highlighter)
        # A dictionary can arrive while the window is being taken down, its fields' documents
        # (and their highlighters) already gone: each highlighter is forgotten as it goes.
        highlighter.destroyed.connect(lambda _=None, gone=highlighter: self._forget(gone))

    def _forget(self, highlighter: QSyntaxHighlighter) -> None:
        self.highlighters = [h for h in self.highlighters if h is not highlighter]

    def underline_block(
        self, highlighter: QSyntaxHighlighter, text: str, applied: Applied | None
    ) -> None:
        """Called by a highlighter for one paragraph; ``applied`` is None for plain text."""
        markdown = applied is not None
        dictionary = self.dictionary
        if dictionary is None or not dictionary.available:
            return
        if len(text) > LONGEST_SPELLED:  # a pasted dump, not prose: not worth a key's time
            return
        in_fence = markdown and highlighter.previousBlockState() == IN_FENCE
        if len(text) > LONGEST_HIGHLIGHTED:  # in pieces, each one's verdicts remembered
            if markdown:
                highlighter.setCurrentBlockState(IN_FENCE if in_fence else 0)
            if not in_fence:
                for offset, piece in pieces(text):
                    for start, end in self._misspelled_piece(dictionary, piece, markdown):
                        highlighter.setFormat(offset + start, end - start, self._plain)
            return
        spans, fence_open = checkable_words(text, markdown, in_fence)
        if markdown:
            highlighter.setCurrentBlockState(IN_FENCE if fence_open else 0)
        for start, end in spans:
            if not dictionary.check(text[start:end]):
                highlighter.setFormat(start, end - start, self._format_at(start, applied))

    def _misspelled_piece(
        self, dictionary: SpellDictionary, piece: str, markdown: bool
    ) -> list[tuple[int, int]]:
        """The misspelled words of one piece of a long paragraph, remembered by its text (the
        memory is emptied when the dictionary or its words change: see ``recheck``)."""
        key = (piece, markdown)
        found = self._pieces.get(key)
        if found is None:
            spans, _ = checkable_words(piece, markdown, False)
            found = [(s, e) for s, e in spans if not dictionary.check(piece[s:e])]
            if len(self._pieces) >= PIECES_REMEMBERED:
                self._pieces.clear()
            self._pieces[key] = found
        return found

    def _format_at(self, position: int, applied: Applied | None) -> QTextCharFormat:
        """The underline over whatever Markdown format the word already has (the last rule wins,
        as it does in the highlighter)."""
        rule = -1
        for start, end, index in applied or ():
            if start <= position < end:
                rule = index
        by_rule = self._by_rule_dark if on_dark_base() else self._by_rule
        return by_rule[rule] if rule >= 0 else self._plain

    # -- one-line fields ---------------------------------------------------------------------
    def attach_line(self, field: LineField) -> None:
        timer = QTimer(field, singleShot=True, interval=LINE_SETTLE_MS)
        timer.timeout.connect(lambda field=field: self._underline_line(field))
        field.textChanged.connect(lambda _text, timer=timer: timer.start())
        self._timers[field] = timer
        self.lines[field] = []

    def _underline_line(self, field: LineField) -> None:
        """Set the line's underlines, as an input method would (positions from the cursor)."""
        spans = self.misspelled(field.text(), markdown=field.inline_markdown)
        if spans == self.lines[field] and not spans:
            return
        self.lines[field] = spans
        cursor = field.cursorPosition()
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, start - cursor, end - start, self._plain)
            for start, end in spans
        ]
        QCoreApplication.sendEvent(field, QInputMethodEvent("", attributes))

    def settle(self) -> None:
        """Underline the one-line fields now instead of after the pause (tests, screenshots)."""
        for field, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._underline_line(field)


def word_at(
    spelling: Spelling, text: str, position: int, markdown: bool, in_fence: bool = False
) -> tuple[int, int] | None:
    """The misspelled word around ``position`` in ``text`` (a right-click's place), if any."""
    for start, end in spelling.misspelled(text, markdown, in_fence):
        if start <= position <= end:
            return start, end
    return None
