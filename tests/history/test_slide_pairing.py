"""Two versions of an article, slide by slide (history/changes.py): a slide whose picture and
heading both changed is still the same slide edited when its words are, and comparing many
such slides is bounded (100 of them froze the History dialog for 18 s)."""

from __future__ import annotations

import difflib
import random

import pytest

from slidewright.history import changes
from slidewright.history.changes import compare_slides
from slidewright.model import Slide

WORDS = "the harbour boats were at dawn quiet and sea was calm fishermen sold catch market".split()


def _slide(heading: str, image: str, body: str) -> Slide:
    return Slide(heading=heading, image=image, body=body)


def test_a_slide_renamed_with_a_new_picture_is_the_same_slide_edited() -> None:
    old = [
        _slide("Dawn", "a.jpg", "Boats leave the harbour before the sun is up, nets aboard."),
        _slide("Market", "b.jpg", "The fish market opens at six; mackerel sells out first."),
    ]
    new = [
        old[0],
        _slide("At the market", "c.jpg", "The fish market opens at six; mackerel sells out."),
    ]
    kinds = [(c.kind, c.old, c.new) for c in compare_slides(old, new)]
    assert kinds == [("same", 0, 0), ("edited", 1, 1)]


def test_comparing_many_renamed_slides_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    compared = [0]
    real = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        compared[0] += 1
        return real(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    rng = random.Random(3)

    def text() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(150))

    old = [_slide(f"Old {i}", f"old{i}.jpg", text()) for i in range(300)]
    new = [_slide(f"New {i}", f"new{i}.jpg", text()) for i in range(300)]
    found = compare_slides(old, new)
    assert compared[0] <= changes.MOST_COMPARISONS
    assert sorted(c.new for c in found if c.new is not None) == list(range(300))  # all shown
    assert {c.old for c in found if c.old is not None} == set(range(300))


def _longest_run_by_every_pair(olds: list[int]) -> int:
    """The earlier way, each position against every run before it (n squared): the reference."""
    runs: list[list[int]] = []
    for value in olds:
        before = [run for run in runs if run[-1] < value]
        runs.append([*max(before, key=len), value] if before else [value])
    return max((len(run) for run in runs), default=0)


def test_the_slides_that_did_not_move_are_the_longest_run_in_order() -> None:
    rng = random.Random(5)
    for _ in range(300):
        olds = rng.sample(range(100), rng.randint(0, 30))
        kept = changes._in_order(olds)
        assert len(kept) == _longest_run_by_every_pair(olds)
        in_new_order = [old for old in olds if old in kept]
        assert in_new_order == sorted(in_new_order)


def test_the_last_slide_moved_to_the_top_is_the_one_moved() -> None:
    old = [_slide(f"S{i}", f"{i}.jpg", "words") for i in range(5)]
    moved = [c.old for c in compare_slides(old, [old[4], *old[:4]]) if c.moved]
    assert moved == [4]
