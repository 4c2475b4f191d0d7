"""The History dialog's comparison (history/diffview.py) marks what a writer changed, not
whole words around it, and takes bounded time on the longest text an article holds."""

from __future__ import annotations

import difflib
import html
import random
import re
from typing import Any

import pytest

from slidewright.history import diffview
from slidewright.history.diffview import ADDED, REMOVED, word_diff

MARKED = re.compile(r'<span style="([^"]*)">(.*?)</span>')


def marks(markup: str) -> list[tuple[str, str]]:
    """("+", text) for each added piece, ("-", text) for each removed one, in order."""
    return [
        ("+" if style == ADDED else "-", html.unescape(text))
        for style, text in MARKED.findall(markup)
    ]


def shown_new_text(markup: str) -> str:
    """The new text as the dialog shows it: removed pieces left out, marks taken off."""
    kept = re.sub(rf'<span style="{re.escape(REMOVED)}">.*?</span>', "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", kept.replace("<br>", "\n")))


def test_a_changed_mark_is_marked_alone() -> None:
    assert marks(word_diff("The harbour was quiet.", "The harbour was quiet, calm.")) == [
        ("+", ", calm")
    ]
    assert marks(word_diff("Boats left at dawn!", "Boats left at dawn?")) == [
        ("-", "!"),
        ("+", "?"),
    ]


def test_a_word_changed_in_one_paragraph_leaves_the_others_unmarked() -> None:
    old = "One line.\n\nTwo words here, then more.\nThree."
    new = "One line.\n\nTwo words there, then more.\nThree."
    assert marks(word_diff(old, new)) == [("-", "here"), ("+", "there")]
    assert shown_new_text(word_diff(old, new)) == new


def test_characters_inserted_in_japanese_are_marked_alone() -> None:
    assert marks(word_diff("港は静かだった。", "港はとても静かだった。")) == [("+", "とても")]


def test_the_longest_body_is_compared_in_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 50,000-character body with a few marks changed: no comparison weighs more pieces than
    MOST_PIECES (one such body took 12 s, comparing 17,000 pieces with 17,000), and the marks
    changed are still found one by one."""
    largest = [0]
    real = difflib.SequenceMatcher

    def counting(junk: Any, a: list[str], b: list[str], autojunk: bool = True) -> Any:
        largest[0] = max(largest[0], len(a) * len(b))
        return real(junk, a, b, autojunk=autojunk)

    monkeypatch.setattr(diffview.difflib, "SequenceMatcher", counting)
    rng = random.Random(7)
    words = "the harbour boats were at dawn quiet and sea was calm fishermen sold catch".split()
    sentences = [" ".join(rng.choice(words) for _ in range(12)) + "." for _ in range(700)]
    old = " ".join(sentences)[:50_000]
    new = old.replace("calm.", "calm!", 2)
    markup = word_diff(old, new)
    assert 0 < largest[0] <= diffview.MOST_PIECES
    assert marks(markup) == [("-", "."), ("+", "!")] * 2
    assert shown_new_text(markup) == new


def test_a_rewritten_sentence_is_shown_removed_and_added_whole() -> None:
    """Nothing but a full stop and spaces in common: no stray old full stop kept in between."""
    old = "The smoked mackerel sells out before noon, so come early."
    assert marks(word_diff(old, "Rewritten.")) == [("-", old), ("+", "Rewritten.")]
