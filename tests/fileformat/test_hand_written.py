"""Hand-written front matter keeps what the writer wrote: comments, blank lines, spellings of
values the app did not change, the order of top-level keys; what cannot be kept is listed by
loses_on_save before the first save."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.fileformat import bundle, loses_on_save

HAND_WRITTEN = """\
---
# An article about harbours
title: "Nine Harbour Towns"   # working title
description: 'Small ports'
categories: [Travel]
tags: [coast,  harbours]
date: 2026-11-20T10:00:00Z
publish_time: 12:30

# TODO: confirm licence
layout: slideshow
credit_label: Credit
draft: True
weight: 017
slides:
# first slide
- heading: Fog
  image: images/fog.jpg
  alt: ''
  credit: "Marta Lind/Shutterstock"  # check spelling
  license: CC BY 4.0
  body: |
    Text with # not a comment.

    More.
# end of slides
---
Intro text.
"""


@pytest.fixture
def hand_written(tmp_path: Path) -> Path:
    (tmp_path / "index.md").write_text(HAND_WRITTEN, encoding="utf-8")
    return tmp_path


def test_saving_unchanged_keeps_the_file_byte_for_byte(hand_written: Path) -> None:
    assert loses_on_save(hand_written) == []
    save_article(load_article(hand_written), hand_written)
    assert (hand_written / "index.md").read_text(encoding="utf-8") == HAND_WRITTEN


def test_an_edit_keeps_comments_spellings_and_order_elsewhere(hand_written: Path) -> None:
    article = load_article(hand_written)
    article.slides[0].heading = "Fog lifts"
    article.title = "Ten Harbour Towns"
    save_article(article, hand_written)
    text = (hand_written / "index.md").read_text(encoding="utf-8")
    assert text == HAND_WRITTEN.replace("- heading: Fog\n", "- heading: Fog lifts\n").replace(
        '"Nine Harbour Towns"', "Ten Harbour Towns"
    )
    assert load_article(hand_written) == article


def test_what_cannot_be_kept_is_listed_before_saving(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_bytes(
        b"---\r\ntitle: T\r\ntags: [a, # inside a list\r\n  b]\r\nslides:\r\n  - heading: H\r\n"
        b"    body: >\r\n      folded\r\n      text\r\n---\r\n"
    )
    lost = loses_on_save(tmp_path)
    assert "Windows line ends (CRLF) become Unix line ends (LF)" in lost
    assert "indentation changes (nested lists are written one way)" in lost
    assert "line 3: tags: [a, # inside a list" in lost
    assert "line 7: body: >" in lost


def test_a_broken_merge_falls_back_to_the_plain_form(
    hand_written: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "keep_writers_text", lambda old, new: new + "oops: [\n")
    article = load_article(hand_written)
    save_article(article, hand_written)
    assert load_article(hand_written) == article
    assert "# TODO" not in (hand_written / "index.md").read_text(encoding="utf-8")


def test_save_as_can_keep_the_text_of_the_original(hand_written: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy"
    save_article(load_article(hand_written), target, keep_from=hand_written)
    assert (target / "index.md").read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_large_hand_written_file_saves_in_linear_time(tmp_path: Path) -> None:
    import time

    lines = "".join(f'k{i}: "value {i}"  # note {i}\n# about k{i + 1}\n' for i in range(20_000))
    (tmp_path / "index.md").write_text(f"---\ntitle: T\n{lines}---\n", encoding="utf-8")
    article = load_article(tmp_path)
    article.title = "Changed"
    start = time.process_time()  # CPU time: a busy machine slows the wall clock, not the work
    save_article(article, tmp_path)
    elapsed = time.process_time() - start
    print(f"saved 40,000 hand-written lines in {elapsed:.2f} s of CPU")
    text = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert 'k19999: "value 19999"  # note 19999\n' in text and "# about k500\n" in text
    assert elapsed < 20
