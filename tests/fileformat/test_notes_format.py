"""``notes:`` in index.md: read, written back, kept as the writer typed them, wrong ones named."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.errors import FormatError
from slidewright.fileformat import load_article, save_article
from slidewright.fileformat.bundle import format_article, parse_article, would_write

HAND_WRITTEN = """---
title: Harbours
categories: []
tags: []
layout: slideshow
credit_label: Credit
slides:
- heading: Pier
  image: ''
  alt: ''
  credit: ''
  body: Fog.
  notes:
  - author: Ana Ruiz
    time: 2026-12-07T09:14:00Z   # typed without quotes
    text: Is this the right pier?
    replies:
    - author: Ed
      time: '2026-12-07T10:02:00+00:00'
      text: Yes.
notes:
# the article's own
- author: Ed
  time: '2026-12-07T10:05:00+00:00'
  resolved: true
  text: Shorter title?
---
"""


def test_hand_written_notes_are_read_and_saving_keeps_the_file(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(HAND_WRITTEN, "utf-8")
    article = load_article(tmp_path)
    note = article.slides[0].notes[0]
    assert (note.author, note.text, note.resolved) == ("Ana Ruiz", "Is this the right pier?", False)
    assert note.time.startswith("2026-12-07T09:14:00")
    assert note.replies[0].text == "Yes."
    assert article.notes[0].resolved and article.notes[0].text == "Shorter title?"
    assert would_write(tmp_path)[1] == HAND_WRITTEN  # nothing the writer typed is lost
    save_article(article, tmp_path)
    assert load_article(tmp_path) == article


def test_notes_round_trip_and_site_front_matter_has_none(tmp_path: Path) -> None:
    article = parse_article(HAND_WRITTEN)
    article.slides[0].notes[0].replies.clear()
    save_article(article, tmp_path)
    again = load_article(tmp_path)
    assert again == article and again.slides[0].notes[0].replies == []
    assert "notes:" not in format_article(article)  # the form a site export writes
    assert "notes:" in format_article(article, notes=True)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("notes: hello\n", 21, "notes must be a list of notes"),
        ("notes:\n- text: [1, 2]\n", 22, "notes[0].text must be text"),
        ("notes:\n- text: ok\n  replies: yes\n", 23, "replies must be a list"),
    ],
)
def test_a_wrong_note_is_named_with_its_line(text: str, line: int, words: str) -> None:
    source = HAND_WRITTEN.split("notes:\n# the")[0] + text + "---\n"
    with pytest.raises(FormatError) as raised:
        parse_article(source)
    assert words in raised.value.message and raised.value.line == line


def test_notes_are_valid_against_the_schema() -> None:
    from test_schema import front_matter, problems

    assert problems(front_matter(HAND_WRITTEN)) == []
    assert problems(front_matter(HAND_WRITTEN.replace("text: Yes.", "text: [Yes]")))
